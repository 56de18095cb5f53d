package dev.luccaokta.lucca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luccaokta.metrics.ApplicationMetrics;
import dev.luccaokta.testing.MovableClock;
import jakarta.ws.rs.ProcessingException;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.junit.jupiter.api.Test;

/** The checks around one call to Lucca, over a made-up DNS whose answer for Lucca's host the test changes. */
class LuccaGatewayTest {

    private static final LuccaInstance ACME = new LuccaInstance(URI.create("https://acme.ilucca.net"), "key");

    private final LuccaGateway gateway = new LuccaGateway();
    private final LuccaUrlPolicy policy = new LuccaUrlPolicy();
    private final List<String> sent = new ArrayList<>();
    /** What acme.ilucca.net resolves to now; null when it does not resolve. */
    private String address = "52.17.1.2";
    /** What happens while the call waits for the budget. */
    private Runnable whileWaiting = () -> { };

    LuccaGatewayTest() {
        policy.allowedHostSuffixes = List.of("ilucca.net");
        policy.resolver = host -> {
            if (address == null) {
                throw new java.net.UnknownHostException(host);
            }
            return new InetAddress[] {InetAddress.getByName(address)};
        };
        LuccaCircuit circuit = new LuccaCircuit();
        circuit.failuresToOpen = 3;
        circuit.openSeconds = 30;
        circuit.clock = new MovableClock();
        gateway.urls = policy;
        gateway.circuit = circuit;
        gateway.limiter = new LuccaRateLimiter() {
            @Override
            public void acquire(URI instance) {
                whileWaiting.run();
            }
        };
        gateway.metrics = new ApplicationMetrics() {
            @Override
            public void ifAvailable(Consumer<MetricRegistry> update) {
            }
        };
        gateway.clients = new LuccaClients() {
            @Override
            public LuccaAccessApi access(LuccaInstance instance) {
                return (LuccaAccessApi) Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {LuccaAccessApi.class}, (proxy, method, args) -> {
                            sent.add(method.getName());
                            throw new ProcessingException("Connection refused");
                        });
            }
        };
    }

    @Test
    void aHostThatResolvesToALocalAddressWhileTheCallWaitsForTheBudgetIsNotCalled() {
        whileWaiting = () -> address = "127.0.0.1";

        assertThatThrownBy(() -> gateway.currentApiKey(ACME)).isInstanceOf(LuccaUrlRefusedException.class);
        assertThat(sent).isEmpty();
    }

    @Test
    void aHostThatDoesNotResolveIsLuccaFailingForNowAndCountsTowardsPausingCalls() {
        address = null;

        for (int call = 0; call < 3; call++) {
            assertThatThrownBy(() -> gateway.currentApiKey(ACME)).isInstanceOf(LuccaTransientException.class);
        }
        assertThat(gateway.paused(ACME)).isTrue();
        assertThat(sent).isEmpty();
    }
}
