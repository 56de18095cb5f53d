package dev.luccaokta.sandbox.webhooks;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * The {@link DeliveryFaults} in force, shared by every delivery.
 *
 * <pre>{@code
 * faults.update(current -> current.with(body));
 * }</pre>
 */
public final class WebhookFaults {
    private final DeliveryFaults defaults;
    private final AtomicReference<DeliveryFaults> inForce;

    public WebhookFaults(DeliveryFaults defaults) {
        this.defaults = defaults;
        this.inForce = new AtomicReference<>(defaults);
    }

    public DeliveryFaults current() {
        return inForce.get();
    }

    /** Applies a change (a pure function) as a whole: all of it or, if it throws, none of it. */
    public DeliveryFaults update(UnaryOperator<DeliveryFaults> change) {
        return inForce.updateAndGet(change);
    }

    /** No fault, the configured challenge parameter and response policy. */
    public DeliveryFaults reset() {
        inForce.set(defaults);
        return defaults;
    }
}
