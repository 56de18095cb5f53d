package dev.luccaokta.okta;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * One call to a source's identity-sources API, authorized as its credentials say: {@code SSWS} with an API token;
 * with a service app, its access token ({@code DPoP} with a fresh proof, or {@code Bearer} when Okta did not bind
 * it). Two answers are Okta's protocol rather than its verdict, and are acted upon once each: a {@code 401} asking
 * for a DPoP nonce (sent again with it), and any other {@code 401} to a service app (its token dropped, a new one
 * asked for, sent again). Okta applies nothing it answers 401, so sending a write again then is safe. Every other
 * answer that is not a success becomes an {@link OktaFailure}.
 */
@ApplicationScoped
public class OktaCalls {

    private final OktaHttp http;
    private final OktaTokens tokens;
    private final Dpop dpop;
    private final Clock clock;

    @Inject
    public OktaCalls(OktaHttp http, Dpop dpop, Clock clock) {
        this.http = http;
        this.dpop = dpop;
        this.clock = clock;
        // One cache of tokens for the application, as this bean is one.
        this.tokens = new OktaTokens(http, dpop, clock);
    }

    /** For the container's proxy, which hands every call to an instance made with the constructor above. */
    protected OktaCalls() {
        this(null, null, null);
    }

    /**
     * Sends one request and returns Okta's successful answer (any 2xx).
     *
     * @param path the path from the org's root, its segments encoded
     * @param json the request's body ({@link OktaJson#write}); null for none
     * @throws OktaFailure when no success came
     */
    OktaAnswer call(OktaSource source, String method, String path, String json, OktaErrors.Target target) {
        URI url = URI.create(source.orgUrl() + path);
        OktaAnswer answer = send(source, method, url, json);
        if (!answer.successful()) {
            throw OktaErrors.failure(answer, target, clock.instant());
        }
        return answer;
    }

    private OktaAnswer send(OktaSource source, String method, URI url, String json) {
        if (source.credentials() instanceof OktaCredentials.ApiToken apiToken) {
            return http.send(request(method, url, json).header("Authorization", "SSWS " + apiToken.token()));
        }
        OktaCredentials.ServiceApp app = (OktaCredentials.ServiceApp) source.credentials();
        URI org = source.orgUrl();
        OktaTokens.AccessToken token = tokens.token(org, app);
        boolean nonceGiven = false;
        boolean renewed = false;
        while (true) {
            HttpRequest.Builder request = request(method, url, json).header("Authorization", token.authorization());
            if (token.dpop()) {
                request.header("DPoP", dpop.proof(method, url, dpop.nonce(org, Dpop.Side.API).orElse(null),
                        token.value(), clock.instant()));
            }
            OktaAnswer answer = http.send(request);
            if (token.dpop() && dpop.askedForNonce(org, Dpop.Side.API, answer) && !nonceGiven) {
                nonceGiven = true;
            } else if (answer.status() == 401 && !renewed) {
                renewed = true;
                tokens.forget(org, app, token);
                token = tokens.token(org, app);
            } else {
                return answer;
            }
        }
    }

    private static HttpRequest.Builder request(String method, URI url, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).header("Accept", "application/json");
        if (json == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }
}
