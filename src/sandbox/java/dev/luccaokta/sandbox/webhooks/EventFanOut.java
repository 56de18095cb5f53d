package dev.luccaokta.sandbox.webhooks;

import dev.luccaokta.sandbox.data.Employee;
import dev.luccaokta.sandbox.json.JsonValues;
import dev.luccaokta.sandbox.json.LuccaApiJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The events one change to a person makes: each of the person's Lucca API (v5) resources (employee, employment, job
 * position) whose own representation changed gets a {@code .updated} event with the previous values of what changed;
 * a hire makes {@code employee.created}, {@code employment.created} and {@code job-position.created}. Timestamps are
 * not changes: a change that only stamps {@code lastUpdatedAt} (a personal e-mail, say, which no topic covers) makes
 * no event. {@code data} is rendered exactly as {@code GET /lucca-api/<collection>/{id}} renders it.
 *
 * <pre>{@code
 * List<EventDraft> drafts = EventFanOut.between(json, before, after);   // before null for a hire
 * }</pre>
 */
public final class EventFanOut {
    private static final Set<String> TIMESTAMPS = Set.of("createdAt", "lastUpdatedAt");

    private EventFanOut() {
    }

    /** @param before the person before the change, or null when the change hired them */
    public static List<EventDraft> between(LuccaApiJson json, Employee before, Employee after) {
        List<EventDraft> drafts = new ArrayList<>();
        resource(drafts, "employee", json::employee, before, after);
        resource(drafts, "employment", json::employment, before, after);
        resource(drafts, "job-position", json::jobPosition, before, after);
        return List.copyOf(drafts);
    }

    private static void resource(List<EventDraft> drafts, String type, Function<Employee, JsonObject> render,
                                 Employee before, Employee after) {
        JsonObject now = render.apply(after);
        if (before == null) {
            drafts.add(new EventDraft(type + ".created", now, null, after.legalEntityId()));
            return;
        }
        JsonObject previous = render.apply(before);
        JsonObjectBuilder changed = JsonValues.object();
        previous.forEach((attribute, value) -> {
            if (!TIMESTAMPS.contains(attribute) && !value.equals(now.get(attribute))) {
                changed.add(attribute, value);
            }
        });
        JsonObject previousAttributes = changed.build();
        if (!previousAttributes.isEmpty()) {
            drafts.add(new EventDraft(type + ".updated", now, previousAttributes, after.legalEntityId()));
        }
    }
}
