package dev.luccaokta.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luccaokta.net.DestinationRules;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which Okta orgs the connector calls with its production settings, over a made-up DNS. */
class OktaUrlPolicyTest {

    private static final Map<String, String> DNS = Map.of(
            "acme.okta.com", "52.1.1.1",
            "acme.oktapreview.com", "52.1.1.2",
            "acme.okta-emea.com", "52.1.1.3",
            "rebound.okta.com", "127.0.0.1",
            "metadata.okta.com", "169.254.169.254");
    private static final List<String> OKTA_HOSTS = List.of("okta.com", "oktapreview.com", "okta-emea.com",
            "okta-gov.com", "okta.mil");

    private final OktaUrlPolicy policy = policy(OKTA_HOSTS, false);

    @ParameterizedTest
    @ValueSource(strings = {"https://acme.okta.com", "https://acme.oktapreview.com/", "https://ACME.okta-emea.com",
            "https://acme.okta.com/gateway/"})
    void oktaOrgsPassAndAreKeptWithoutATrailingSlash(String url) {
        URI kept = policy.checkOrgUrl(URI.create(url));

        assertThat(kept.toString()).doesNotEndWith("/").isEqualToIgnoringCase(url.replaceAll("/$", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://acme.okta.com", "https://acme.okta.com/a/../b", "https://acme.okta.com?x=1",
            "https://acme.okta.com#top", "https://admin@acme.okta.com", "https://evil.example",
            "https://acme.okta.com.evil.example", "https://evilokta.com", "https://rebound.okta.com",
            "https://metadata.okta.com", "https://127.0.0.1", "https://[::1]", "acme.okta.com"})
    void everythingElseIsRefusedWithOneMessage(String url) {
        assertThatThrownBy(() -> policy.checkOrgUrl(URI.create(url)))
                .isInstanceOfSatisfying(OktaUrlRefusedException.class,
                        e -> assertThat(e.kind()).isEqualTo(OktaFailure.Kind.URL_REFUSED))
                .hasMessage("Refused by the connector's URL policy: not the address of an Okta org it calls");
    }

    @Test
    void aHostThatDoesNotResolveNowIsToldApart() {
        assertThatThrownBy(() -> policy.checkOrgUrl(URI.create("https://unknown.okta.com")))
                .isInstanceOfSatisfying(OktaUrlRefusedException.class,
                        e -> assertThat(e.kind()).isEqualTo(OktaFailure.Kind.HOST_UNRESOLVED));
    }

    @Test
    void theDemoAndTestsSettingsLetTheLoopbackEmulatorInOverPlainHttp() {
        URI emulator = URI.create("http://127.0.0.1:18180");
        OktaUrlPolicy demo = policy(List.of("127.0.0.1", "okta.com"), true);

        assertThat(demo.checkOrgUrl(emulator)).isEqualTo(emulator);
        assertThat(demo.checkDestination(URI.create("http://127.0.0.1:18180/oauth2/v1/token?x=1"))).isNotNull();
        assertThatThrownBy(() -> policy.checkOrgUrl(emulator)).isInstanceOf(OktaUrlRefusedException.class);
    }

    private static OktaUrlPolicy policy(List<String> hosts, boolean demo) {
        return new OktaUrlPolicy(new DestinationRules("okta.allowedHostSuffixes", hosts, demo, demo,
                OktaUrlPolicyTest::resolve));
    }

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String address = DNS.get(host);
        if (address == null) {
            if (host.matches("[0-9.]+|\\[.*]")) {
                return new InetAddress[] {InetAddress.getByName(host)};
            }
            throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(address)};
    }
}
