package dev.luccaokta.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The addresses no Lucca or Okta lives at, in IPv4 and in every IPv6 form that carries an IPv4 address. */
class LocalAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.255.0.9", "0.0.0.0", "0.1.2.3", "10.0.0.1", "172.16.0.1", "172.31.255.255",
            "192.168.1.1", "169.254.169.254", "100.64.0.1", "100.127.255.254", "192.0.0.8", "198.18.0.1", "224.0.0.1",
            "239.255.255.250", "240.0.0.1", "255.255.255.255",
            "::", "::1", "fe80::1", "fec0::1", "fc00::1", "fd12:3456::1", "ff02::1",
            "::ffff:127.0.0.1", "::ffff:10.1.2.3", "::127.0.0.1", "::169.254.169.254", "64:ff9b::a9fe:a9fe",
            "2002:7f00:1::1", "2002:c0a8:101::1"})
    void localAndSpecialAddressesAreLocal(String address) throws UnknownHostException {
        assertThat(LocalAddresses.isLocal(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "52.17.1.2", "172.32.0.1", "172.15.255.255", "100.63.255.255", "100.128.0.1",
            "192.169.0.1", "198.20.0.1", "223.255.255.254", "2a05:d018::1", "::ffff:52.17.1.2", "64:ff9b::808:808",
            "2002:808:808::1"})
    void publicAddressesAreNot(String address) throws UnknownHostException {
        assertThat(LocalAddresses.isLocal(InetAddress.getByName(address))).isFalse();
    }
}
