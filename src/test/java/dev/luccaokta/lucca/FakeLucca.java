package dev.luccaokta.lucca;

import dev.luccaokta.metrics.ApplicationMetrics;
import dev.luccaokta.testing.MovableClock;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * A gateway and a reader wired to a made-up Lucca: every request their Rest Clients would send is recorded with its
 * parameters by name, and answered by the test's {@link #answer}; tokens are made up too, and the scopes they were
 * asked for recorded.
 */
final class FakeLucca {

    static final URI BASE = URI.create("https://acme.ilucca.net");

    /** One request: the interface method called, its parameters by their HTTP names, and its body if any. */
    record Sent(String method, Map<String, Object> params, JsonObject body) {
        String param(String name) {
            Object value = params.get(name);
            return value == null ? null : value.toString();
        }
    }

    final List<Sent> sent = new ArrayList<>();
    /** The scopes of each token asked for, in order. */
    final List<Set<LuccaScope>> tokensAsked = new ArrayList<>();
    final List<LuccaTokens.Grant> tokensForgotten = new ArrayList<>();
    final LuccaGateway gateway;
    final LuccaApiReader reader;
    final MovableClock clock = new MovableClock();
    /** Answers each request (a JSON object, or null for none); throws to answer with an error. */
    Function<Sent, JsonObject> answer = sent -> page(List.of(), null);
    /** What Lucca's host resolves to now; null when it does not resolve. */
    String address = "52.17.1.2";
    /** What happens while a call waits for the budget. */
    Runnable whileWaiting = () -> { };
    /** Lucca's access API as the connector reaches it; Lucca's own client when null. */
    Function<LuccaInstance, LuccaAccessApi> accessApi;

    FakeLucca() {
        LuccaUrlPolicy policy = new LuccaUrlPolicy(List.of("ilucca.net"), false, false, host -> {
            if (address == null) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] {InetAddress.getByName(address)};
        });
        LuccaCircuit circuit = new LuccaCircuit(3, 30, clock);
        LuccaRateLimiter limiter = new LuccaRateLimiter() {
            @Override
            public void acquire(URI instance) {
                whileWaiting.run();
            }
        };
        ApplicationMetrics metrics = new ApplicationMetrics() {
            @Override
            public void ifAvailable(Consumer<MetricRegistry> update) {
            }
        };
        LuccaTokens tokens = new LuccaTokens() {
            @Override
            public Grant grant(LuccaOAuthClient client) {
                tokensAsked.add(client.scopes());
                return new Grant("token-" + tokensAsked.size(), Instant.MAX, client.scopes(), Set.of(), Instant.EPOCH);
            }

            @Override
            public void forget(LuccaOAuthClient client, Grant refused) {
                tokensForgotten.add(refused);
            }

            @Override
            public void forgetAll(LuccaOAuthClient client) {
            }
        };
        LuccaClients clients = new LuccaClients() {
            @Override
            public LuccaAccessApi access(LuccaInstance instance) {
                return accessApi == null ? super.access(instance) : accessApi.apply(instance);
            }

            @Override
            public LuccaResourcesApi resources(LuccaInstance instance) {
                return recording(LuccaResourcesApi.class);
            }

            @Override
            public LuccaWebhooksApi webhooks(LuccaInstance instance) {
                return recording(LuccaWebhooksApi.class);
            }
        };
        gateway = new LuccaGateway(clients, limiter, circuit, metrics, tokens, policy, new LuccaUsage());
        reader = new LuccaApiReader(gateway, tokens, clock);
    }

    /** Acme's Lucca read with an OAuth client granted these scopes. */
    static LuccaInstance acme(Set<LuccaScope> scopes) {
        return new LuccaInstance(BASE, null, new LuccaOAuthClient("okta-connector", "client-secret", scopes));
    }

    List<Sent> sentTo(String collection) {
        return sent.stream().filter(request -> collection.equals(request.param("collection"))).toList();
    }

    /** A page of these items, with a link to the page of this cursor of the same collection (none when null). */
    static JsonObject page(List<JsonObject> items, String nextHref) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        items.forEach(array::add);
        JsonObjectBuilder links = Json.createObjectBuilder();
        if (nextHref == null) {
            links.addNull("next");
        } else {
            links.add("next", Json.createObjectBuilder().add("href", nextHref));
        }
        return Json.createObjectBuilder().add("items", array).add("links", links).build();
    }

    private <T> T recording(Class<T> api) {
        return api.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {api},
                (proxy, method, args) -> {
                    Sent request = describe(method, args == null ? new Object[0] : args);
                    sent.add(request);
                    return answer.apply(request);
                }));
    }

    private static Sent describe(Method method, Object[] args) {
        Map<String, Object> params = new HashMap<>();
        JsonObject body = null;
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < args.length; i++) {
            String name = name(annotations[i]);
            if (name == null) {
                body = (JsonObject) args[i];
            } else {
                params.put(name, args[i]);
            }
        }
        return new Sent(method.getName(), params, body);
    }

    private static String name(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return null;
    }
}
