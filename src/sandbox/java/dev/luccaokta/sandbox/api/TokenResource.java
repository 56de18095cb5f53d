package dev.luccaokta.sandbox.api;

import dev.luccaokta.sandbox.auth.AccessToken;
import dev.luccaokta.sandbox.auth.OAuthClient;
import dev.luccaokta.sandbox.auth.OAuthClientRegistry;
import dev.luccaokta.sandbox.json.JsonValues;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Lucca's token endpoint ({@code POST /connect/token}, OAuth 2.0 client credentials): a form with the client's id and
 * secret and the space-separated scopes it wants, all of them when it names none. Refusals are RFC 6749 §5.2
 * errors. The answer is never cached.
 */
@Path("connect/token")
@Dependent
public class TokenResource {
    /** Lucca caps the scope string. */
    private static final int MAX_SCOPE_LENGTH = 4000;

    @Inject
    OAuthClientRegistry clients;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(MultivaluedMap<String, String> form) {
        String grantType = single(form, "grant_type");
        if (grantType == null) {
            return refuse("invalid_request", "grant_type is required, once");
        }
        if (!"client_credentials".equals(grantType)) {
            return refuse("unsupported_grant_type", "Only grant_type=client_credentials is supported");
        }
        String clientId = single(form, "client_id");
        String secret = single(form, "client_secret");
        if (clientId == null || secret == null) {
            return refuse("invalid_request", "client_id and client_secret are required, once each");
        }
        OAuthClient client = clients.authenticate(clientId, secret).orElse(null);
        if (client == null) {
            return refuse("invalid_client", "Unknown client or wrong secret");
        }
        String scope = single(form, "scope");
        if (scope != null && scope.length() > MAX_SCOPE_LENGTH) {
            return refuse("invalid_scope", "The scope is longer than " + MAX_SCOPE_LENGTH + " characters");
        }
        Set<String> wanted = scope == null || scope.isBlank() ? client.scopes()
                : new LinkedHashSet<>(Arrays.asList(scope.trim().split(" +")));
        List<String> notGranted = wanted.stream().filter(name -> !client.scopes().contains(name)).sorted().toList();
        if (!notGranted.isEmpty()) {
            return refuse("invalid_scope", "Not granted to this client: " + String.join(" ", notGranted));
        }
        AccessToken token = clients.issue(client, wanted);
        return Response.ok(JsonValues.object()
                        .add("access_token", token.value())
                        .add("token_type", "Bearer")
                        .add("expires_in", clients.lifetimeSeconds())
                        .add("scope", String.join(" ", wanted))
                        .build())
                .header("Cache-Control", "no-store").build();
    }

    private static String single(MultivaluedMap<String, String> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.size() != 1 ? null : values.get(0);
    }

    private static Response refuse(String error, String description) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store")
                .entity(JsonValues.object().add("error", error).add("error_description", description).build())
                .build();
    }
}
