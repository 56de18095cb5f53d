package dev.luccaokta.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;

/**
 * The addresses no outside service the connector calls (Lucca, Okta) lives at: this machine, the private networks
 * behind it and the special ranges, in IPv4 and in the IPv6 forms that carry an IPv4 address (mapped, compatible,
 * NAT64, 6to4).
 *
 * <pre>{@code
 * LocalAddresses.isLocal(InetAddress.getByName("169.254.169.254"));   // true: the cloud's metadata service
 * }</pre>
 */
public final class LocalAddresses {

    private LocalAddresses() {
    }

    public static boolean isLocal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        return address instanceof Inet4Address ? isLocalV4(bytes) : address instanceof Inet6Address && isLocalV6(bytes);
    }

    private static boolean isLocalV4(byte[] ip) {
        int a = ip[0] & 0xff;
        int b = ip[1] & 0xff;
        return a == 0                                    // "this network"
                || a == 10 || a == 127
                || a == 100 && b >= 64 && b <= 127       // carrier-grade NAT, 100.64.0.0/10
                || a == 169 && b == 254
                || a == 172 && b >= 16 && b <= 31
                || a == 192 && b == 168
                || a == 192 && b == 0 && (ip[2] & 0xff) == 0   // IETF protocol assignments, 192.0.0.0/24
                || a == 198 && (b == 18 || b == 19)      // benchmarking, 198.18.0.0/15
                || a >= 224;                             // multicast, reserved and broadcast
    }

    private static boolean isLocalV6(byte[] ip) {
        if ((ip[0] & 0xfe) == 0xfc) {
            return true;                                 // unique local, fc00::/7
        }
        if (zeros(ip, 0, 10) && (zeros(ip, 10, 12) || (ip[10] & 0xff) == 0xff && (ip[11] & 0xff) == 0xff)) {
            return isLocalV4(Arrays.copyOfRange(ip, 12, 16));   // ::a.b.c.d and ::ffff:a.b.c.d
        }
        if ((ip[0] & 0xff) == 0x00 && (ip[1] & 0xff) == 0x64 && (ip[2] & 0xff) == 0xff && (ip[3] & 0xff) == 0x9b) {
            return isLocalV4(Arrays.copyOfRange(ip, 12, 16));   // NAT64, 64:ff9b::/96
        }
        if ((ip[0] & 0xff) == 0x20 && (ip[1] & 0xff) == 0x02) {
            return isLocalV4(Arrays.copyOfRange(ip, 2, 6));     // 6to4, 2002::/16
        }
        return false;
    }

    private static boolean zeros(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
