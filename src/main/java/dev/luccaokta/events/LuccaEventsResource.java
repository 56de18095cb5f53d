package dev.luccaokta.events;

import dev.luccaokta.web.BoundedBody;
import dev.luccaokta.web.LogLine;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where Lucca calls a tenant: {@code GET ?echo=} (or the older {@code ?challenge=}) when the endpoint is declared or
 * re-activated, answered with the value as plain text; {@code POST} with one signed event, answered {@code 202} once
 * stored. Refusals carry a short plain-text reason and nothing else.
 */
@Path("lucca/{tenantId}")
public class LuccaEventsResource {

    private static final Logger LOG = Logger.getLogger(LuccaEventsResource.class.getName());
    /** A challenge is a short random token; anything else is not echoed back. */
    private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9._~+/=-]{1,256}");

    @Inject
    EventReception reception;

    @Inject
    @ConfigProperty(name = "events.maxBodyBytes")
    long maxBodyBytes;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public Response challenge(@PathParam("tenantId") String tenantId, @QueryParam("echo") String echo,
                              @QueryParam("challenge") String challenge) {
        String value = echo != null ? echo : challenge;
        if (value == null || !CHALLENGE.matcher(value).matches()) {
            return plain(400, "Lucca's activation challenge sends ?echo=<token>");
        }
        if (!reception.expectsEvents(tenantId)) {
            return plain(404, "No tenant here expects Lucca's events");
        }
        return Response.ok(value, MediaType.TEXT_PLAIN_TYPE).build();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response receive(@PathParam("tenantId") String tenantId, @HeaderParam("Lucca-Timestamp") String timestamp,
                            @HeaderParam("Lucca-Signature") String signature,
                            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length, InputStream body) {
        if (length != null && length > maxBodyBytes) {
            return plain(413, BoundedBody.tooLarge(maxBodyBytes));
        }
        byte[] bytes;
        try (InputStream bounded = new BoundedBody(body, maxBodyBytes)) {
            bytes = bounded.readAllBytes();
        } catch (BoundedBody.TooLarge e) {
            return plain(413, e.getMessage());
        } catch (IOException e) {
            return plain(400, "The body could not be read");
        }
        try {
            return switch (reception.receive(tenantId, timestamp, signature, bytes)) {
                case ACCEPTED -> Response.accepted().build();
                case GONE -> plain(410, "No tenant here takes Lucca's events at this address");
                case NOT_READY -> Response.fromResponse(plain(503, "The subscription is being set up"))
                        .header("Retry-After", "30").build();
                case REFUSED -> plain(401, "Signature or timestamp refused");
                case MALFORMED -> plain(400, "Not an event the connector can read");
            };
        } catch (RuntimeException e) {
            // The inbox could not be written: not acknowledged, so Lucca delivers it again.
            LOG.log(Level.WARNING, LogLine.of("event-not-stored", "tenant", tenantId), e);
            return Response.fromResponse(plain(503, "The event could not be stored; deliver it again"))
                    .header("Retry-After", "30").build();
        }
    }

    private static Response plain(int status, String reason) {
        return Response.status(status).type(MediaType.TEXT_PLAIN_TYPE).entity(reason).build();
    }
}
