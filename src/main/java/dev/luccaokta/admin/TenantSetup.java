package dev.luccaokta.admin;

import static dev.luccaokta.admin.AdminProblem.require;

import dev.luccaokta.directory.TenantDirectories;
import dev.luccaokta.directory.TenantView;
import dev.luccaokta.lucca.LuccaApiKey;
import dev.luccaokta.lucca.LuccaFailure;
import dev.luccaokta.lucca.LuccaGateway;
import dev.luccaokta.lucca.LuccaInstance;
import dev.luccaokta.lucca.LuccaUrlPolicy;
import dev.luccaokta.lucca.LuccaUrlRefusedException;
import dev.luccaokta.tenant.ScimTokenHash;
import dev.luccaokta.tenant.Tenant;
import dev.luccaokta.tenant.TenantRepository;
import dev.luccaokta.tenant.UserNameSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The first step of the setup: checks the Lucca instance and key (by asking Lucca what the key may do), then
 * creates the tenant with a new SCIM API token, which is handed out once and kept only as a hash. A URL the {@link LuccaUrlPolicy} refuses is never called, and whatever makes a
 * URL "not a Lucca" (refused, no answer, a timeout, a redirect, an answer that is not Lucca's) gets the one answer
 * {@link #NOT_A_LUCCA}: the setup is no probe of the connector's network.
 */
@ApplicationScoped
public class TenantSetup {

    private static final Logger LOG = Logger.getLogger(TenantSetup.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    static final String NOT_A_LUCCA = "No Lucca API at this address: the Lucca base URL looks like "
            + "https://company.ilucca.net";

    /** A new tenant and its token, which no later answer will show again; the key's description when it has one. */
    public record Created(Tenant tenant, String scimToken, LuccaApiKey luccaKey) {
    }

    @Inject
    LuccaGateway lucca;

    @Inject
    TenantRepository tenants;

    @Inject
    LuccaClientSetup clients;

    @Inject
    LuccaUrlPolicy urls;

    @Inject
    TenantDirectories directories;

    /**
     * Creates the tenant of a setup form whose name, mail and key length were checked as it arrived.
     *
     * @param luccaClientId     the OAuth client of Lucca's current API, or null to read with the API key alone; a
     *                          tenant with a client reads through that API, its userName the professional e-mail
     * @param luccaClientSecret its secret, or null
     */
    public Created create(String name, String technicalAdminEmail, String luccaBaseUrl, String luccaApiKey,
                          String luccaClientId, String luccaClientSecret) {
        boolean withKey = luccaApiKey != null && !luccaApiKey.isBlank();
        boolean withClient = luccaClientId != null || luccaClientSecret != null;
        require(withKey || withClient, "Lucca is reached with an API key, an OAuth client of its current API, or both: "
                + "give at least one");
        URI baseUrl = baseUrl(luccaBaseUrl);
        LuccaApiKey key = withKey ? check(new LuccaInstance(baseUrl, luccaApiKey.strip())) : null;
        if (withClient) {
            clients.check(baseUrl, Set.of(), Set.of(), luccaClientId, luccaClientSecret);
        }
        String token = newToken();
        Tenant tenant = Tenant.create(name.strip(), baseUrl.toString(), withKey ? luccaApiKey.strip() : null,
                ScimTokenHash.of(token));
        tenant.setTechnicalAdminEmail(technicalAdminEmail.strip());
        if (withClient) {
            tenant.configure(tenant.getLeaversGraceDays(), tenant.getSnapshotTtl(), UserNameSource.MAIL);
            tenant.useLuccaClient(luccaClientId.strip(), luccaClientSecret.strip());
        }
        Tenant saved = tenants.save(tenant);
        if (withClient) {
            directories.prepare(TenantView.of(saved));
        }
        return new Created(saved, token, key);
    }

    /**
     * Gives the tenant this API key (checked with Lucca; its form was checked as it arrived), or takes its key away
     * when it has an OAuth client.
     */
    public Tenant useApiKey(Tenant tenant, String luccaApiKey) {
        if (luccaApiKey == null) {
            require(tenant.getLuccaClientId().isPresent(), "This tenant's API key is its only way to Lucca: add an "
                    + "OAuth client before removing it");
            tenant.useLuccaApiKey(null);
        } else {
            check(new LuccaInstance(URI.create(tenant.getLuccaBaseUrl()), luccaApiKey.strip()));
            tenant.useLuccaApiKey(luccaApiKey.strip());
        }
        Tenant saved = tenants.save(tenant);
        directories.evict(saved.getId());
        return saved;
    }

    private URI baseUrl(String baseUrl) {
        try {
            return urls.checkBaseUrl(new URI(baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "")));
        } catch (URISyntaxException | LuccaUrlRefusedException e) {
            throw AdminProblem.badRequest(NOT_A_LUCCA);
        }
    }

    /** Lucca's answer to "what may this key do" proves the URL and the key at once. */
    private LuccaApiKey check(LuccaInstance instance) {
        try {
            return lucca.currentApiKey(instance);
        } catch (LuccaFailure failure) {
            throw switch (failure.kind()) {
                case ERROR_STATUS, TOKEN_REFUSED -> failure.luccaStatus().orElse(0) == 401
                        ? AdminProblem.badRequest("Lucca refused this API key: copy it again from Lucca's Okta "
                                + "synchronization page")
                        : notALucca(instance, failure);
                case UNUSABLE_ANSWER, TRANSIENT, UNAVAILABLE, URL_REFUSED, HOST_UNRESOLVED ->
                        notALucca(instance, failure);
                // A Lucca that throttles is one: the administrator is told to try again shortly.
                case THROTTLED -> failure;
            };
        }
    }

    /** The reason stays in the log, for the operator. */
    static AdminProblem notALucca(LuccaInstance instance, RuntimeException reason) {
        LOG.log(Level.INFO, "No Lucca accepted at " + instance.baseUrl(), reason);
        return AdminProblem.badRequest(NOT_A_LUCCA);
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
