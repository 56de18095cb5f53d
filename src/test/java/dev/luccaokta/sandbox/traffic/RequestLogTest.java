package dev.luccaokta.sandbox.traffic;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RequestLogTest {

    @Test
    void countsByEndpointAndStatusUntilCleared() {
        RequestLog log = new RequestLog();
        log.record(log.arrival(), "GET /api/v3/users", 200);
        log.record(log.arrival(), "GET /api/v3/users", 429);
        log.record(log.arrival(), "GET /api/v3/users/{id}", 200);

        RequestLog.Snapshot snapshot = log.snapshot();
        log.clear();

        assertThat(snapshot.total()).isEqualTo(3);
        assertThat(snapshot.byEndpoint()).isEqualTo(Map.of("GET /api/v3/users", 2L, "GET /api/v3/users/{id}", 1L));
        assertThat(snapshot.byStatus()).isEqualTo(Map.of("200", 2L, "429", 1L));
        assertThat(log.snapshot().total()).isZero();
        assertThat(log.snapshot().byEndpoint()).isEmpty();
    }

    @Test
    void aRequestAnsweredAfterAClearIsNotCountedInTheNewLog() {
        RequestLog log = new RequestLog();
        long inFlight = log.arrival();

        log.clear();
        log.record(inFlight, "GET /api/v3/users", 200);
        log.record(log.arrival(), "GET /api/v3/departments", 200);

        assertThat(log.snapshot().byEndpoint()).isEqualTo(Map.of("GET /api/v3/departments", 1L));
    }
}
