package dev.luccaokta.lucca;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Every call the connector makes to Lucca, one Lucca request per method: each waits for the instance's
 * rate budget, and a 429 pauses the budget for Lucca's {@code Retry-After} before the call is retried.
 *
 * <pre>{@code
 * LuccaUserList first = gateway.users(instance, 0, 1000, true);
 * }</pre>
 */
@ApplicationScoped
public class LuccaGateway {

    /** Largest page of users Lucca serves. */
    public static final int MAX_USERS_PER_PAGE = 1000;

    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);

    @Inject
    LuccaClients clients;

    @Inject
    LuccaRateLimiter limiter;

    /** Users of every contract state visible to the key (former employees included) by id, {@code limit} at most 1000. */
    @Retry(retryOn = LuccaThrottledException.class, maxRetries = 3, delay = 0)
    public LuccaUserList users(LuccaInstance instance, int offset, int limit, boolean withCount) {
        String fields = withCount ? LuccaUser.FIELDS + ",collection.count" : LuccaUser.FIELDS;
        return call(instance, () -> clients.users(instance).list(fields, offset + "," + limit, true, "id,asc"));
    }

    @Retry(retryOn = LuccaThrottledException.class, maxRetries = 3, delay = 0)
    public List<LuccaDepartment> departments(LuccaInstance instance) {
        return call(instance, () -> clients.directory(instance).departments(LuccaDepartment.FIELDS).items());
    }

    @Retry(retryOn = LuccaThrottledException.class, maxRetries = 3, delay = 0)
    public List<LuccaExtendedDataDefinition> extendedDataDefinitions(LuccaInstance instance) {
        return call(instance, () -> clients.directory(instance).extendedDataDefinitions().items());
    }

    /** Archived establishments included: former employees may still belong to one. */
    @Retry(retryOn = LuccaThrottledException.class, maxRetries = 3, delay = 0)
    public LuccaPage<LuccaEstablishment> establishments(LuccaInstance instance, int page) {
        return call(instance, () -> clients.organization(instance)
                .establishments(page, LuccaOrganizationApi.MAX_LIMIT, "true,false"));
    }

    @Retry(retryOn = LuccaThrottledException.class, maxRetries = 3, delay = 0)
    public LuccaPage<LuccaLegalUnit> legalUnits(LuccaInstance instance, int page) {
        return call(instance, () -> clients.organization(instance).legalUnits(page, LuccaOrganizationApi.MAX_LIMIT));
    }

    @Retry(retryOn = LuccaThrottledException.class, maxRetries = 3, delay = 0)
    public LuccaPage<LuccaCountry> countries(LuccaInstance instance, int page) {
        return call(instance, () -> clients.organization(instance).countries(page, LuccaOrganizationApi.MAX_LIMIT));
    }

    @Retry(retryOn = LuccaThrottledException.class, maxRetries = 3, delay = 0)
    public LuccaApiKey currentApiKey(LuccaInstance instance) {
        return call(instance, () -> clients.access(instance).currentApiKey().data());
    }

    /** The current user with this professional mail, with their main role; empty when there is none. */
    @Retry(retryOn = LuccaThrottledException.class, maxRetries = 3, delay = 0)
    public Optional<LuccaUser> userByMail(LuccaInstance instance, String mail) {
        return call(instance, () -> clients.users(instance).byMail(mail, "id,mail,rolePrincipal[id,name]").items())
                .stream().findFirst();
    }

    /** A user as Lucca has it (every field the connector reads), or empty when the key cannot see them. */
    @Retry(retryOn = LuccaThrottledException.class, maxRetries = 3, delay = 0)
    public Optional<JsonObject> rawUser(LuccaInstance instance, long id) {
        try {
            return Optional.ofNullable(call(instance, () -> clients.users(instance).raw(id, LuccaUser.FIELDS)).getJsonObject("data"));
        } catch (LuccaApiException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** A user with every field the connector reads, or empty when the key cannot see them. */
    @Retry(retryOn = LuccaThrottledException.class, maxRetries = 3, delay = 0)
    public Optional<LuccaUser> user(LuccaInstance instance, long id) {
        try {
            return Optional.ofNullable(call(instance, () -> clients.users(instance).one(id, LuccaUser.FIELDS)).data());
        } catch (LuccaApiException e) {
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

    /** Calls made to this Lucca instance in the last minute, against {@link #budgetPerMinute()}. */
    public int callsInLastMinute(LuccaInstance instance) {
        return limiter.used(instance.baseUrl());
    }

    public int budgetPerMinute() {
        return limiter.perMinute();
    }

    @Retry(retryOn = LuccaThrottledException.class, maxRetries = 3, delay = 0)
    public LuccaRole role(LuccaInstance instance, long id) {
        return call(instance, () -> clients.access(instance).role(id, "id,name,permissions").data());
    }

    private <T> T call(LuccaInstance instance, Supplier<T> request) {
        limiter.acquire(instance.baseUrl());
        try {
            return request.get();
        } catch (LuccaApiException e) {
            if (e.status() == 429) {
                limiter.pause(instance.baseUrl(), e.retryAfter().orElse(DEFAULT_RETRY_AFTER));
                throw new LuccaThrottledException(e);
            }
            throw e;
        }
    }
}
