package dev.luccaokta.lucca;

import dev.luccaokta.metrics.ApplicationMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Every call the connector makes to Lucca, one Lucca request per method (all the pages of the few webhook endpoints
 * in one): each waits for the instance's rate budget and passes its circuit breaker ({@link LuccaCircuit}); a 429
 * pauses the budget for Lucca's {@code Retry-After} before the call is retried. Reads, and writes that land the same
 * however often they are sent (an endpoint's status, its deletion), are also retried, after 400 ms plus up to 300 ms
 * of jitter, when Lucca times out (408), its gateways fail (502, 503, 504) or the connection fails; the Rest Client's
 * read timeout (4.5 s) keeps each attempt under Lucca's own 5 s. Other writes are retried only after a 429, which
 * Lucca answers before looking at the request.
 *
 * <pre>{@code
 * LuccaUserList first = gateway.users(instance, 0, 1000, true);
 * }</pre>
 */
@ApplicationScoped
@Retry(retryOn = {LuccaThrottledException.class, LuccaTransientException.class}, maxRetries = 3, delay = 400,
        jitter = 300, maxDuration = 40_000)
public class LuccaGateway {

    /** Lucca's collection of webhook endpoints, where its {@code next} links must lead. */
    private static final String WEBHOOK_ENDPOINTS = "webhook-endpoints";
    /** More pages of endpoints than this (10,000) is a cursor going round, not one tenant's integrations. */
    private static final int MAX_WEBHOOK_ENDPOINT_PAGES = 100;

    /** Largest page of users Lucca serves. */
    public static final int MAX_USERS_PER_PAGE = 1000;

    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);
    private static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(5);
    private static final Metadata CALLS = Metadata.builder().withName("lucca_calls")
            .withDescription("Calls to Lucca, by outcome: answered (refusals and 429 included) or failed").build();

    /** What says who a user is: enough to check a person's right to administer an integration. */
    private static final String IDENTITY_FIELDS = "id,mail,dtContractEnd,rolePrincipal[id,name]";

    /** Lucca's answers that say "not now" rather than "no": its timeout and its gateways' failures. */
    private static final Set<Integer> TRANSIENT_STATUSES = Set.of(408, 502, 503, 504);

    private final LuccaClients clients;
    private final LuccaRateLimiter limiter;
    private final LuccaCircuit circuit;
    private final ApplicationMetrics metrics;
    private final LuccaTokens tokens;
    private final LuccaUrlPolicy urls;
    private final LuccaUsage usage;

    @Inject
    public LuccaGateway(LuccaClients clients, LuccaRateLimiter limiter, LuccaCircuit circuit, ApplicationMetrics metrics,
                        LuccaTokens tokens, LuccaUrlPolicy urls, LuccaUsage usage) {
        this.clients = clients;
        this.limiter = limiter;
        this.circuit = circuit;
        this.metrics = metrics;
        this.tokens = tokens;
        this.urls = urls;
        this.usage = usage;
    }

    /** For the container's proxy, which hands every call to an instance made with the constructor above. */
    protected LuccaGateway() {
        this(null, null, null, null, null, null, null);
    }

    /** Users of every contract state visible to the key (former employees included) by id, {@code limit} at most 1000. */
    public LuccaUserList users(LuccaInstance instance, int offset, int limit, boolean withCount) {
        String fields = withCount ? LuccaUser.FIELDS + ",collection.count" : LuccaUser.FIELDS;
        return call(instance, () -> clients.users(instance).list(fields, offset + "," + limit, true, "id,asc"));
    }

    /** As {@link #users}, only those Lucca changed since the given local date-time (Lucca's own clock). */
    public LuccaUserList usersModifiedSince(LuccaInstance instance, LocalDateTime since, int offset, int limit,
                                            boolean withCount) {
        String fields = withCount ? LuccaUser.FIELDS + ",collection.count" : LuccaUser.FIELDS;
        return call(instance, () -> clients.users(instance).modifiedSince(fields, offset + "," + limit, true, "id,asc",
                "since," + since.truncatedTo(ChronoUnit.SECONDS)));
    }

    public LuccaPage<LuccaDepartment> departments(LuccaInstance instance, int page) {
        return call(instance, () -> clients.organization(instance).departments(page, LuccaOrganizationApi.MAX_LIMIT));
    }

    public List<LuccaExtendedDataDefinition> extendedDataDefinitions(LuccaInstance instance) {
        return call(instance, () -> clients.directory(instance).extendedDataDefinitions().items());
    }

    /** Archived establishments included: former employees may still belong to one. */
    public LuccaPage<LuccaEstablishment> establishments(LuccaInstance instance, int page) {
        return call(instance, () -> clients.organization(instance)
                .establishments(page, LuccaOrganizationApi.MAX_LIMIT, "true,false"));
    }

    public LuccaPage<LuccaLegalUnit> legalUnits(LuccaInstance instance, int page) {
        return call(instance, () -> clients.organization(instance).legalUnits(page, LuccaOrganizationApi.MAX_LIMIT));
    }

    public LuccaPage<LuccaCountry> countries(LuccaInstance instance, int page) {
        return call(instance, () -> clients.organization(instance).countries(page, LuccaOrganizationApi.MAX_LIMIT));
    }

    public LuccaApiKey currentApiKey(LuccaInstance instance) {
        return call(instance, () -> clients.access(instance).currentApiKey().data());
    }

    /**
     * The current users whose professional mail is exactly {@code mail} (ignoring case), with their main role.
     *
     * @param mail one plain address ({@link PlainMail}): Lucca would read a list or an operator in anything else
     */
    public List<LuccaUser> usersWithMail(LuccaInstance instance, String mail) {
        if (!PlainMail.isPlain(mail)) {
            throw new IllegalArgumentException("Lucca is only asked for users by one plain mail address");
        }
        return call(instance, () -> clients.users(instance).byMail(mail, IDENTITY_FIELDS).items()).stream()
                .filter(user -> mail.equalsIgnoreCase(user.mail())).toList();
    }

    /** Who a user is (mail, main role, contract end) by id, or empty when the key cannot see them. */
    public Optional<LuccaUser> identity(LuccaInstance instance, long id) {
        return unlessMissing(() -> call(instance, () -> clients.users(instance).one(id, IDENTITY_FIELDS)).data());
    }

    /** A user as Lucca has it (every field the connector reads), or empty when the key cannot see them. */
    public Optional<JsonObject> rawUser(LuccaInstance instance, long id) {
        return unlessMissing(() -> call(instance, () -> clients.users(instance).raw(id, LuccaUser.FIELDS)).getJsonObject("data"));
    }

    /** A user with every field the connector reads, or empty when the key cannot see them. */
    public Optional<LuccaUser> user(LuccaInstance instance, long id) {
        return unlessMissing(() -> call(instance, () -> clients.users(instance).one(id, LuccaUser.FIELDS)).data());
    }

    /** Lucca's 404 for a user the key cannot see is an answer: nobody. */
    private static <T> Optional<T> unlessMissing(Supplier<T> read) {
        try {
            return Optional.ofNullable(read.get());
        } catch (LuccaErrorStatusException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Changes some fields of a user in one request, which Lucca applies entirely or not at all, and returns the
     * user as Lucca now has them. Only a 429 is retried: Lucca refused the request before looking at it.
     *
     * @param changes Lucca field names and their new values
     */
    @Retry(retryOn = LuccaThrottledException.class, maxRetries = 3, delay = 0)
    public LuccaUser updateUser(LuccaInstance instance, long id, JsonObject changes) {
        return call(instance, () -> clients.users(instance).update(id, LuccaUser.FIELDS, changes)).data();
    }

    /** One page of a collection of Lucca's current API (v5), with the tenant's OAuth token. */
    public JsonObject resourcePage(LuccaInstance instance, LuccaResourceQuery query) {
        return withToken(instance, bearer -> clients.resources(instance).page(bearer, query.collection(),
                LuccaResourcesApi.MAX_LIMIT, query.include(), query.cursor(), query.status(), query.ids(),
                query.employeeIds(), query.definitionIds(), query.asOf()));
    }

    /**
     * Every webhook endpoint declared on the tenant's Lucca, page after page (links checked as a directory read's).
     */
    public List<LuccaWebhookEndpoint> webhookEndpoints(LuccaInstance instance) {
        List<LuccaWebhookEndpoint> endpoints = new ArrayList<>();
        boolean whole = LuccaApiPages.walk(instance, WEBHOOK_ENDPOINTS, MAX_WEBHOOK_ENDPOINT_PAGES,
                cursor -> webhookCall(instance, (api, bearer) -> api.endpoints(bearer, LuccaResourcesApi.MAX_LIMIT,
                        "links", cursor)),
                page -> LuccaApiPages.items(page).forEach(item -> endpoints.add(LuccaWebhookEndpoint.of(item))));
        if (!whole) {
            throw new LuccaUnusableAnswerException("more than " + MAX_WEBHOOK_ENDPOINT_PAGES
                    + " pages of webhook endpoints");
        }
        return endpoints;
    }

    /**
     * Declares an active webhook endpoint for every business establishment, its events in the version the
     * connector reads ({@value LuccaResourcesApi#VERSION}), and returns it with its secret, which Lucca shows only
     * now. Only a 429 is retried: another attempt after a failure could declare a second endpoint.
     *
     * @throws LuccaUnusableAnswerException when Lucca's answer has no secret (the endpoint may exist all the same)
     */
    @Retry(retryOn = LuccaThrottledException.class, maxRetries = 3, delay = 0)
    public LuccaWebhookEndpointCreated createWebhookEndpoint(LuccaInstance instance, String name, URI webhookUrl,
                                                             List<String> topics) {
        if (name == null || name.isBlank() || topics.isEmpty()) {
            throw new IllegalArgumentException("A webhook endpoint has a name and at least one topic");
        }
        JsonObject endpoint = Json.createObjectBuilder()
                .add("name", name)
                .add("webhookUrl", webhookUrl.toString())
                .add("apiVersion", LuccaResourcesApi.VERSION)
                .addNull("businessEstablishments")
                .add("topics", Json.createArrayBuilder(topics))
                .add("status", LuccaWebhookEndpoint.ACTIVE)
                .build();
        JsonObject answer = webhookCall(instance, (api, bearer) -> api.create(bearer, endpoint));
        String secret = LuccaApiJson.text(answer, "secret").filter(text -> !text.isBlank())
                .orElseThrow(() -> new LuccaUnusableAnswerException("a webhook endpoint created without its secret"));
        return new LuccaWebhookEndpointCreated(LuccaWebhookEndpoint.of(answer), secret);
    }

    /**
     * Sets an endpoint's status ({@code active} re-activates a suspended one, after Lucca's challenge) and returns
     * the endpoint as Lucca now has it.
     */
    public LuccaWebhookEndpoint changeWebhookEndpointStatus(LuccaInstance instance, String id, String status) {
        String checked = LuccaWebhookEndpoint.checkedId(id);
        if (!LuccaWebhookEndpoint.isStatus(status)) {
            throw new IllegalArgumentException("A webhook endpoint is active, suspended or inactive");
        }
        JsonObject changes = Json.createObjectBuilder().add("status", status).build();
        return LuccaWebhookEndpoint.of(webhookCall(instance, (api, bearer) -> api.change(bearer, checked, changes)));
    }

    /** Deletes an endpoint; one Lucca no longer has (404) is already gone. */
    public void deleteWebhookEndpoint(LuccaInstance instance, String id) {
        String checked = LuccaWebhookEndpoint.checkedId(id);
        try {
            webhookCall(instance, (api, bearer) -> {
                api.delete(bearer, checked);
                return JsonValue.EMPTY_JSON_OBJECT;
            });
        } catch (LuccaErrorStatusException e) {
            if (e.status() != 404) {
                throw e;
            }
        }
    }

    /** One request to the webhook endpoints, with a token for their scope alone; an answer that is not JSON is refused. */
    private JsonObject webhookCall(LuccaInstance instance, BiFunction<LuccaWebhooksApi, String, JsonObject> request) {
        JsonObject answer = withToken(instance.withOAuthScopes(Set.of(LuccaScope.WEBHOOK_ENDPOINTS)),
                bearer -> request.apply(clients.webhooks(instance), bearer));
        if (answer == null) {
            throw new LuccaUnusableAnswerException("a webhook endpoint answer without a body");
        }
        return answer;
    }

    /**
     * One request to Lucca's current API with a token for the instance's OAuth client (its scopes). A token Lucca
     * refuses (401, expired or revoked early) is renewed once; a second refusal is Lucca's answer.
     *
     * @param request the request, given {@code Bearer <access token>}
     */
    private <T> T withToken(LuccaInstance instance, Function<String, T> request) {
        LuccaOAuthClient client = instance.requireOAuth();
        LuccaTokens.Grant grant = tokens.grant(client);
        try {
            return call(instance, () -> request.apply(bearer(grant)));
        } catch (LuccaErrorStatusException e) {
            if (e instanceof LuccaTokenRefusedException || e.status() != 401 && e.status() != 403) {
                throw e;
            }
            // Refused (401) or no longer allowed (403, a scope withdrawn): the next token says what Lucca grants now.
            tokens.forget(client, grant);
            if (e.status() == 403) {
                throw e;
            }
            LuccaTokens.Grant renewed = tokens.grant(client);
            return call(instance, () -> request.apply(bearer(renewed)));
        }
    }

    private static String bearer(LuccaTokens.Grant grant) {
        return "Bearer " + grant.accessToken();
    }

    /** What the tenant's OAuth client was granted, asking Lucca's token endpoint afresh, at once or not at all. */
    @Retry(maxRetries = 0)
    public LuccaTokens.Grant freshGrant(LuccaOAuthClient client) {
        tokens.forgetAll(client);
        return tokens.grant(client);
    }

    /** Calls made to this Lucca instance in the last minute, against {@link #budgetPerMinute()}. */
    public int callsInLastMinute(LuccaInstance instance) {
        return limiter.used(instance.baseUrl());
    }

    /** Whether calls to this instance are paused because it keeps failing (its circuit is open). */
    public boolean paused(LuccaInstance instance) {
        return circuit.isOpen(instance.baseUrl());
    }

    public int budgetPerMinute() {
        return limiter.perMinute();
    }

    public LuccaRole role(LuccaInstance instance, long id) {
        return call(instance, () -> clients.access(instance).role(id, "id,name,permissions").data());
    }

    /**
     * One request inside the instance's budget and circuit. A 429 or a 503 with {@code Retry-After} holds every
     * call to the instance until then, so the retry honours it; failures worth retrying become
     * {@link LuccaTransientException}s. The instance's URL is checked again just before the request is sent, as its
     * host resolves then.
     */
    private <T> T call(LuccaInstance instance, Supplier<T> request) {
        URI lucca = instance.baseUrl();
        circuit.check(lucca);
        LuccaCircuit.Outcome outcome = LuccaCircuit.Outcome.UNKNOWN;
        try {
            limiter.acquire(lucca);
            // After the wait for the budget, which may outlast the JVM's DNS cache: the connection reuses this answer.
            urls.checkDestination(lucca);
            usage.spent(lucca);
            T answer = request.get();
            outcome = LuccaCircuit.Outcome.ANSWERED;
            return answer;
        } catch (LuccaHostUnresolvedException e) {
            // A DNS hiccup, most likely: Lucca cannot be reached for now, as when it does not answer.
            outcome = LuccaCircuit.Outcome.FAILED;
            throw LuccaTransientException.unsent("Lucca's host does not resolve for now", e);
        } catch (LuccaErrorStatusException e) {
            // A 429 or a refusal is Lucca answering; a 5xx or its timeout is Lucca failing.
            outcome = e.status() >= 500 || e.status() == 408 ? LuccaCircuit.Outcome.FAILED : LuccaCircuit.Outcome.ANSWERED;
            if (e.status() == 429) {
                limiter.pause(lucca, bounded(e.retryAfter().orElse(DEFAULT_RETRY_AFTER)));
                throw new LuccaThrottledException(e);
            }
            if (TRANSIENT_STATUSES.contains(e.status())) {
                e.retryAfter().ifPresent(wait -> limiter.pause(lucca, bounded(wait)));
                throw LuccaTransientException.answered(e.getMessage(), e);
            }
            throw e;
        } catch (ProcessingException e) {
            if (causedBy(e, CompleteBodyFilter.OversizedAnswer.class)) {
                outcome = LuccaCircuit.Outcome.ANSWERED;
                throw new LuccaUnusableAnswerException(rootMessage(e));
            }
            outcome = LuccaCircuit.Outcome.FAILED;
            throw LuccaTransientException.unanswered("Lucca did not answer: " + rootMessage(e), e);
        } finally {
            circuit.report(lucca, outcome);
            if (outcome != LuccaCircuit.Outcome.UNKNOWN) {
                String tag = outcome.name().toLowerCase(Locale.ROOT);
                metrics.ifAvailable(registry -> registry.counter(CALLS, new Tag("outcome", tag)).inc());
            }
        }
    }

    /** A Retry-After from Lucca or a proxy in front of it never stops a tenant for longer than a few minutes. */
    private static Duration bounded(Duration retryAfter) {
        return retryAfter.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter;
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> kind) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " " + root.getMessage());
    }
}
