package dev.luccaokta.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void forwardedForIsIgnoredUnlessThePeerIsATrustedProxy() {
        assertThat(ClientAddress.of("198.51.100.4", "203.0.113.9", Set.of())).isEqualTo("198.51.100.4");
        assertThat(ClientAddress.of("198.51.100.4", "203.0.113.9", Set.of("10.0.0.5"))).isEqualTo("198.51.100.4");
    }

    @Test
    void behindTrustedProxiesTheNearestUntrustedHopIsTheClient() {
        Set<String> proxies = Set.of("10.0.0.5", "10.0.0.7");

        assertThat(ClientAddress.of("10.0.0.5", "203.0.113.9", proxies)).isEqualTo("203.0.113.9");
        // What the client wrote itself comes first and is not believed.
        assertThat(ClientAddress.of("10.0.0.5", "1.2.3.4, 203.0.113.9, 10.0.0.7", proxies)).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.of("10.0.0.5", "10.0.0.7", proxies)).isEqualTo("10.0.0.5");
        assertThat(ClientAddress.of("10.0.0.5", null, proxies)).isEqualTo("10.0.0.5");
        assertThat(ClientAddress.of("10.0.0.5", "203.0.113.9, ", proxies)).isEqualTo("10.0.0.5");
    }

    @Test
    void anIpv6AddressStandsForItsSlash64() {
        assertThat(ClientAddress.network("2001:db8:1:2:aaaa::9")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddress.network("[2001:DB8:1:2::1]")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddress.network("fe80::1%eth0")).isEqualTo("fe80:0:0:0::/64");
        assertThat(ClientAddress.network("::ffff:203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.network("203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.network("a.example:80")).isEqualTo("a.example:80");
    }
}
