package dev.luccaokta.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every request to the connector: its id echoed in {@code X-Request-Id}, counted while under way (so that a
 * shutdown lets it finish), and one log line for each change and each error: method, path without the query
 * (filters may carry names), status, duration, tenant once its token is known, request id. Reads are many and
 * routine, and stay on {@code /metrics}.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class AccessLog extends HttpFilter {

    /** The request attribute under which the SCIM token's tenant id is left for this log. */
    public static final String TENANT = AccessLog.class.getName() + ".tenant";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AccessLog.class.getName());
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    transient RequestId requestId;

    @Inject
    transient ServingState state;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long started = System.nanoTime();
        String id = requestId.value();
        response.setHeader(RequestId.HEADER, id);
        state.enter();
        int status = 500;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            // A stream (Server-Sent Events) is counted until its first answer only: it never ends on its own.
            state.leave();
            if (status >= 400 || !READS.contains(request.getMethod())) {
                long millis = (System.nanoTime() - started) / 1_000_000;
                LOG.log(status >= 500 ? Level.WARNING : Level.INFO, LogLine.of("request", "id", id,
                        "method", request.getMethod(), "path", request.getRequestURI(), "status", status,
                        "durationMs", millis, "tenant", request.getAttribute(TENANT)));
            }
        }
    }
}
