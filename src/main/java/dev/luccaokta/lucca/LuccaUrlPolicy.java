package dev.luccaokta.lucca;

import dev.luccaokta.net.DestinationRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which URLs the connector sends a key, a secret or a token to: an https URL of a host under one of
 * {@code lucca.allowedHostSuffixes} (Lucca's domains), none of whose addresses, resolved when asked, is local
 * ({@link DestinationRules}). The demo and the tests reach a sandbox on the loopback address over plain http, which
 * {@code lucca.allowPrivateAddresses} and {@code lucca.allowPlainHttp} allow; production leaves them off.
 *
 * <pre>{@code
 * policy.checkBaseUrl(URI.create("https://acme.ilucca.net"));   // what an administrator typed
 * policy.checkDestination(request.getUri());                     // each request, just before it leaves
 * }</pre>
 */
@ApplicationScoped
public class LuccaUrlPolicy {

    private final DestinationRules rules;

    /** Looking hosts up with {@code resolver} rather than the JVM's own. */
    LuccaUrlPolicy(List<String> allowedHostSuffixes, boolean allowPrivateAddresses, boolean allowPlainHttp,
                   DestinationRules.Resolver resolver) {
        this.rules = new DestinationRules("lucca.allowedHostSuffixes", allowedHostSuffixes, allowPrivateAddresses,
                allowPlainHttp, resolver);
    }

    @Inject
    public LuccaUrlPolicy(@ConfigProperty(name = "lucca.allowedHostSuffixes") List<String> allowedHostSuffixes,
                          @ConfigProperty(name = "lucca.allowPrivateAddresses") boolean allowPrivateAddresses,
                          @ConfigProperty(name = "lucca.allowPlainHttp") boolean allowPlainHttp) {
        this(allowedHostSuffixes, allowPrivateAddresses, allowPlainHttp, DestinationRules.SYSTEM_RESOLVER);
    }

    /** For the container's proxy, which hands every call to an instance made with the constructor above. */
    protected LuccaUrlPolicy() {
        this.rules = null;
    }

    /**
     * A URL to keep as a Lucca's (its base URL, the token endpoint): {@link #checkDestination} and no user, query
     * or fragment, which have no place in it and could hide where it leads.
     *
     * @throws LuccaUrlRefusedException when the connector does not call it
     */
    public URI checkBaseUrl(URI url) {
        return verdict(url, rules.checkBaseUrl(url));
    }

    /**
     * Where a request goes: scheme, host and every address the host resolves to now.
     *
     * @throws LuccaUrlRefusedException when the connector does not call it
     * @throws LuccaHostUnresolvedException when the host does not resolve now
     */
    public URI checkDestination(URI url) {
        return verdict(url, rules.checkDestination(url));
    }

    private static URI verdict(URI url, DestinationRules.Verdict verdict) {
        return switch (verdict) {
            case ALLOWED -> url;
            case REFUSED -> throw new LuccaUrlRefusedException();
            case UNRESOLVED -> throw new LuccaHostUnresolvedException();
        };
    }
}
