package dev.luccaokta.lucca;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
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

    private record Key(LuccaInstance instance, Class<?> api) {
    }

    private final Map<Key, Object> clients = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "lucca.connectTimeoutMillis")
    long connectTimeoutMillis;

    @Inject
    @ConfigProperty(name = "lucca.readTimeoutMillis")
    long readTimeoutMillis;

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

    private <T> T client(LuccaInstance instance, Class<T> api) {
        return api.cast(clients.computeIfAbsent(new Key(instance, api), key -> RestClientBuilder.newBuilder()
                .baseUri(instance.baseUrl())
                .connectTimeout(connectTimeoutMillis, TimeUnit.MILLISECONDS)
                .readTimeout(readTimeoutMillis, TimeUnit.MILLISECONDS)
                .register(new LuccaAuthentication(instance.apiKey()))
                .register(new CompleteBodyFilter())
                .build(api)));
    }
}
