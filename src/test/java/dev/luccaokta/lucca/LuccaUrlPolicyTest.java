package dev.luccaokta.lucca;

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

/**
 * Which URLs the connector calls with its production settings (Lucca's domains, https, no local address), over a
 * made-up DNS: the names below resolve as this map says, whatever the machine's resolver would answer.
 */
class LuccaUrlPolicyTest {

    private static final Map<String, String> DNS = Map.of(
            "acme.ilucca.net", "52.17.1.2",
            "acme.ilucca-demo.ch", "52.17.1.3",
            "accounts.world.luccasoftware.com", "52.17.1.4",
            "rebound.ilucca.net", "127.0.0.1",
            "metadata.ilucca.net", "169.254.169.254",
            "split.ilucca.net", "52.17.1.5,10.0.0.7",
            "inside.ilucca.net", "fd00::1");

    private static final List<String> LUCCA_HOSTS = List.of("ilucca.net", "ilucca.ch", "ilucca-test.net",
            "ilucca-test.ch", "ilucca-demo.net", "ilucca-demo.ch", "luccasoftware.com");

    /** What hosts resolve to now. */
    private DestinationRules.Resolver dns = LuccaUrlPolicyTest::resolve;
    private final LuccaUrlPolicy policy = new LuccaUrlPolicy(LUCCA_HOSTS, false, false, host -> dns.resolve(host));

    @ParameterizedTest
    @ValueSource(strings = {"https://acme.ilucca.net", "https://ACME.iLucca.net/", "https://acme.ilucca-demo.ch",
            "https://acme.ilucca.net:443", "https://accounts.world.luccasoftware.com/connect/token"})
    void luccaUrlsPass(String url) {
        assertThat(policy.checkBaseUrl(URI.create(url))).isEqualTo(URI.create(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://acme.ilucca.net", "ftp://acme.ilucca.net", "file:///etc/passwd", "acme.ilucca.net",
            "https://admin@acme.ilucca.net", "https://admin:pw@acme.ilucca.net", "https://acme.ilucca.net?next=x",
            "https://acme.ilucca.net#top", "https://evil.example", "https://acme.ilucca.net.evil.example",
            "https://evililucca.net", "https://ilucca.net.", "https://acme_x.ilucca.net", "https://[::1]",
            "https://127.0.0.1", "https://2130706433", "https://0x7f000001", "https://0177.0.0.1", "https://127.1",
            "https://0x7f.0.0.1", "https://[::ffff:127.0.0.1]", "https://52.17.1.2",
            "https://rebound.ilucca.net", "https://metadata.ilucca.net", "https://split.ilucca.net",
            "https://inside.ilucca.net"})
    void everythingElseIsRefusedWithOneMessage(String url) {
        assertThatThrownBy(() -> policy.checkBaseUrl(URI.create(url))).isInstanceOf(LuccaUrlRefusedException.class)
                .hasMessage("Refused by the connector's URL policy: not the address of a Lucca it calls");
    }

    @Test
    void aHostThatDoesNotResolveNowIsToldApartFromARefusal() {
        assertThatThrownBy(() -> policy.checkBaseUrl(URI.create("https://unknown.ilucca.net")))
                .isInstanceOf(LuccaHostUnresolvedException.class);
    }

    @Test
    void theDemoAndTestsSettingsLetTheLoopbackSandboxInOverPlainHttp() {
        URI sandbox = URI.create("http://127.0.0.1:18180/lucca-sandbox");
        assertThatThrownBy(() -> policy.checkBaseUrl(sandbox)).isInstanceOf(LuccaUrlRefusedException.class);

        LuccaUrlPolicy demo = new LuccaUrlPolicy(List.of("127.0.0.1", "ilucca.net"), true, true,
                LuccaUrlPolicyTest::resolve);

        assertThat(demo.checkBaseUrl(sandbox)).isEqualTo(sandbox);
        assertThat(demo.checkBaseUrl(URI.create("https://rebound.ilucca.net"))).isNotNull();
        assertThatThrownBy(() -> demo.checkBaseUrl(URI.create("http://2130706433:18180/lucca-sandbox")))
                .as("another notation of the allowed address").isInstanceOf(LuccaUrlRefusedException.class);
        assertThatThrownBy(() -> demo.checkBaseUrl(URI.create("http://localhost:18180/lucca-sandbox")))
                .isInstanceOf(LuccaUrlRefusedException.class);
    }

    @Test
    void aDestinationIsCheckedAsItsHostResolvesAtTheTimeOfTheCall() {
        URI lucca = URI.create("https://acme.ilucca.net/api/v3/users?fields=id");
        assertThat(policy.checkDestination(lucca)).isEqualTo(lucca);

        dns = host -> new InetAddress[] {InetAddress.getByName("10.1.2.3")};

        assertThatThrownBy(() -> policy.checkDestination(lucca)).as("rebound to a private address")
                .isInstanceOf(LuccaUrlRefusedException.class);
    }

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String addresses = DNS.get(host);
        if (addresses == null) {
            // Only literals resolve without the made-up DNS, as the JVM's resolver would without asking a server.
            if (host.startsWith("[") || host.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
                return InetAddress.getAllByName(host);
            }
            throw new UnknownHostException(host);
        }
        String[] each = addresses.split(",");
        InetAddress[] resolved = new InetAddress[each.length];
        for (int i = 0; i < each.length; i++) {
            resolved[i] = InetAddress.getByAddress(host, InetAddress.getByName(each[i]).getAddress());
        }
        return resolved;
    }
}
