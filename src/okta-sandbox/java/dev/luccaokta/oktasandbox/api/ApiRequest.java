package dev.luccaokta.oktasandbox.api;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/** What the identity-sources endpoints need of a request to authorize it: its source, method, URL and headers. */
public class ApiRequest {
    @PathParam("sourceId")
    String sourceId;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    Request request;

    String sourceId() {
        return sourceId;
    }

    String method() {
        return request.getMethod();
    }

    /** The URL as the client addressed it, without the query: what a DPoP proof's {@code htu} names. */
    URI url() {
        return uri.getRequestUriBuilder().replaceQuery(null).fragment(null).build();
    }

    String header(String name) {
        return headers.getHeaderString(name);
    }
}
