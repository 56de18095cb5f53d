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
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tenant's audit trail of Okta's writes, a page at a time, newest first, filtered by outcome or user. */
@ApplicationScoped
public class AuditLog {

    static final int MAX_COUNT = 200;
    static final String PAGE = "offset must be 0 or more and count from 1 to " + MAX_COUNT;

    @Schema(name = "AuditPage")
    public record Page(long total, int offset, int count, List<Entry> entries) {
    }

    /** One attempt of Okta's, or identical ones sharing a row; members without a value are left out. */
    @Schema(name = "AuditEntry")
    public record Entry(@Schema(description = "When the attempt was first recorded") OffsetDateTime at,
                        @Schema(description = "When it was last repeated (identical refusals share a row)")
                        OffsetDateTime lastAt,
                        @Schema(minimum = "1", description = "How many identical attempts the row stands for") int repeats,
                        @Schema(description = "The first attempt's request id") String requestId,
                        @Schema(enumeration = {"PUT", "PATCH"}) String operation,
                        String userId,
                        AuditOutcome outcome,
                        @Schema(type = SchemaType.ARRAY, description = "Each attribute changed: attribute, field, "
                                + "before, after") JsonArray changes,
                        @Schema(type = SchemaType.ARRAY, description = "Each attribute ignored: attribute, reason")
                        JsonArray ignored,
                        Integer luccaStatus,
                        String detail) {

        static Entry of(AuditEntry entry) {
            return new Entry(entry.getRecordedAt(), entry.getLastRecordedAt(), entry.getRepeatCount(),
                    entry.getRequestId(), entry.getOperation(), entry.getUserId(), entry.getOutcome(),
                    parse(entry.getChanges()), parse(entry.getIgnored()), entry.getLuccaStatus(), entry.getDetail());
        }

        /** The changes and ignored attributes, stored as JSON arrays. */
        private static JsonArray parse(String json) {
            try (JsonReader reader = Json.createReader(new StringReader(json))) {
                return reader.readArray();
            }
        }
    }

    @Inject
    AuditRepository audit;

    /** @param offset from 0, {@code count} from 1 to {@link #MAX_COUNT}, as the parameters' constraints let through */
    public Page page(Tenant tenant, String outcome, String userId, int offset, int count) {
        AuditQuery query = new AuditQuery(outcome(outcome), Optional.ofNullable(userId).filter(id -> !id.isBlank()), offset, count);
        AuditPage page = audit.find(tenant.getId(), query);
        return new Page(page.total(), offset, count, page.entries().stream().map(Entry::of).toList());
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
}
