package dev.luccaokta.lucca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.ProcessingException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks around one call to Lucca, over a made-up DNS whose answer for Lucca's host the test changes. */
class LuccaGatewayTest {

    private static final LuccaInstance ACME = new LuccaInstance(URI.create("https://acme.ilucca.net"), "key");

    private final FakeLucca lucca = new FakeLucca();
    private final LuccaGateway gateway = lucca.gateway;
    private final List<String> sent = new ArrayList<>();

    LuccaGatewayTest() {
        lucca.accessApi = instance -> (LuccaAccessApi) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {LuccaAccessApi.class}, (proxy, method, args) -> {
                    sent.add(method.getName());
                    throw new ProcessingException("Connection refused");
                });
    }

    @Test
    void aHostThatResolvesToALocalAddressWhileTheCallWaitsForTheBudgetIsNotCalled() {
        lucca.whileWaiting = () -> lucca.address = "127.0.0.1";

        assertThatThrownBy(() -> gateway.currentApiKey(ACME)).isInstanceOf(LuccaUrlRefusedException.class);
        assertThat(sent).isEmpty();
    }

    @Test
    void aHostThatDoesNotResolveIsLuccaFailingForNowAndCountsTowardsPausingCalls() {
        lucca.address = null;

        for (int call = 0; call < 3; call++) {
            assertThatThrownBy(() -> gateway.currentApiKey(ACME)).isInstanceOf(LuccaTransientException.class);
        }
        assertThat(gateway.paused(ACME)).isTrue();
        assertThat(sent).isEmpty();
    }
}
