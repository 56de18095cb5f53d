package dev.luccaokta.admin;

import dev.luccaokta.tenant.AuditEntry;
import dev.luccaokta.tenant.AuditOutcome;
import dev.luccaokta.tenant.AuditPage;
import dev.luccaokta.tenant.AuditQuery;
import dev.luccaokta.tenant.AuditRepository;
import dev.luccaokta.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A tenant's audit trail of Okta's writes, a page at a time, newest first, filtered by outcome or user. */
@ApplicationScoped
public class AuditLog {

    static final int MAX_COUNT = 200;

    @Inject
    AuditRepository audit;

    /** @param offset and {@code count} as the query gave them, checked here so that garbage is a 400 */
    public JsonObject page(Tenant tenant, String outcome, String userId, String offsetParameter, String countParameter) {
        int offset = number(offsetParameter);
        int count = number(countParameter);
        if (offset < 0 || count < 1 || count > MAX_COUNT) {
            throw AdminProblem.badRequest("offset must be 0 or more and count from 1 to " + MAX_COUNT);
        }
        AuditQuery query = new AuditQuery(outcome(outcome), Optional.ofNullable(userId).filter(id -> !id.isBlank()), offset, count);
        AuditPage page = audit.find(tenant.getId(), query);
        JsonArrayBuilder entries = Json.createArrayBuilder();
        page.entries().forEach(entry -> entries.add(json(entry)));
        return Json.createObjectBuilder()
                .add("total", page.total())
                .add("offset", offset)
                .add("count", count)
                .add("entries", entries)
                .build();
    }

    private static int number(String parameter) {
        try {
            return Integer.parseInt(parameter.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Optional<AuditOutcome> outcome(String outcome) {
        if (outcome == null || outcome.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(AuditOutcome.valueOf(outcome.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw AdminProblem.badRequest("outcome must be one of " + Arrays.stream(AuditOutcome.values())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    private static JsonObject json(AuditEntry entry) {
        JsonObjectBuilder row = Json.createObjectBuilder()
                .add("at", entry.getRecordedAt().toString())
                .add("lastAt", entry.getLastRecordedAt().toString())
                .add("repeats", entry.getRepeatCount())
                .add("requestId", entry.getRequestId())
                .add("operation", entry.getOperation())
                .add("userId", entry.getUserId())
                .add("outcome", entry.getOutcome().name())
                .add("changes", parse(entry.getChanges()))
                .add("ignored", parse(entry.getIgnored()));
        if (entry.getLuccaStatus() != null) {
            row.add("luccaStatus", entry.getLuccaStatus());
        }
        if (entry.getDetail() != null) {
            row.add("detail", entry.getDetail());
        }
        return row.build();
    }

    private static JsonArray parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }
}
