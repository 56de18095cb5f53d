package dev.luccaokta.admin;

import dev.luccaokta.tenant.Tenant;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Pushes a tenant's status to the administration page as Server-Sent Events, now and then every few seconds,
 * until the page goes away.
 */
@ApplicationScoped
public class StatusStream {

    private static final Logger LOG = Logger.getLogger(StatusStream.class.getName());

    @Inject
    TenantInsight insight;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "admin.statusPushSeconds", defaultValue = "2")
    long pushSeconds;

    void open(Tenant tenant, SseEventSink sink, Sse sse) {
        AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
        task.set(scheduler.scheduleAtFixedRate(() -> {
            if (sink.isClosed()) {
                cancel(task);
                return;
            }
            try {
                JsonObject status = insight.status(tenant);
                CompletionStage<?> sent = sink.send(sse.newEventBuilder().name("status")
                        .mediaType(MediaType.APPLICATION_JSON_TYPE).data(JsonObject.class, status).build());
                sent.exceptionally(gone -> {
                    cancel(task);
                    return null;
                });
            } catch (RuntimeException e) {
                // Lucca failing is shown by the next status; the stream itself keeps going.
                LOG.log(Level.FINE, "Status of tenant " + tenant.getId() + " could not be read", e);
            }
        }, 0, pushSeconds, TimeUnit.SECONDS));
    }

    /** The first run may come before the task is known; it then ends on the next run. */
    private static void cancel(AtomicReference<ScheduledFuture<?>> task) {
        ScheduledFuture<?> scheduled = task.get();
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }
}
