package dev.luccaokta.sandbox.webhooks;

import dev.luccaokta.sandbox.data.Employee;
import dev.luccaokta.sandbox.data.EmployeeDirectory;
import dev.luccaokta.sandbox.json.LuccaApiJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The sandbox's webhooks as a whole: endpoints created and re-activated through the activation challenge, run
 * synchronously within the client's request; events recorded for every change to a person and handed to the
 * {@link DeliveryDispatcher}; the reset.
 *
 * <pre>{@code
 * directory.update(id, change, webhooks.recorder(uri.getBaseUri()));
 * }</pre>
 */
@ApplicationScoped
public class Webhooks {
    @Inject
    WebhookEndpoints endpoints;
    @Inject
    EventStore store;
    @Inject
    DeliveryDispatcher dispatcher;
    @Inject
    WebhookFaults faults;
    @Inject
    WebhookClient client;
    @Inject
    EmployeeDirectory directory;
    @Inject
    Clock clock;

    /**
     * An endpoint as a create or patch left it, and the challenge that decided its status.
     *
     * @param challenge null when no challenge ran
     */
    public record Activation(WebhookEndpoint endpoint, WebhookClient.Challenge challenge) {
    }

    /** A new endpoint: {@code active} only if asked for and the challenge passes, {@code inactive} otherwise. */
    public Activation create(EndpointInput input) {
        WebhookClient.Challenge challenge = input.status() == EndpointStatus.ACTIVE
                ? client.challenge(input.webhookUrl(), faults.current().challengeParameter()) : null;
        EndpointStatus status = challenge != null && challenge.passed() ? EndpointStatus.ACTIVE
                : EndpointStatus.INACTIVE;
        return new Activation(endpoints.create(input, status), challenge);
    }

    /**
     * Applies a patch. Setting an inactive or suspended endpoint active runs the challenge again; if it fails, the
     * status stays as it was while the other fields change.
     */
    public Optional<Activation> patch(int id, EndpointInput input) {
        Optional<WebhookEndpoint> found = endpoints.find(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        WebhookEndpoint current = found.get();
        EndpointStatus status = input.status() == null ? current.status() : input.status();
        WebhookClient.Challenge challenge = null;
        if (status == EndpointStatus.ACTIVE && current.status() != EndpointStatus.ACTIVE) {
            challenge = client.challenge(input.webhookUrl() == null ? current.webhookUrl() : input.webhookUrl(),
                    faults.current().challengeParameter());
            status = challenge.passed() ? EndpointStatus.ACTIVE : current.status();
        }
        WebhookClient.Challenge ran = challenge;
        return endpoints.patch(id, input, status).map(endpoint -> new Activation(endpoint, ran));
    }

    /**
     * What the directory tells of each change it stores ({@code before} null for a hire): the events the change
     * makes, stored and sent.
     *
     * @param sandboxBase the base URI of the request that makes the change: events' {@code source}, and the base of
     *                    every {@code url} in their {@code data}, as the Lucca API renders it for that request
     */
    public BiConsumer<Employee, Employee> recorder(URI sandboxBase) {
        String base = sandboxBase.toString();
        URI source = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        return (before, after) -> {
            List<WebhookEndpoint> all = endpoints.all();
            if (all.stream().noneMatch(endpoint -> endpoint.status().keepsHistory())) {
                return;
            }
            LuccaApiJson json = new LuccaApiJson(URI.create(source + "/lucca-api"), directory.organization(),
                    directory.today(), clock.getZone());
            dispatcher.dispatch(store.record(EventFanOut.between(json, before, after), source, all));
        };
    }

    /** No endpoint, no event, no delivery fault. */
    public void reset() {
        endpoints.clear();
        store.clear();
        faults.reset();
    }
}
