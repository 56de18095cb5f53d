package dev.luccaokta.admin;

import dev.luccaokta.tenant.ChangeKind;
import dev.luccaokta.tenant.ChangeLog;
import dev.luccaokta.tenant.PublishedChange;
import dev.luccaokta.tenant.SnapshotPublication;
import dev.luccaokta.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A tenant's change log as the administration API shows it: the publications of its snapshot over the last days,
 * newest first, with their counts and their changes, as JSON a page at a time or as CSV in full. Parameters arrive
 * as the query gave them and are checked here, so that garbage is a 400.
 */
@ApplicationScoped
public class ChangeLogView {

    static final int MAX_DAYS = 365;
    static final int MAX_COUNT = 100;
    /** Changes shown per publication in JSON; the CSV has every one listed. */
    static final int CHANGES_SHOWN = 200;
    /** Publications read at a time for the CSV, and at most this many changes with them. */
    private static final int CSV_PAGE = 100;
    private static final int CSV_CHANGES = 5_000;
    private static final List<String> CSV_HEADER = List.of("published_at", "source", "kind", "resource_type", "id", "name",
            "attributes", "members_added", "members_removed", "added_member_ids", "removed_member_ids");

    @Inject
    ChangeLog changeLog;

    /** The publications of the last {@code days}, {@code count} from {@code offset}, each with its first changes. */
    public JsonObject page(Tenant tenant, String daysParameter, String offsetParameter, String countParameter) {
        int days = number("days", daysParameter, 1, MAX_DAYS);
        int offset = number("offset", offsetParameter, 0, Integer.MAX_VALUE);
        int count = number("count", countParameter, 1, MAX_COUNT);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ChangeLog.Page page = changeLog.publications(tenant.getId(), now.minusDays(days), now, offset, count);
        Map<String, List<PublishedChange>> changes = changeLog.changesOf(page.publications(), CHANGES_SHOWN).stream()
                .collect(Collectors.groupingBy(PublishedChange::getPublicationId));
        JsonArrayBuilder publications = Json.createArrayBuilder();
        for (SnapshotPublication publication : page.publications()) {
            JsonArrayBuilder listed = Json.createArrayBuilder();
            changes.getOrDefault(publication.getId(), List.of()).forEach(change -> listed.add(json(change)));
            publications.add(json(publication).add("changes", listed));
        }
        return Json.createObjectBuilder().add("days", days).add("offset", offset).add("count", count)
                .add("total", page.total()).add("publications", publications).build();
    }

    /** Every change listed in the last {@code days}, one CSV record each, newest publication first. */
    public StreamingOutput csv(Tenant tenant, String daysParameter) {
        int days = number("days", daysParameter, 1, MAX_DAYS);
        OffsetDateTime until = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime since = until.minusDays(days);
        return output -> {
            Writer csv = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            csv.write(SpreadsheetCsv.line(CSV_HEADER));
            List<SnapshotPublication> page;
            int offset = 0;
            do {
                page = changeLog.publications(tenant.getId(), since, until, offset, CSV_PAGE).publications();
                offset += page.size();
                for (List<SnapshotPublication> chunk : chunks(page)) {
                    writeCsv(csv, chunk, changeLog.changesOf(chunk, CSV_CHANGES));
                }
            } while (page.size() == CSV_PAGE);
            csv.flush();
        };
    }

    /** Publications grouped so that each group lists at most {@value #CSV_CHANGES} changes, read at once. */
    private static List<List<SnapshotPublication>> chunks(List<SnapshotPublication> publications) {
        List<List<SnapshotPublication>> chunks = new ArrayList<>();
        List<SnapshotPublication> chunk = new ArrayList<>();
        int listed = 0;
        for (SnapshotPublication publication : publications) {
            if (!chunk.isEmpty() && listed + publication.getListed() > CSV_CHANGES) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
                listed = 0;
            }
            chunk.add(publication);
            listed += publication.getListed();
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        return chunks;
    }

    /**
     * The publications' changes in order; a first snapshot is one record with its size, and the changes counted but
     * not listed one record that says how many.
     */
    private static void writeCsv(Writer csv, List<SnapshotPublication> publications, List<PublishedChange> changes)
            throws IOException {
        Map<String, List<PublishedChange>> byPublication = changes.stream()
                .collect(Collectors.groupingBy(PublishedChange::getPublicationId));
        for (SnapshotPublication publication : publications) {
            String at = publication.getPublishedAt().toString();
            String source = publication.getSource().name();
            if (publication.isFirstSnapshot()) {
                csv.write(SpreadsheetCsv.line(List.of(at, source, "FIRST_SNAPSHOT", "", "", "",
                        publication.getPeople() + " people, " + publication.getGroups() + " groups")));
            }
            for (PublishedChange change : byPublication.getOrDefault(publication.getId(), List.of())) {
                csv.write(SpreadsheetCsv.line(List.of(at, source, change.getKind().name(), change.getResourceType(),
                        change.getResourceId(), change.getDisplayName().orElse(""), String.join(", ", change.getAttributes()),
                        change.getMembersAdded().map(String::valueOf).orElse(""),
                        change.getMembersRemoved().map(String::valueOf).orElse(""),
                        String.join(" ", change.getAddedMemberIds()), String.join(" ", change.getRemovedMemberIds()))));
            }
            int unlisted = publication.total() - publication.getListed();
            if (unlisted > 0) {
                csv.write(SpreadsheetCsv.line(List.of(at, source, "NOT_LISTED", "", "", "",
                        unlisted + " more changes, counted but not listed")));
            }
        }
    }

    private static JsonObjectBuilder json(SnapshotPublication publication) {
        JsonObjectBuilder counts = Json.createObjectBuilder();
        for (ChangeKind kind : ChangeKind.values()) {
            counts.add(kind.name(), publication.count(kind));
        }
        return Json.createObjectBuilder().add("id", publication.getId())
                .add("publishedAt", publication.getPublishedAt().toString())
                .add("source", publication.getSource().name())
                .add("firstSnapshot", publication.isFirstSnapshot())
                .add("people", publication.getPeople())
                .add("groups", publication.getGroups())
                .add("counts", counts)
                .add("listed", publication.getListed());
    }

    private static JsonObject json(PublishedChange change) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("kind", change.getKind().name())
                .add("resourceType", change.getResourceType()).add("id", change.getResourceId());
        change.getDisplayName().ifPresent(name -> json.add("name", name));
        if (!change.getAttributes().isEmpty()) {
            json.add("attributes", Json.createArrayBuilder(change.getAttributes()));
        }
        change.getMembersAdded().ifPresent(added -> json.add("membersAdded", members(added, change.getAddedMemberIds())));
        change.getMembersRemoved().ifPresent(removed -> json.add("membersRemoved",
                members(removed, change.getRemovedMemberIds())));
        return json.build();
    }

    private static JsonObject members(int count, List<String> ids) {
        return Json.createObjectBuilder().add("count", count).add("ids", Json.createArrayBuilder(ids)).build();
    }

    private static int number(String name, String parameter, int min, int max) {
        try {
            int value = Integer.parseInt(parameter.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw AdminProblem.badRequest(name + " must be a whole number from " + min + (max == Integer.MAX_VALUE ? " up"
                : " to " + max));
    }
}
