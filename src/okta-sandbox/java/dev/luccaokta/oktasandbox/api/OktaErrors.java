package dev.luccaokta.oktasandbox.api;

import dev.luccaokta.oktasandbox.errors.OAuthException;
import dev.luccaokta.oktasandbox.errors.OktaApiException;
import dev.luccaokta.oktasandbox.directory.OktaIds;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Okta's error bodies as responses: the management API's, with a fresh {@code errorId}, and OAuth's. */
final class OktaErrors {
    private OktaErrors() {
    }

    static Response of(OktaApiException error) {
        JsonArrayBuilder causes = Json.createArrayBuilder();
        error.causes().forEach(cause -> causes.add(Json.createObjectBuilder().add("errorSummary", cause)));
        Response.ResponseBuilder response = Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.createObjectBuilder().add("errorCode", error.code()).add("errorSummary", error.getMessage())
                        .add("errorLink", error.code()).add("errorId", OktaIds.next("oae")).add("errorCauses", causes)
                        .build());
        error.headers().forEach(response::header);
        return response.build();
    }

    static Response of(OAuthException error) {
        Response.ResponseBuilder response = Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store")
                .entity(Json.createObjectBuilder().add("error", error.error())
                        .add("error_description", error.getMessage()).build());
        error.headers().forEach(response::header);
        return response.build();
    }
}
