package dev.luccaokta.sandbox.admin;

import dev.luccaokta.sandbox.webhooks.WebhookFaults;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.logging.Logger;

/**
 * The webhook switches ({@code /sandbox/webhooks/faults}): delivery faults, the challenge's parameter and the
 * response-code table. Every call answers with the switches in force.
 */
@Path("sandbox/webhooks/faults")
@Produces(MediaType.APPLICATION_JSON)
@Dependent
public class WebhookFaultsResource {
    private static final Logger LOG = Logger.getLogger(WebhookFaultsResource.class.getName());

    @Inject
    WebhookFaults faults;

    @GET
    public JsonObject current() {
        return faults.current().toJson();
    }

    /** Changes only the switches present in the body; nothing changes when one of them is refused. */
    @PUT
    public JsonObject change(String body) {
        JsonObject changes = AdminJson.object(body);
        JsonObject updated = faults.update(current -> current.with(changes)).toJson();
        LOG.info(() -> "Webhook switches now " + updated);
        return updated;
    }

    @DELETE
    public JsonObject clear() {
        return faults.reset().toJson();
    }
}
