package dev.luccaokta.lucca;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which URLs the connector sends a key, a secret or a token to: an https URL of a host under one of
 * {@code lucca.allowedHostSuffixes} (Lucca's domains), none of whose addresses, resolved when asked, is local
 * ({@link LocalAddresses}). The demo and the tests reach a sandbox on the loopback address over plain http, which
 * {@code lucca.allowPrivateAddresses} and {@code lucca.allowPlainHttp} allow; production leaves them off.
 *
 * <pre>{@code
 * policy.checkBaseUrl(URI.create("https://acme.ilucca.net"));   // what an administrator typed
 * policy.checkDestination(request.getUri());                     // each request, just before it leaves
 * }</pre>
 */
@ApplicationScoped
public class LuccaUrlPolicy {

    private static final Logger LOG = Logger.getLogger(LuccaUrlPolicy.class.getName());
    /** The one IPv4 notation taken as an address: four decimal numbers without leading zeros. */
    private static final Pattern DOTTED_QUAD = Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}"
            + "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    /** A last label of digits, or hexadecimal: an address in another notation (2130706433, 0x7f...), no DNS name. */
    private static final Pattern NUMERIC_LABEL = Pattern.compile("(0x[0-9a-f]*|\\d+)");

    /** Looks a host up; the JVM's own resolver, whose answer the connection that follows reuses from its cache. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final List<String> allowedHostSuffixes;
    private final boolean allowPrivateAddresses;
    private final boolean allowPlainHttp;
    private final Resolver resolver;

    /** Looking hosts up with {@code resolver} rather than the JVM's own. */
    LuccaUrlPolicy(List<String> allowedHostSuffixes, boolean allowPrivateAddresses, boolean allowPlainHttp,
                   Resolver resolver) {
        this.allowedHostSuffixes = allowedHostSuffixes;
        this.allowPrivateAddresses = allowPrivateAddresses;
        this.allowPlainHttp = allowPlainHttp;
        this.resolver = resolver;
    }

    @Inject
    public LuccaUrlPolicy(@ConfigProperty(name = "lucca.allowedHostSuffixes") List<String> allowedHostSuffixes,
                          @ConfigProperty(name = "lucca.allowPrivateAddresses") boolean allowPrivateAddresses,
                          @ConfigProperty(name = "lucca.allowPlainHttp") boolean allowPlainHttp) {
        this(allowedHostSuffixes, allowPrivateAddresses, allowPlainHttp, InetAddress::getAllByName);
    }

    /** For the container's proxy, which hands every call to an instance made with the constructor above. */
    protected LuccaUrlPolicy() {
        this(null, false, false, null);
    }

    /**
     * A URL to keep as a Lucca's (its base URL, the token endpoint): {@link #checkDestination} and no user, query
     * or fragment, which have no place in it and could hide where it leads.
     *
     * @throws LuccaUrlRefusedException when the connector does not call it
     */
    public URI checkBaseUrl(URI url) {
        if (url.getRawUserInfo() != null || url.getRawQuery() != null || url.getRawFragment() != null
                || url.getRawAuthority() != null && url.getRawAuthority().contains("@")) {
            throw refused(url, "a user, a query or a fragment");
        }
        return checkDestination(url);
    }

    /**
     * Where a request goes: scheme, host and every address the host resolves to now.
     *
     * @throws LuccaUrlRefusedException when the connector does not call it
     * @throws LuccaHostUnresolvedException when the host does not resolve now
     */
    public URI checkDestination(URI url) {
        String scheme = String.valueOf(url.getScheme()).toLowerCase(Locale.ROOT);
        if (!url.isAbsolute() || !("https".equals(scheme) || allowPlainHttp && "http".equals(scheme))) {
            throw refused(url, "not https");
        }
        String host = url.getHost();
        if (host == null || url.getRawUserInfo() != null) {
            throw refused(url, "no plain host");
        }
        host = host.toLowerCase(Locale.ROOT);
        if (!allowedHost(host)) {
            throw refused(url, "a host outside lucca.allowedHostSuffixes " + allowedHostSuffixes);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            LOG.info(() -> "Could not resolve " + url.getScheme() + "://" + url.getHost());
            throw new LuccaHostUnresolvedException();
        }
        for (InetAddress address : addresses) {
            if (!allowPrivateAddresses && LocalAddresses.isLocal(address)) {
                throw refused(url, "a host resolving to the local address " + address.getHostAddress());
            }
        }
        return url;
    }

    /**
     * A DNS name under an allowed suffix, or an address written as one of the entries (the tests' 127.0.0.1).
     * Addresses in other notations are no DNS name and match nothing.
     */
    private boolean allowedHost(String host) {
        boolean address = host.startsWith("[") || DOTTED_QUAD.matcher(host).matches();
        if (!address && NUMERIC_LABEL.matcher(host.substring(host.lastIndexOf('.') + 1)).matches()) {
            return false;
        }
        return allowedHostSuffixes.stream().map(suffix -> suffix.strip().toLowerCase(Locale.ROOT))
                .filter(suffix -> !suffix.isEmpty())
                .anyMatch(suffix -> host.equals(suffix) || !address && host.endsWith("." + suffix));
    }

    private static LuccaUrlRefusedException refused(URI url, String reason) {
        // The scheme and host alone: a URL's user part may hold a password.
        LOG.info(() -> "Refused to call " + url.getScheme() + "://" + url.getHost() + ": " + reason);
        return new LuccaUrlRefusedException();
    }
}
