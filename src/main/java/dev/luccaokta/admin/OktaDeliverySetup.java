package dev.luccaokta.admin;

import static dev.luccaokta.admin.AdminProblem.require;

import dev.luccaokta.okta.IdentitySourceEntities;
import dev.luccaokta.okta.IdentitySourceSessions;
import dev.luccaokta.okta.OktaCredentials;
import dev.luccaokta.okta.OktaFailure;
import dev.luccaokta.okta.OktaSource;
import dev.luccaokta.okta.OktaUrlPolicy;
import dev.luccaokta.okta.OktaUrlRefusedException;
import dev.luccaokta.okta.push.PushWatcher;
import dev.luccaokta.tenant.DeliveryMode;
import dev.luccaokta.tenant.OktaLedger;
import dev.luccaokta.tenant.PushOutbox;
import dev.luccaokta.tenant.Tenant;
import dev.luccaokta.tenant.TenantRepository;
import dev.luccaokta.web.LogLine;
import dev.luccaokta.web.RequestId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Chooses how a tenant's people reach Okta, and checks the push settings with Okta. Settings are checked as the
 * connector will use them (the org URL by {@link OktaUrlPolicy}, the key parsed) before anything is stored; each
 * change is logged without its secrets.
 */
@ApplicationScoped
public class OktaDeliverySetup {

    /** An external id no one has: Okta's answer to it says whether the per-user calls exist, and changes nothing. */
    static final String PROBE_ID = "lucca-okta-connector-probe";
    /** What an administrator sets in Okta for pushed people to become Okta users without anyone's click. */
    static final List<String> CONFIGURE_IN_OKTA = List.of(
            "Provisioning → To Okta → User Creation & Matching: confirm and activate new users automatically, and "
                    + "confirm matched users automatically",
            "Provisioning → To Okta → User Creation & Matching: an imported user is an exact match to an Okta user "
                    + "when the email matches (or the Okta username, if the tenant's userName is the login)",
            "Provisioning → To Okta → Profile & Lifecycle Sourcing: allow the Custom Identity Source to source Okta "
                    + "users, and when a user is deactivated in the app: Deactivate");

    private static final Logger LOG = Logger.getLogger(OktaDeliverySetup.class.getName());

    @Inject
    OktaUrlPolicy urlPolicy;

    @Inject
    IdentitySourceSessions sessions;

    @Inject
    IdentitySourceEntities entities;

    @Inject
    TenantRepository tenants;

    @Inject
    OktaLedger ledger;

    @Inject
    PushOutbox outbox;

    @Inject
    PushWatcher watcher;

    @Inject
    RequestId requestId;

    /** Stores the form's choice; a secret left out keeps the stored one of the same kind. */
    public Tenant configure(Tenant tenant, OktaDelivery.Form form, String by) {
        List<Optional<String>> sourceBefore = List.of(tenant.getOktaOrgUrl(), tenant.getOktaSourceId());
        DeliveryMode mode = DeliveryMode.valueOf(form.mode());
        if (mode == DeliveryMode.OKTA_PUSH || form.oktaOrgUrl() != null || form.sourceId() != null
                || form.credentials() != null) {
            OktaSource source = source(tenant, form);
            String clientId = source.credentials() instanceof OktaCredentials.ServiceApp app ? app.clientId() : null;
            String key = source.credentials() instanceof OktaCredentials.ServiceApp app ? app.privateKeyJwk() : null;
            String token = source.credentials() instanceof OktaCredentials.ApiToken api ? api.token() : null;
            tenant.pushToOkta(source.orgUrl().toString(), source.sourceId(), clientId, key, token);
        }
        if (mode == DeliveryMode.SCIM_PULL) {
            tenant.pullOverScim();
        }
        Tenant saved = tenants.save(tenant);
        if (!sourceBefore.equals(List.of(saved.getOktaOrgUrl(), saved.getOktaSourceId()))) {
            // Another identity source holds nothing of what the previous one was sent: everyone goes again.
            ledger.forget(saved.getId());
            outbox.forget(saved.getId());
        }
        watcher.lookAgain(saved.getId());
        LOG.info(LogLine.of("okta-delivery-configured", "id", requestId.value(), "by", by, "tenant", saved.getId(),
                "mode", mode, "oktaOrgUrl", saved.getOktaOrgUrl().orElse(""), "sourceId",
                saved.getOktaSourceId().orElse(""), "credentials", saved.getOktaClientId().map(id -> "service app " + id)
                        .orElse(saved.hasOktaApiToken() ? "API token" : "none")));
        return saved;
    }

    /** Asks Okta with the stored settings; any failure is an answer, never an error. */
    public OktaDelivery.Check check(Tenant tenant) {
        OktaSource source = stored(tenant);
        List<String> messages = new ArrayList<>();
        String apps;
        String individual = "unknown";
        String credentials;
        try {
            sessions.list(source);
            apps = "ok";
            credentials = "ok";
        } catch (OktaFailure failure) {
            apps = failure.kind() == OktaFailure.Kind.FEATURE_MISSING ? "missing" : "unknown";
            // A path refused may be refused before the credentials are looked at: they are not known good.
            credentials = failure.kind() == OktaFailure.Kind.CREDENTIALS_REFUSED ? "refused" : "unknown";
            messages.add(said(failure));
        }
        if ("ok".equals(apps)) {
            try {
                entities.user(source, PROBE_ID);
                individual = "ok";
            } catch (OktaFailure failure) {
                if (failure.kind() == OktaFailure.Kind.FEATURE_MISSING) {
                    individual = "missing";
                    messages.add("Okta's per-user calls are not enabled in this org: changes go to Okta in import "
                            + "sessions, within minutes rather than seconds");
                } else {
                    messages.add(said(failure));
                }
            }
        }
        return new OktaDelivery.Check(apps, individual, credentials, messages, CONFIGURE_IN_OKTA);
    }

    /** What the administrator is told of a failure: Okta's own words, never a credential. */
    private static String said(OktaFailure failure) {
        return switch (failure.kind()) {
            case FEATURE_MISSING -> "Okta refused the identity source's API: ask Okta to enable Identity Source Apps "
                    + "for this org, and check the source id and that the credentials may manage identity sources";
            case CREDENTIALS_REFUSED -> "Okta refused the credentials: check the API token, or the service app's client "
                    + "id, key and granted scopes (okta.identitySources.read and okta.identitySources.manage)";
            case URL_REFUSED, HOST_UNRESOLVED -> failure.getMessage();
            case NOT_FOUND -> "Okta does not know this identity source: check its id";
            case RATE_LIMITED, SESSION_WINDOW, TRANSIENT -> "Okta did not answer now (" + failure.getMessage()
                    + "): check again shortly";
            case SESSION_STATE, INVALID_REQUEST, UNUSABLE_ANSWER -> "Okta's answer was not the one expected: "
                    + failure.getMessage();
        };
    }

    /** The stored settings as the client takes them. */
    private OktaSource stored(Tenant tenant) {
        require(tenant.getOktaOrgUrl().isPresent(), "No Okta settings are stored for this tenant: send them first "
                + "(PUT .../delivery)");
        OktaCredentials credentials = tenant.getOktaClientId().isPresent()
                ? new OktaCredentials.ServiceApp(tenant.getOktaClientId().get(), tenant.getOktaPrivateKey().orElseThrow())
                : new OktaCredentials.ApiToken(tenant.getOktaApiToken().orElseThrow());
        return new OktaSource(URI.create(tenant.getOktaOrgUrl().get()), tenant.getOktaSourceId().orElseThrow(),
                credentials);
    }

    /** The form's settings, checked; what it leaves out of the secrets taken from the tenant. */
    private OktaSource source(Tenant tenant, OktaDelivery.Form form) {
        require(form.oktaOrgUrl() != null && !form.oktaOrgUrl().isBlank(), "oktaOrgUrl is required to push to Okta: "
                + "the org's address, such as https://acme.okta.com");
        require(form.sourceId() != null && !form.sourceId().isBlank(), "sourceId is required to push to Okta: the "
                + "Custom Identity Source's app instance id (0oa...)");
        require(form.credentials() != null, "credentials are required to push to Okta: an API token or a service app");
        URI orgUrl;
        try {
            orgUrl = urlPolicy.checkOrgUrl(new URI(form.oktaOrgUrl().strip()));
        } catch (URISyntaxException e) {
            throw AdminProblem.badRequest("oktaOrgUrl is not a URL: " + form.oktaOrgUrl());
        } catch (OktaUrlRefusedException e) {
            throw AdminProblem.badRequest("oktaOrgUrl: " + e.getMessage());
        }
        try {
            return new OktaSource(orgUrl, form.sourceId().strip(), credentials(tenant, form.credentials()));
        } catch (IllegalArgumentException e) {
            // The client's messages name what is wrong and never quote a key or a token.
            throw AdminProblem.badRequest(e.getMessage());
        }
    }

    private static OktaCredentials credentials(Tenant tenant, OktaDelivery.CredentialsForm form) {
        if (OktaDelivery.API_TOKEN.equals(form.type())) {
            require(form.clientId() == null && form.privateKeyJwk() == null, "An API token comes alone: leave out "
                    + "clientId and privateKeyJwk");
            String token = given(form.apiToken()) ? form.apiToken().strip()
                    : tenant.getOktaClientId().isEmpty() ? tenant.getOktaApiToken().orElse(null) : null;
            require(token != null, "apiToken is required (none is stored)");
            return new OktaCredentials.ApiToken(token);
        }
        require(form.apiToken() == null, "A service app has no API token: leave out apiToken");
        require(given(form.clientId()), "clientId is required: the service app's client id");
        String key = given(form.privateKeyJwk()) ? form.privateKeyJwk().strip() : tenant.getOktaPrivateKey().orElse(null);
        require(key != null, "privateKeyJwk is required (none is stored): the service app's private key as a JWK");
        return new OktaCredentials.ServiceApp(form.clientId().strip(), key);
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
