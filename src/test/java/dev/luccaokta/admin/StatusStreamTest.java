package dev.luccaokta.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luccaokta.tenant.Tenant;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import org.junit.jupiter.api.Test;

/**
 * The stream's own bookkeeping where the server cannot be made to fail on demand, its periodic task run by hand: the
 * scheduler here only records it. A secret that no longer opens is streamed as errors over HTTP in ConfigurationRestartIT.
 */
class StatusStreamTest {

    private static final Tenant TENANT = new Tenant() {
        @Override
        public String getId() {
            return "tenant-1";
        }
    };

    private final List<Runnable> scheduled = new ArrayList<>();
    private final List<OutboundSseEvent> sent = new ArrayList<>();
    private boolean closed;
    @Test
    void otherFailuresSayNothingOfWhatLiesInside() {
        StatusStream stream = stream(failingWith(new IllegalStateException("jdbc:postgresql://db.internal/secret-name")));
        stream.open(TENANT, "ada@example.com", sink(), sse());

        scheduled.get(0).run();

        JsonObject error = (JsonObject) sent.get(0).getData();
        assertThat(error.getInt("status")).isEqualTo(503);
        assertThat(error.toString()).doesNotContain("jdbc", "internal");
        assertThat(closed).isFalse();
    }

    @Test
    void aStreamThatCouldNotBeScheduledGivesItsPlaceBack() {
        StatusStream stream = stream(failingWith(new IllegalStateException("never asked")));
        stream.scheduler = fake(ManagedScheduledExecutorService.class, (method, args) -> {
            throw new RejectedExecutionException("shutting down");
        });

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> stream.open(TENANT, "ada@example.com", sink(), sse()))
                    .isInstanceOf(RejectedExecutionException.class);
        }
    }

    /** A stream pushing every 2 s, one per account, on a scheduler that only records what it is handed. */
    private StatusStream stream(StreamedStatus statuses) {
        StatusStream made = new StatusStream(statuses, fake(HttpServletRequest.class, (method, args) -> null), 2, 1);
        made.scheduler = fake(ManagedScheduledExecutorService.class, (method, args) -> {
            scheduled.add((Runnable) args[0]);
            return fake(ScheduledFuture.class, (m, a) -> m.getName().equals("cancel") ? true : null);
        });
        return made;
    }

    private static StreamedStatus failingWith(RuntimeException failure) {
        return new StreamedStatus() {
            @Override
            public Optional<TenantInsight.Status> next(String tenantId, String mail, Optional<String> session) {
                throw failure;
            }
        };
    }

    private SseEventSink sink() {
        return fake(SseEventSink.class, (method, args) -> switch (method.getName()) {
            case "isClosed" -> closed;
            case "send" -> {
                sent.add((OutboundSseEvent) args[0]);
                yield CompletableFuture.completedFuture(null);
            }
            case "close" -> {
                closed = true;
                yield null;
            }
            default -> throw new UnsupportedOperationException(method.getName());
        });
    }

    /** Events that remember their name and data. */
    private static Sse sse() {
        return fake(Sse.class, (method, args) -> {
            String[] name = new String[1];
            Object[] data = new Object[1];
            return fake(OutboundSseEvent.Builder.class, new Answer() {
                @Override
                public Object answer(java.lang.reflect.Method built, Object[] values) {
                    switch (built.getName()) {
                        case "name" -> name[0] = (String) values[0];
                        case "data" -> data[0] = values[values.length - 1];
                        case "build" -> {
                            return fake(OutboundSseEvent.class, (m, a) -> switch (m.getName()) {
                                case "getName" -> name[0];
                                case "getData" -> data[0];
                                default -> null;
                            });
                        }
                        default -> {
                        }
                    }
                    return fake(OutboundSseEvent.Builder.class, this);
                }
            });
        });
    }

    private interface Answer {
        Object answer(java.lang.reflect.Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T fake(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(StatusStreamTest.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> method.getName().equals("toString") ? type.getSimpleName()
                        : answer.answer(method, args == null ? new Object[0] : args));
    }
}
