package dev.luccaokta.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class DeliveredEventTest {

    private static DeliveredEvent parse(String json) throws DeliveredEvent.Malformed {
        return DeliveredEvent.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anEmployeeEventIsAboutTheEmployeeItCarries() throws Exception {
        DeliveredEvent event = parse("""
                {"id":"2455623","type":"event","topic":"employee.updated","occurredAt":"2025-01-01T08:34:20.120Z",
                 "data":{"id":"416","type":"employee","givenName":"Ignored"}}""");
        assertThat(event.id()).isEqualTo("2455623");
        assertThat(event.topic()).isEqualTo("employee.updated");
        assertThat(event.occurredAt()).isEqualTo(OffsetDateTime.parse("2025-01-01T08:34:20.120Z"));
        assertThat(event.employeeId()).contains(416L);
    }

    @Test
    void employmentAndJobPositionEventsAreAboutTheirEmployee() throws Exception {
        assertThat(parse("""
                {"id":"1","topic":"employment.updated","occurredAt":"2025-01-01T08:00:00Z",
                 "data":{"id":"4561","employee":{"id":"416","type":"employee"}}}""").employeeId()).contains(416L);
        assertThat(parse("""
                {"id":"2","topic":"job-position.created","occurredAt":"2025-01-01T08:00:00+01:00",
                 "data":{"id":"74","employee":{"id":417}}}""").employeeId()).contains(417L);
    }

    @Test
    void organisationAndUnknownTopicsNeedNoEmployee() throws Exception {
        DeliveredEvent department = parse("""
                {"id":"3","topic":"department.updated","occurredAt":"2025-01-01T08:00:00Z","data":{"id":"32"}}""");
        assertThat(department.employeeId()).isEmpty();
        assertThat(DeliveredEvent.isAboutOrganisation(department.topic())).isTrue();
        DeliveredEvent unknown = parse("""
                {"id":"4","topic":"leave-request.created","occurredAt":"2025-01-01T08:00:00Z"}""");
        assertThat(DeliveredEvent.isAboutPeople(unknown.topic()) || DeliveredEvent.isAboutOrganisation(unknown.topic())).isFalse();
    }

    @Test
    void eventsWithoutWhatTheConnectorNeedsAreMalformed() {
        assertThatThrownBy(() -> parse("[]")).isInstanceOf(DeliveredEvent.Malformed.class);
        assertThatThrownBy(() -> parse("{not json")).isInstanceOf(DeliveredEvent.Malformed.class);
        assertThatThrownBy(() -> parse("""
                {"topic":"employee.updated","occurredAt":"2025-01-01T08:00:00Z","data":{"id":"1"}}"""))
                .hasMessageContaining("id");
        assertThatThrownBy(() -> parse("""
                {"id":"1 OR 1=1","topic":"employee.updated","occurredAt":"2025-01-01T08:00:00Z","data":{"id":"1"}}"""))
                .isInstanceOf(DeliveredEvent.Malformed.class);
        assertThatThrownBy(() -> parse("""
                {"id":"1","topic":"Employee Updated!","occurredAt":"2025-01-01T08:00:00Z"}"""))
                .hasMessageContaining("topic");
        assertThatThrownBy(() -> parse("""
                {"id":"1","topic":"employee.updated","occurredAt":"yesterday","data":{"id":"1"}}"""))
                .hasMessageContaining("occurredAt");
        assertThatThrownBy(() -> parse("""
                {"id":"1","topic":"employee.updated","occurredAt":"2025-01-01T08:00:00Z","data":{"id":"x"}}"""))
                .hasMessageContaining("names its employee");
        assertThatThrownBy(() -> parse("""
                {"id":"1","topic":"employment.updated","occurredAt":"2025-01-01T08:00:00Z","data":{"id":"9"}}"""))
                .hasMessageContaining("names its employee");
    }
}
