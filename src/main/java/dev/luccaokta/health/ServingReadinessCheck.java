package dev.luccaokta.health;

import dev.luccaokta.web.ServingState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the WAR serves: the server registers health checks before the web module starts, and the
 * instance must leave the load balancer's rotation as soon as it is told to stop, while its last requests finish
 * (how many are left is reported, to watch a drain).
 */
@Readiness
@ApplicationScoped
public class ServingReadinessCheck implements HealthCheck {

    @Inject
    ServingState state;

    @Override
    public HealthCheckResponse call() {
        ServingState.Phase phase = state.phase();
        return HealthCheckResponse.named("serving")
                .status(phase == ServingState.Phase.SERVING)
                .withData("phase", phase.name())
                .withData("since", state.since().toString())
                .withData("requestsUnderWay", state.inFlight())
                .build();
    }
}
