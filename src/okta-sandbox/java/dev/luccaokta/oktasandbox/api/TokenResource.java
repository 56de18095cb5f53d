package dev.luccaokta.oktasandbox.api;

import dev.luccaokta.oktasandbox.auth.TokenIssuer;
import dev.luccaokta.oktasandbox.errors.OAuthException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The org authorization server's token endpoint, {@code POST /oauth2/v1/token} (see {@link TokenIssuer}). */
@Path("oauth2/v1/token")
public class TokenResource {
    static final int MAX_FORM_BYTES = 16 * 1024;

    @Inject
    TokenIssuer issuer;

    @Context
    UriInfo uri;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(InputStream body, @HeaderParam("DPoP") String proof) throws IOException {
        TokenIssuer.Grant grant = issuer.issue(form(body), proof, uri.getRequestUriBuilder().replaceQuery(null).build());
        return Response.ok(Json.createObjectBuilder().add("token_type", grant.tokenType())
                        .add("expires_in", grant.expiresIn()).add("access_token", grant.accessToken())
                        .add("scope", grant.scope()).build())
                .header("Cache-Control", "no-store").build();
    }

    /** The form fields, read whole under a cap; a field given twice is refused, as OAuth requires. */
    private static Map<String, String> form(InputStream body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(MAX_FORM_BYTES + 1);
        if (bytes.length > MAX_FORM_BYTES) {
            throw OAuthException.badRequest("invalid_request", "The request body is too large.");
        }
        Map<String, String> fields = new HashMap<>();
        for (String pair : new String(bytes, StandardCharsets.UTF_8).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                if (fields.put(name, value) != null) {
                    throw OAuthException.badRequest("invalid_request", "The parameter " + name + " is repeated.");
                }
            } catch (IllegalArgumentException e) {
                throw OAuthException.badRequest("invalid_request", "The request body is not a valid form.");
            }
        }
        return fields;
    }
}
