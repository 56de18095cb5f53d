package dev.luccaokta.lucca;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The {@code Deprecation} and {@code Sunset} headers Lucca puts on its answers, by instance and route (Lucca's own,
 * {@code GET /api/v3/users/{id}}, under the instance's base URL), so that the status can tell an administrator that a
 * route the connector calls is going away before it does.
 */
@ApplicationScoped
public class LuccaNotices {

    private static final Logger LOG = Logger.getLogger(LuccaNotices.class.getName());
    /** Routes kept per instance: enough for every route the connector calls, not a store Lucca could fill. */
    private static final int MAX_ROUTES = 32;
    private static final int MAX_HEADER_CHARS = 200;
    private static final Duration REMEMBERED = Duration.ofDays(7);

    /** What Lucca said about one route, and when it last said it. */
    public record Notice(String route, String deprecation, String sunset, Instant lastSeen) {
    }

    private final Map<URI, Map<String, Notice>> byInstance = new ConcurrentHashMap<>();
    @Inject
    Clock clock;

    /** The notices seen on this instance in the last week, by route: one Lucca took back is forgotten. */
    public List<Notice> of(URI baseUrl) {
        Instant weekAgo = clock.instant().minus(REMEMBERED);
        return byInstance.getOrDefault(baseUrl, Map.of()).values().stream()
                .filter(notice -> notice.lastSeen().isAfter(weekAgo))
                .sorted(Comparator.comparing(Notice::route)).toList();
    }

    /** A filter for the Rest Clients of one instance. */
    ClientResponseFilter recorder(URI baseUrl) {
        return new Recorder(baseUrl);
    }

    /** Notes the headers of each answer from one instance (a class, not a lambda: RESTEasy inspects providers). */
    private final class Recorder implements ClientResponseFilter {
        private final URI baseUrl;
        /** The base URL's own path ({@code /lucca} behind a proxy), which is no part of Lucca's route. */
        private final String basePath;

        Recorder(URI baseUrl) {
            this.baseUrl = baseUrl;
            this.basePath = baseUrl.getPath() == null ? "" : baseUrl.getPath().replaceAll("/+$", "");
        }

        @Override
        public void filter(ClientRequestContext request, ClientResponseContext response) {
            String deprecation = bounded(response.getHeaderString("Deprecation"));
            String sunset = bounded(response.getHeaderString("Sunset"));
            if (deprecation == null && sunset == null) {
                return;
            }
            String path = request.getUri().getPath();
            String relative = !basePath.isEmpty() && path.startsWith(basePath + "/")
                    ? path.substring(basePath.length()) : path;
            String route = request.getMethod() + " " + relative.replaceAll("/\\d+(?=/|$)", "/{id}");
            Map<String, Notice> routes = byInstance.computeIfAbsent(baseUrl, key -> new ConcurrentHashMap<>());
            if (routes.size() < MAX_ROUTES || routes.containsKey(route)) {
                Notice previous = routes.put(route, new Notice(route, deprecation, sunset, clock.instant()));
                if (previous == null) {
                    LOG.warning(() -> "Lucca at " + baseUrl + " announces the end of " + route + " (Deprecation: "
                            + deprecation + ", Sunset: " + sunset + ")");
                }
            }
        }
    }

    private static String bounded(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String clean = header.strip().replaceAll("[\\p{Cntrl}]", "");
        return clean.length() > MAX_HEADER_CHARS ? clean.substring(0, MAX_HEADER_CHARS) : clean;
    }
}
