package dev.luccaokta.admin;

import java.util.List;
import java.util.Set;

/**
 * The address a request came from, as far as it can be trusted: the peer's address, unless the peer is one of
 * the configured proxies ({@code admin.trustedProxies}), in which case the nearest address in
 * {@code X-Forwarded-For} that is not itself a trusted proxy. Without that setting the header is ignored, since
 * anybody can send it.
 *
 * <pre>{@code
 * ClientAddress.of("10.0.0.5", "203.0.113.9, 10.0.0.7", Set.of("10.0.0.5", "10.0.0.7"));   // 203.0.113.9
 * ClientAddress.of("198.51.100.4", "203.0.113.9", Set.of());                               // 198.51.100.4
 * }</pre>
 */
public final class ClientAddress {

    private static final int LONGEST = 100;

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
}
