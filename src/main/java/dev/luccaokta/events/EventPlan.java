package dev.luccaokta.events;

import dev.luccaokta.tenant.InboxEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a batch of a tenant's events asks for, in the order they occurred: the people to read again (each once,
 * whatever the number of events about them), whether the organisation changed (the tenant is read in full), the
 * events a full read made after them already holds, and those about nothing the connector shows.
 *
 * <pre>{@code
 * EventPlan plan = EventPlan.of(batch, known.readAt().minus(OVERLAP));
 * reader.employees(instance, plan.people().keySet(), ...);
 * }</pre>
 *
 * @param people       event ids (inbox row ids) by the employee they are about
 * @param organisation events about departments, establishments or legal entities
 * @param superseded   events that occurred before the snapshot's read of Lucca
 * @param ignored      events on topics the connector does not act on
 */
record EventPlan(Map<Long, List<String>> people, List<String> organisation, List<String> superseded, List<String> ignored) {

    /** @param readBefore events that occurred before this instant are in the snapshot already */
    static EventPlan of(List<InboxEvent> batch, Instant readBefore) {
        Map<Long, List<String>> people = new LinkedHashMap<>();
        List<String> organisation = new ArrayList<>();
        List<String> superseded = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (InboxEvent event : batch) {
            String topic = event.getTopic();
            if (!DeliveredEvent.isAboutPeople(topic) && !DeliveredEvent.isAboutOrganisation(topic)) {
                ignored.add(event.getId());
            } else if (event.getOccurredAt().toInstant().isBefore(readBefore)) {
                superseded.add(event.getId());
            } else if (DeliveredEvent.isAboutOrganisation(topic)) {
                organisation.add(event.getId());
            } else if (event.getEmployeeId().isPresent()) {
                people.computeIfAbsent(event.getEmployeeId().get(), id -> new ArrayList<>()).add(event.getId());
            } else {
                ignored.add(event.getId());
            }
        }
        return new EventPlan(people, organisation, superseded, ignored);
    }

    /** Every event about people, whatever the person. */
    List<String> aboutPeople() {
        return people.values().stream().flatMap(List::stream).toList();
    }
}
