package dev.luccaokta.admin;

import dev.luccaokta.okta.push.PushInsight;
import dev.luccaokta.okta.push.PushStatus;
import dev.luccaokta.okta.push.PushWatcher;
import dev.luccaokta.tenant.Tenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * How a tenant's push to Okta goes (the people waiting, the latest import session, the lag from Lucca to Okta), and
 * everyone sent again on an administrator's ask.
 */
@Path("tenants/{id}/push")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "tenants")
public class PushResource {

    @Inject
    AuthorizedTenant authorized;

    @Inject
    PushInsight insight;

    @Inject
    PushWatcher watcher;

    @GET
    @Path("status")
    @Operation(operationId = "getPushStatus", summary = "The push to Okta: the people waiting to be sent and the "
            + "earliest change among them, whether Okta's per-user endpoints are used, the latest import session, and "
            + "the lag from a change in Lucca to Okta's acceptance over the last 24 hours and per hour over 7 days")
    @APIResponseSchema(value = PushStatus.class, responseCode = "200", responseDescription = "The push's status")
    public PushStatus status(@PathParam("id") String id) {
        return insight.status(authorized.of(id));
    }

    @POST
    @Path("reconcile")
    @Operation(operationId = "reconcilePush", summary = "Send everyone to Okta again at the next look (within "
            + "okta.push.watchMillis), whatever Okta was last sent, and delete whoever left: for an Okta that lost or "
            + "changed people (the daily reconciliation sends only what differs from what Okta was last sent)")
    @APIResponseSchema(value = PushStatus.class, responseCode = "200", responseDescription = "The push's status")
    public PushStatus reconcile(@PathParam("id") String id) {
        Tenant tenant = authorized.of(id);
        watcher.reconcile(tenant.getId());
        return insight.status(tenant);
    }
}
