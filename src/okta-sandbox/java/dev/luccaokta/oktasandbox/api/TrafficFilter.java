package dev.luccaokta.oktasandbox.api;

import dev.luccaokta.oktasandbox.emulator.Fault;
import dev.luccaokta.oktasandbox.emulator.Faults;
import dev.luccaokta.oktasandbox.emulator.RequestLog;
import dev.luccaokta.oktasandbox.errors.OktaApiException;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stands between clients and the org (not its control API): injects the fault switched on, and logs each request
 * answered by method, path and status, never its headers or body.
 */
@Provider
public class TrafficFilter implements ContainerRequestFilter, ContainerResponseFilter {
    static final int RATE_LIMIT = 600;

    @Inject
    Faults faults;

    @Inject
    RequestLog log;

    @Inject
    Clock clock;

    @Override
    public void filter(ContainerRequestContext request) {
        if (control(request)) {
            return;
        }
        Optional<Fault> fault = faults.take();
        if (fault.isEmpty()) {
            return;
        }
        if (fault.get().status() == 0) {
            try {
                faults.hang(fault.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        request.abortWith(OktaErrors.of(error(fault.get())));
    }

    private OktaApiException error(Fault fault) {
        return switch (fault.status()) {
            case 429 -> new OktaApiException(429, "E0000047", "API call exceeded rate limit due to too many requests.",
                    List.of(), Map.of("X-Rate-Limit-Limit", Integer.toString(RATE_LIMIT), "X-Rate-Limit-Remaining", "0",
                    "X-Rate-Limit-Reset", Long.toString(clock.instant().plus(fault.rateLimitReset()).getEpochSecond())));
            case 503 -> new OktaApiException(503, "E0000010", "Service is in read only mode", List.of(), Map.of());
            default -> new OktaApiException(500, "E0000009", "Internal Server Error", List.of(), Map.of());
        };
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!control(request)) {
            log.record(new RequestLog.Entry(request.getMethod(), "/" + request.getUriInfo().getPath(),
                    response.getStatus(), clock.instant()));
        }
    }

    private static boolean control(ContainerRequestContext request) {
        return request.getUriInfo().getPath().startsWith("emulator");
    }
}
