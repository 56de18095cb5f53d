package dev.luccaokta.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luccaokta.tenant.InboxEvent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventPlanTest {

    private static final Instant READ = Instant.parse("2026-12-06T10:00:00Z");

    private static InboxEvent event(String id, String topic, Long employee, String occurredAt) {
        return new InboxEvent("tenant", id, topic, employee, OffsetDateTime.parse(occurredAt));
    }

    @Test
    void eachPersonIsReadOnceWhateverTheNumberOfEventsAboutThem() {
        InboxEvent name = event("1", "employee.updated", 416L, "2026-12-06T10:01:00Z");
        InboxEvent title = event("2", "job-position.updated", 416L, "2026-12-06T10:01:01Z");
        InboxEvent other = event("3", "employment.updated", 417L, "2026-12-06T10:01:02Z");
        EventPlan plan = EventPlan.of(List.of(name, title, other), READ);
        assertThat(plan.people()).containsOnlyKeys(416L, 417L);
        assertThat(plan.people().get(416L)).containsExactly(name.getId(), title.getId());
        assertThat(plan.aboutPeople()).hasSize(3);
        assertThat(plan.organisation()).isEmpty();
    }

    @Test
    void eventsOlderThanTheSnapshotsReadAreDoneAndUnknownTopicsIgnored() {
        InboxEvent old = event("1", "employee.updated", 416L, "2026-12-06T09:59:59Z");
        InboxEvent unknown = event("2", "leave-request.created", null, "2026-12-06T10:05:00Z");
        InboxEvent department = event("3", "department.updated", null, "2026-12-06T10:05:00Z");
        EventPlan plan = EventPlan.of(List.of(old, unknown, department), READ);
        assertThat(plan.superseded()).containsExactly(old.getId());
        assertThat(plan.ignored()).containsExactly(unknown.getId());
        assertThat(plan.organisation()).containsExactly(department.getId());
        assertThat(plan.people()).isEmpty();
    }
}
