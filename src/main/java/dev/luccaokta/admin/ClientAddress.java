package dev.luccaokta.admin;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The address a request came from, as far as it can be trusted: the peer's address, unless the peer is one of
 * the configured proxies ({@code admin.trustedProxies}), in which case the nearest address in
 * {@code X-Forwarded-For} that is not itself a trusted proxy. Without that setting the header is ignored, since
 * anybody can send it.
 *
 * <pre>{@code
 * ClientAddress.of("10.0.0.5", "203.0.113.9, 10.0.0.7", Set.of("10.0.0.5", "10.0.0.7"));   // 203.0.113.9
 * ClientAddress.of("198.51.100.4", "203.0.113.9", Set.of());                               // 198.51.100.4
 * ClientAddress.network("2001:db8:1:2:aaaa::9");                                           // 2001:db8:1:2::/64
 * }</pre>
 */
public final class ClientAddress {

    private static final int LONGEST = 100;
    /** Only an IPv6 literal is parsed: InetAddress would look any other name up in DNS. */
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private ClientAddress() {
    }

    public static String of(String peer, String forwardedFor, Set<String> trustedProxies) {
        if (forwardedFor == null || !trustedProxies.contains(peer)) {
            return peer;
        }
        List<String> hops = List.of(forwardedFor.split(","));
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i).strip();
            if (hop.isEmpty() || hop.length() > LONGEST) {
                // A hop a proxy of ours did not write: what lies before it is the client's own say.
                return peer;
            }
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }

    /**
     * The network an address stands for when counting sign-in attempts: an IPv6 address's /64, since one
     * subscriber commonly holds a whole /64 and could otherwise change address at every guess; an IPv4 address
     * (also one mapped into IPv6) or anything else as it is.
     */
    public static String network(String address) {
        String literal = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1)
                : address;
        int zone = literal.indexOf('%');
        literal = zone < 0 ? literal : literal.substring(0, zone);
        if (!IPV6.matcher(literal).matches()) {
            return address;
        }
        try {
            InetAddress parsed = InetAddress.getByName(literal);
            if (!(parsed instanceof Inet6Address)) {
                return parsed.getHostAddress();
            }
            byte[] bytes = parsed.getAddress();
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString((bytes[i] & 0xff) << 8 | bytes[i + 1] & 0xff)).append(':');
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }
}
