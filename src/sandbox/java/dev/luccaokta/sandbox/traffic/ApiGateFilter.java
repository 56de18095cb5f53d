package dev.luccaokta.sandbox.traffic;

import dev.luccaokta.sandbox.auth.ApiKey;
import dev.luccaokta.sandbox.auth.ApiKeyRegistry;
import dev.luccaokta.sandbox.auth.AuthorizationHeader;
import dev.luccaokta.sandbox.json.LuccaError;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Applies the {@link ApiGate}'s decision to every request outside {@code /sandbox/} (the admin endpoints are neither
 * limited nor logged) and {@code /connect/} (the token endpoint is logged only), legacy and Lucca API (v5) routes
 * alike, so that both spend one budget: waits for the simulated latency, answers refusals with Lucca's error body, drops connections,
 * and records each request and its final status in the {@link RequestLog}. Every answer to a route whose end is
 * announced in the {@link Deprecations}, refusals included, carries its {@code Deprecation} and {@code Sunset} headers.
 */
@WebFilter(urlPatterns = "/*")
public class ApiGateFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ApiGateFilter.class.getName());
    private static final String ADMIN_PATH = "/sandbox";
    /** Lucca's token endpoint lives on a host of its own, outside every tenant's budget and faults. */
    private static final String TOKEN_PATH = "/connect/";

    @Inject
    private transient ApiGate gate;
    @Inject
    private transient RequestLog requestLog;
    @Inject
    private transient Deprecations deprecations;
    @Inject
    private transient ApiKeyRegistry apiKeys;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(ADMIN_PATH) || path.startsWith(ADMIN_PATH + "/")) {
            chain.doFilter(request, response);
            return;
        }
        long arrival = System.nanoTime();
        long logGeneration = requestLog.arrival();
        String endpoint = EndpointKey.of(request.getMethod(), path);
        deprecations.of(endpoint).ifPresent(notice -> announce(response, notice));
        if (path.startsWith(TOKEN_PATH)) {
            try {
                chain.doFilter(request, response);
            } finally {
                requestLog.record(logGeneration, endpoint, response.getStatus());
            }
            return;
        }
        try {
            int keyId = AuthorizationHeader.apiKey(request.getHeader("Authorization")).flatMap(apiKeys::find)
                    .map(ApiKey::id).orElse(0);
            GateDecision decision = gate.admit("PUT".equals(request.getMethod()), keyId);
            if (decision instanceof GateDecision.Proceed proceed) {
                pause(proceed.latencyMillis());
                request.setAttribute(RequestDeadline.ATTRIBUTE, new RequestDeadline(
                        arrival + Duration.ofMillis(proceed.timeoutMillis()).toNanos(), proceed.timeoutMillis()));
                chain.doFilter(request, response);
            } else if (decision instanceof GateDecision.Refuse refusal) {
                pause(refusal.delayMillis());
                refuse(response, refusal, LuccaError.isLuccaApiPath(path));
            } else {
                ConnectionDrop.dropMidResponse(request, response);
            }
        } finally {
            requestLog.record(logGeneration, endpoint, response.getStatus());
        }
    }

    /** Set before the answer is written, so that the API's answer and the gate's refusals carry them alike. */
    private static void announce(HttpServletResponse response, Deprecation notice) {
        response.setHeader("Deprecation", notice.deprecation());
        if (notice.sunset() != null) {
            response.setHeader("Sunset", notice.sunset());
        }
    }

    private static void refuse(HttpServletResponse response, GateDecision.Refuse refusal, boolean luccaApi)
            throws IOException {
        response.setStatus(refusal.status());
        response.setContentType(luccaApi ? LuccaError.PROBLEM_JSON : "application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        refusal.retryAfterSeconds().ifPresent(seconds -> response.setHeader("Retry-After", String.valueOf(seconds)));
        response.getWriter().write((luccaApi ? LuccaError.problem(refusal.status(), "Request refused", refusal.message())
                : LuccaError.body(refusal.status(), refusal.message())).toString());
    }

    private static void pause(int millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            // The server is shutting down: answer at once rather than hold the thread.
            Thread.currentThread().interrupt();
            LOG.log(Level.FINE, "Simulated latency interrupted", e);
        }
    }
}
