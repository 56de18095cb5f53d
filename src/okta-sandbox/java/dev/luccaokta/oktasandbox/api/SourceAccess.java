package dev.luccaokta.oktasandbox.api;

import dev.luccaokta.oktasandbox.auth.ApiAuthenticator;
import dev.luccaokta.oktasandbox.auth.Caller;
import dev.luccaokta.oktasandbox.directory.IdentitySource;
import dev.luccaokta.oktasandbox.directory.IdentitySources;
import dev.luccaokta.oktasandbox.errors.OktaApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Decides whether a request may reach an identity source, in Okta's order: a valid credential (401), a known source
 * (404), the Identity Source Apps feature (403), the individual-entities feature for the per-entity endpoints (404),
 * then the scope (403).
 */
@ApplicationScoped
public class SourceAccess {
    @Inject
    ApiAuthenticator authenticator;

    @Inject
    IdentitySources sources;

    /** For the session and bulk endpoints. */
    String sessions(ApiRequest call, String scope) {
        return authorize(call, scope, false).id();
    }

    /** For the per-user, group and membership endpoints. */
    String entities(ApiRequest call, String scope) {
        return authorize(call, scope, true).id();
    }

    private IdentitySource authorize(ApiRequest call, String scope, boolean individual) {
        Caller caller = authenticator.authenticate(call.header("Authorization"), call.header("DPoP"), call.method(), call.url());
        IdentitySource source = sources.find(call.sourceId())
                .orElseThrow(() -> OktaApiException.notFound(call.sourceId(), "IdentitySource"));
        if (!source.identitySourceApps()) {
            throw OktaApiException.forbidden("The Identity Source Apps feature is not enabled for this org.");
        }
        if (individual && !source.individualEntities()) {
            throw OktaApiException.notFound(call.url().getPath(), "Endpoint");
        }
        if (!caller.may(scope)) {
            throw OktaApiException.forbidden("The access token does not hold the scope " + scope + ".");
        }
        return source;
    }
}
