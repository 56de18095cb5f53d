package dev.luccaokta.sandbox.api;

import dev.luccaokta.sandbox.json.Envelope;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** Builds the Directory v3 envelope of a response from what JAX-RS knows about the request. */
final class RequestEnvelopes {
    private RequestEnvelopes() {
    }

    static Envelope of(SecurityContext security, Request request, UriInfo uri, Clock clock) {
        return new Envelope(Caller.of(security).getName(), request.getMethod() + " " + uri.getRequestUri(),
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
    }
}
