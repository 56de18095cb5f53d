package dev.luccaokta.net;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Which URLs may carry a secret to one outside service: an https URL of a host under one of its allowed suffixes,
 * none of whose addresses, resolved when asked, is local ({@link LocalAddresses}). The demo and the tests reach
 * stand-ins on the loopback address over plain http, which two switches allow; production leaves them off. Each
 * service's policy turns the {@link Verdict} into its own failures.
 *
 * <pre>{@code
 * DestinationRules rules = new DestinationRules("okta.allowedHostSuffixes", List.of("okta.com"), false, false,
 *         DestinationRules.SYSTEM_RESOLVER);
 * rules.checkBaseUrl(URI.create("https://acme.okta.com"));   // ALLOWED
 * }</pre>
 */
public final class DestinationRules {

    private static final Logger LOG = Logger.getLogger(DestinationRules.class.getName());
    /** The one IPv4 notation taken as an address: four decimal numbers without leading zeros. */
    private static final Pattern DOTTED_QUAD = Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}"
            + "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    /** A last label of digits, or hexadecimal: an address in another notation (2130706433, 0x7f...), no DNS name. */
    private static final Pattern NUMERIC_LABEL = Pattern.compile("(0x[0-9a-f]*|\\d+)");

    /** Looks a host up. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** The JVM's own resolver, whose answer the connection that follows reuses from its cache. */
    public static final Resolver SYSTEM_RESOLVER = InetAddress::getAllByName;

    /** What the rules say of a URL. */
    public enum Verdict {
        ALLOWED,
        /** Not a URL of the service (the reason goes to the server's log, not to whoever typed it). */
        REFUSED,
        /** Its host does not resolve now, so its addresses cannot be checked. */
        UNRESOLVED
    }

    private final String hostsSetting;
    private final List<String> allowedHostSuffixes;
    private final boolean allowPrivateAddresses;
    private final boolean allowPlainHttp;
    private final Resolver resolver;

    /**
     * @param hostsSetting the setting that lists the allowed suffixes, named in the log when a host is outside them
     */
    public DestinationRules(String hostsSetting, List<String> allowedHostSuffixes, boolean allowPrivateAddresses,
                            boolean allowPlainHttp, Resolver resolver) {
        this.hostsSetting = hostsSetting;
        this.allowedHostSuffixes = List.copyOf(allowedHostSuffixes);
        this.allowPrivateAddresses = allowPrivateAddresses;
        this.allowPlainHttp = allowPlainHttp;
        this.resolver = resolver;
    }

    /**
     * A URL to keep as a service's (its base URL, a token endpoint): {@link #checkDestination} and no user, query or
     * fragment, which have no place in it and could hide where it leads.
     */
    public Verdict checkBaseUrl(URI url) {
        if (url.getRawUserInfo() != null || url.getRawQuery() != null || url.getRawFragment() != null
                || url.getRawAuthority() != null && url.getRawAuthority().contains("@")) {
            return refused(url, "a user, a query or a fragment");
        }
        return checkDestination(url);
    }

    /** Where a request goes: scheme, host and every address the host resolves to now. */
    public Verdict checkDestination(URI url) {
        String scheme = String.valueOf(url.getScheme()).toLowerCase(Locale.ROOT);
        if (!url.isAbsolute() || !("https".equals(scheme) || allowPlainHttp && "http".equals(scheme))) {
            return refused(url, "not https");
        }
        String host = url.getHost();
        if (host == null || url.getRawUserInfo() != null) {
            return refused(url, "no plain host");
        }
        host = host.toLowerCase(Locale.ROOT);
        if (!allowedHost(host)) {
            return refused(url, "a host outside " + hostsSetting + " " + allowedHostSuffixes);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            LOG.info(() -> "Could not resolve " + url.getScheme() + "://" + url.getHost());
            return Verdict.UNRESOLVED;
        }
        for (InetAddress address : addresses) {
            if (!allowPrivateAddresses && LocalAddresses.isLocal(address)) {
                return refused(url, "a host resolving to the local address " + address.getHostAddress());
            }
        }
        return Verdict.ALLOWED;
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

    private static Verdict refused(URI url, String reason) {
        // The scheme and host alone: a URL's user part may hold a password.
        LOG.info(() -> "Refused to call " + url.getScheme() + "://" + url.getHost() + ": " + reason);
        return Verdict.REFUSED;
    }
}
