package dev.luccaokta.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * What the load balancers in front of the connector ({@code admin.trustedProxies}) say of a request: the client's
 * address ({@link ClientAddress}) and whether the client reached them over https ({@code X-Forwarded-Proto}). From any
 * other peer both headers are ignored, since anybody can send them.
 */
@ApplicationScoped
public class TrustedProxies {

    @Inject
    Config config;

    private Set<String> proxies;

    @PostConstruct
    void start() {
        proxies = config.getOptionalValues("admin.trustedProxies", String.class).orElse(List.of()).stream()
                .map(String::strip).filter(proxy -> !proxy.isEmpty()).collect(Collectors.toSet());
    }

    public String clientAddress(HttpServletRequest request) {
        return ClientAddress.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), proxies);
    }

    /**
     * Whether the client's request came over https: to this server, or to a trusted proxy that says so. The first
     * {@code X-Forwarded-Proto} value is the scheme the client used: proxies that append to the header keep it first.
     */
    public boolean overHttps(HttpServletRequest request) {
        if (request.isSecure()) {
            return true;
        }
        String forwarded = request.getHeader("X-Forwarded-Proto");
        return forwarded != null && proxies.contains(request.getRemoteAddr())
                && forwarded.split(",", 2)[0].strip().toLowerCase(Locale.ROOT).equals("https");
    }
}
