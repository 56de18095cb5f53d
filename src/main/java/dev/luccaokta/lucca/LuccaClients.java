package dev.luccaokta.lucca;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Hands out Rest Clients bound to one Lucca instance and key. Each tenant has its own Lucca, so clients
 * cannot be injected statically; they are built on first use and reused.
 *
 * <pre>{@code
 * LuccaUserList page = clients.users(new LuccaInstance(baseUrl, apiKey)).list(LuccaUser.FIELDS, "0,1000", null, "id,asc");
 * }</pre>
 */
@ApplicationScoped
public class LuccaClients {

    /** A client is bound to its Lucca and the key it sends; the current API's calls carry their own token. */
    private record Key(URI baseUrl, String apiKey, Class<?> api) {
    }

    /** The current API's interfaces, whose calls carry their own bearer token rather than the API key. */
    private static final Set<Class<?>> BEARER_APIS = Set.of(LuccaResourcesApi.class, LuccaWebhooksApi.class);

    private final Map<Key, Object> clients = new ConcurrentHashMap<>();
    private volatile HttpClient jdkClient;

    @Inject
    LuccaNotices notices;

    @Inject
    @ConfigProperty(name = "lucca.connectTimeoutMillis")
    long connectTimeoutMillis;

    @Inject
    @ConfigProperty(name = "lucca.readTimeoutMillis")
    long readTimeoutMillis;

    @Inject
    @ConfigProperty(name = "lucca.maxAnswerBytes")
    int maxAnswerBytes;

    public LuccaUsersApi users(LuccaInstance instance) {
        return client(instance, LuccaUsersApi.class);
    }

    public LuccaDirectoryApi directory(LuccaInstance instance) {
        return client(instance, LuccaDirectoryApi.class);
    }

    public LuccaAccessApi access(LuccaInstance instance) {
        return client(instance, LuccaAccessApi.class);
    }

    public LuccaOrganizationApi organization(LuccaInstance instance) {
        return client(instance, LuccaOrganizationApi.class);
    }

    /** Lucca's current API; each call carries its own bearer token rather than the API key. */
    public LuccaResourcesApi resources(LuccaInstance instance) {
        return client(instance, LuccaResourcesApi.class);
    }

    /**
     * The webhook endpoints of Lucca's current API; each call carries its own bearer token. Changes (PATCH) go
     * through the JDK's HTTP client ({@link LuccaWebhooksClient} says why).
     */
    public LuccaWebhooksApi webhooks(LuccaInstance instance) {
        return new LuccaWebhooksClient(client(instance, LuccaWebhooksApi.class), instance.baseUrl(), jdkClient(),
                Duration.ofMillis(readTimeoutMillis), maxAnswerBytes);
    }

    /**
     * A plain JAX-RS client with the same timeouts, the same care for cut answers and no redirects followed, for
     * what is not an instance's API (Lucca's token endpoint); the caller closes it.
     */
    public Client plainClient() {
        return ClientBuilder.newBuilder()
                // Jersey (Payara) follows redirects unless told not to; RESTEasy (WildFly) does not follow them.
                .property("jersey.config.client.followRedirects", false)
                .connectTimeout(connectTimeoutMillis, TimeUnit.MILLISECONDS)
                .readTimeout(readTimeoutMillis, TimeUnit.MILLISECONDS)
                .register(new CompleteBodyFilter(maxAnswerBytes))
                .build();
    }

    private HttpClient jdkClient() {
        HttpClient client = jdkClient;
        if (client == null) {
            synchronized (this) {
                if (jdkClient == null) {
                    // HTTP/1.1 as the Rest Clients speak it: no upgrade attempt on the sandbox's plain http.
                    jdkClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .connectTimeout(Duration.ofMillis(connectTimeoutMillis)).build();
                }
                client = jdkClient;
            }
        }
        return client;
    }

    private <T> T client(LuccaInstance instance, Class<T> api) {
        String apiKey = BEARER_APIS.contains(api) ? null : instance.apiKey();
        return api.cast(clients.computeIfAbsent(new Key(instance.baseUrl(), apiKey, api), key -> {
            RestClientBuilder builder = RestClientBuilder.newBuilder()
                    .baseUri(instance.baseUrl())
                    .followRedirects(false)
                    .connectTimeout(connectTimeoutMillis, TimeUnit.MILLISECONDS)
                    .readTimeout(readTimeoutMillis, TimeUnit.MILLISECONDS)
                    .register(new CompleteBodyFilter(maxAnswerBytes))
                    .register(notices.recorder(instance.baseUrl()));
            if (apiKey != null) {
                builder.register(new LuccaAuthentication(apiKey));
            }
            return builder.build(api);
        }));
    }
}
