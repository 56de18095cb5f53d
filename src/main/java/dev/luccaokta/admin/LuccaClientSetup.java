package dev.luccaokta.admin;

import static dev.luccaokta.admin.AdminProblem.require;

import dev.luccaokta.directory.PropertyCatalogue;
import dev.luccaokta.directory.TenantDirectories;
import dev.luccaokta.directory.TenantView;
import dev.luccaokta.events.EventFeed;
import dev.luccaokta.lucca.LuccaFailure;
import dev.luccaokta.lucca.LuccaGateway;
import dev.luccaokta.lucca.LuccaInstance;
import dev.luccaokta.lucca.LuccaOAuthClient;
import dev.luccaokta.lucca.LuccaResourceQuery;
import dev.luccaokta.lucca.LuccaScope;
import dev.luccaokta.lucca.LuccaTokenRefusedException;
import dev.luccaokta.lucca.LuccaTokens;
import dev.luccaokta.tenant.GroupType;
import dev.luccaokta.tenant.Tenant;
import dev.luccaokta.tenant.TenantRepository;
import dev.luccaokta.tenant.UserNameSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Connects a tenant to Lucca's current API (v5) with an OAuth client, or back to the API key alone. A client is
 * accepted once Lucca's token endpoint grants it every scope the tenant's selection needs, and only for a tenant
 * whose selection that API carries and whose userName is the professional e-mail (the current API has no login).
 */
@ApplicationScoped
public class LuccaClientSetup {

    private static final Logger LOG = Logger.getLogger(LuccaClientSetup.class.getName());
    private static final int MAX_CLIENT_ID = 200;
    private static final int MAX_SECRET = 300;

    @Inject
    LuccaGateway lucca;

    @Inject
    EventFeed events;

    @Inject
    TenantRepository tenants;

    @Inject
    TenantDirectories directories;

    /** Reads through Lucca's current API with this client from now on; the first read starts at once. */
    public Tenant connect(Tenant tenant, String clientId, String clientSecret) {
        require(tenant.getUserNameSource() == UserNameSource.MAIL, "Lucca's current API has no login: set the "
                + "userName to come from the professional e-mail (options, userNameSource MAIL) before adding an OAuth client");
        Map<String, String> absent = PropertyCatalogue.notInLuccaApi(tenant.getSelectedProperties());
        require(absent.isEmpty(), "Lucca's current API does not carry what this tenant selected: " + absent.entrySet()
                .stream().map(entry -> entry.getKey() + " (" + entry.getValue() + ")").collect(Collectors.joining("; "))
                + ". Unselect them first, or keep reading with the API key");
        check(URI.create(tenant.getLuccaBaseUrl()), tenant.getSelectedProperties(), tenant.getEnabledGroupTypes(),
                clientId, clientSecret);
        tenant.useLuccaClient(clientId.strip(), clientSecret.strip());
        Tenant saved = tenants.save(tenant);
        directories.evict(saved.getId());
        directories.prepare(TenantView.of(saved));
        return saved;
    }

    /**
     * Checks a client against Lucca's token endpoint for what a selection needs, then against the tenant's Lucca
     * (one page of employees): a client of another Lucca, or a Lucca that does not answer, is refused too.
     *
     * @throws AdminProblem naming what is wrong: the id or secret, each scope missing and what it costs, the Lucca
     */
    void check(URI luccaBaseUrl, Set<String> properties, Set<GroupType> groupTypes, String clientId,
               String clientSecret) {
        require(clientId != null && !clientId.isBlank() && clientId.strip().length() <= MAX_CLIENT_ID,
                "The OAuth client id is required (at most " + MAX_CLIENT_ID + " characters)");
        require(clientSecret != null && !clientSecret.isBlank() && clientSecret.strip().length() <= MAX_SECRET,
                "The OAuth client secret is required (at most " + MAX_SECRET + " characters)");
        LuccaOAuthClient client = new LuccaOAuthClient(clientId.strip(), clientSecret.strip(),
                PropertyCatalogue.scopesNeeded(properties, groupTypes));
        check(client);
        probe(new LuccaInstance(luccaBaseUrl, null, client));
    }

    private void probe(LuccaInstance instance) {
        try {
            lucca.resourcePage(instance, LuccaResourceQuery.all("employees"));
        } catch (LuccaFailure failure) {
            throw switch (failure.kind()) {
                case ERROR_STATUS, TOKEN_REFUSED -> switch (failure.luccaStatus().orElse(0)) {
                    case 401 -> AdminProblem.badRequest("Lucca refuses this client's tokens: "
                            + "is it a client of this Lucca?");
                    case 403 -> AdminProblem.badRequest("Lucca does not let this client read employees");
                    default -> TenantSetup.notALucca(instance, failure);
                };
                case UNUSABLE_ANSWER, TRANSIENT, UNAVAILABLE, URL_REFUSED, HOST_UNRESOLVED ->
                        TenantSetup.notALucca(instance, failure);
                // A Lucca that throttles is one: the administrator is told to try again shortly.
                case THROTTLED -> failure;
            };
        }
    }

    /** Back to reading with the API key (the legacy API). */
    public Tenant disconnect(Tenant tenant) {
        require(tenant.hasLuccaApiKey(), "This tenant's OAuth client is its only way to Lucca: add an "
                + "API key before removing it");
        // Lucca's events come through the client: its endpoint is deleted while the client can still do it.
        events.forget(tenant);
        tenant.setLuccaEvents(false);
        tenant.useLuccaClient(null, null);
        Tenant saved = tenants.save(tenant);
        directories.evict(saved.getId());
        return saved;
    }

    /**
     * Refuses a selection the tenant's OAuth client cannot read, naming the scopes it lacks and what each costs.
     * A tenant reading with the API key is not concerned.
     */
    public void checkSelection(Tenant tenant, Set<String> properties, Set<GroupType> groupTypes) {
        tenant.getLuccaClientId().ifPresent(id -> check(new LuccaOAuthClient(id, tenant.getLuccaClientSecret().orElseThrow(),
                PropertyCatalogue.scopesNeeded(properties, groupTypes))));
    }

    private void check(LuccaOAuthClient client) {
        LuccaTokens.Grant grant;
        try {
            grant = lucca.freshGrant(client);
        } catch (LuccaFailure failure) {
            throw switch (failure.kind()) {
                case TOKEN_REFUSED ->
                        AdminProblem.badRequest(refusal(client, (LuccaTokenRefusedException) failure));
                case TRANSIENT -> {
                    LOG.log(Level.INFO, "Lucca's token endpoint could not be asked about " + client, failure);
                    yield AdminProblem.badRequest("Lucca's token endpoint did not answer: try again shortly");
                }
                case URL_REFUSED, HOST_UNRESOLVED -> AdminProblem.badRequest("The connector's lucca.tokenUrl is not a "
                        + "Lucca URL it calls: an operator must correct it");
                case ERROR_STATUS, UNUSABLE_ANSWER, THROTTLED, UNAVAILABLE -> failure;
            };
        }
        if (!grant.missing().isEmpty()) {
            throw AdminProblem.badRequest("The OAuth client lacks " + grant.missing().stream()
                    .map(scope -> scope.code() + " (without it " + scope.withoutIt() + ")")
                    .collect(Collectors.joining("; ")) + ": grant it in Lucca, or select less");
        }
    }

    /** What the administrator is told of the token endpoint's refusal. */
    private static String refusal(LuccaOAuthClient client, LuccaTokenRefusedException refused) {
        return switch (refused.error()) {
            case "invalid_client" -> "Lucca's token endpoint refused this OAuth client: check its id and secret "
                    + "(Lucca shows a secret once; regenerate it if it is lost)";
            case "invalid_scope" -> "Lucca granted this OAuth client none of the scopes needed: "
                    + codes(client.scopes());
            default -> "Lucca's token endpoint refused this OAuth client (" + refused.error() + ")";
        };
    }

    private static String codes(Set<LuccaScope> scopes) {
        return scopes.stream().map(LuccaScope::code).sorted().collect(Collectors.joining(", "));
    }
}
