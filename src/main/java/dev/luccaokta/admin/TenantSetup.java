package dev.luccaokta.admin;

import static dev.luccaokta.admin.AdminProblem.require;

import dev.luccaokta.directory.TenantDirectories;
import dev.luccaokta.directory.TenantView;
import dev.luccaokta.lucca.LuccaApiException;
import dev.luccaokta.lucca.LuccaTransientException;
import dev.luccaokta.lucca.LuccaUnavailableException;
import dev.luccaokta.lucca.LuccaApiKey;
import dev.luccaokta.lucca.LuccaGateway;
import dev.luccaokta.lucca.LuccaInstance;
import dev.luccaokta.tenant.ScimTokenHash;
import dev.luccaokta.tenant.Tenant;
import dev.luccaokta.tenant.TenantRepository;
import dev.luccaokta.tenant.UserNameSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The first step of the setup: checks the technical administrator's mail and the Lucca instance and key
 * (by asking Lucca what the key may do), then creates the tenant with a new SCIM API token, which is handed
 * out once and kept only as a hash.
 */
@ApplicationScoped
public class TenantSetup {

    private static final Logger LOG = Logger.getLogger(TenantSetup.class.getName());
    private static final Pattern MAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");
    private static final SecureRandom RANDOM = new SecureRandom();

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
    TenantDirectories directories;

    /**
     * @param luccaClientId     the OAuth client of Lucca's current API, or null to read with the API key alone; a
     *                          tenant with a client reads through that API, its userName the professional e-mail
     * @param luccaClientSecret its secret, or null
     */
    public Created create(String name, String technicalAdminEmail, String luccaBaseUrl, String luccaApiKey,
                          String luccaClientId, String luccaClientSecret) {
        require(name != null && !name.isBlank() && name.length() <= 200, "A company name of at most 200 characters is required");
        require(technicalAdminEmail != null && MAIL.matcher(technicalAdminEmail.strip()).matches(),
                "The technical administrator's e-mail address is required and must be valid");
        boolean withKey = luccaApiKey != null && !luccaApiKey.isBlank();
        boolean withClient = luccaClientId != null || luccaClientSecret != null;
        require(withKey || withClient, "Lucca is reached with an API key, an OAuth client of its current API, or both: "
                + "give at least one");
        require(!withKey || luccaApiKey.length() <= 300, "The Lucca API key has at most 300 characters");
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

    /** Gives the tenant this API key (checked with Lucca), or takes its key away when it has an OAuth client. */
    public Tenant useApiKey(Tenant tenant, String luccaApiKey) {
        if (luccaApiKey == null) {
            require(tenant.getLuccaClientId().isPresent(), "This tenant's API key is its only way to Lucca: add an "
                    + "OAuth client before removing it");
            tenant.useLuccaApiKey(null);
        } else {
            require(!luccaApiKey.isBlank() && luccaApiKey.length() <= 300,
                    "The Lucca API key is required (at most 300 characters)");
            check(new LuccaInstance(URI.create(tenant.getLuccaBaseUrl()), luccaApiKey.strip()));
            tenant.useLuccaApiKey(luccaApiKey.strip());
        }
        Tenant saved = tenants.save(tenant);
        directories.evict(saved.getId());
        return saved;
    }

    private static URI baseUrl(String baseUrl) {
        try {
            URI uri = URI.create(baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", ""));
            require(uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())),
                    "The Lucca base URL must look like https://company.ilucca.net");
            return uri;
        } catch (IllegalArgumentException e) {
            throw AdminProblem.badRequest("The Lucca base URL must look like https://company.ilucca.net");
        }
    }

    /** Lucca's answer to "what may this key do" proves the URL and the key at once. */
    private LuccaApiKey check(LuccaInstance instance) {
        try {
            return lucca.currentApiKey(instance);
        } catch (LuccaApiException e) {
            throw AdminProblem.badRequest(e.status() == 401
                    ? "Lucca refused this API key: copy it again from Lucca's Okta synchronization page"
                    : "Lucca answered " + e.status() + " when the API key was checked");
        } catch (LuccaTransientException | LuccaUnavailableException e) {
            LOG.log(Level.INFO, "Lucca at " + instance.baseUrl() + " could not be asked about its key", e);
            throw AdminProblem.badRequest(e.getCause() instanceof LuccaApiException answered
                    ? "Lucca answered " + answered.status() + " when the API key was checked: try again shortly"
                    : "No Lucca answered at " + instance.baseUrl());
        }
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
