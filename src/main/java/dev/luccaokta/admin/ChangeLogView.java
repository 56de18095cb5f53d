package dev.luccaokta.admin;

import dev.luccaokta.tenant.ChangeKind;
import dev.luccaokta.tenant.ChangeLog;
import dev.luccaokta.tenant.PublicationSource;
import dev.luccaokta.tenant.PublishedChange;
import dev.luccaokta.tenant.SnapshotPublication;
import dev.luccaokta.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A tenant's change log as the administration API shows it: the publications of its snapshot over the last days,
 * newest first, with their counts and their changes, as JSON a page at a time or as CSV in full.
 */
@ApplicationScoped
public class ChangeLogView {

    static final int MAX_DAYS = 365;
    static final int MAX_COUNT = 100;
    static final String DAYS = "days must be a whole number from 1 to " + MAX_DAYS;
    static final String OFFSET = "offset must be a whole number from 0 up";
    static final String COUNT = "count must be a whole number from 1 to " + MAX_COUNT;
    /** Changes shown per publication in JSON; the CSV has every one listed. */
    static final int CHANGES_SHOWN = 200;
    /** Publications read at a time for the CSV, and at most this many changes with them. */
    private static final int CSV_PAGE = 100;
    private static final int CSV_CHANGES = 5_000;
    private static final List<String> CSV_HEADER = List.of("published_at", "source", "kind", "resource_type", "id", "name",
            "attributes", "members_added", "members_removed", "added_member_ids", "removed_member_ids");

    /** A page of the change log. */
    @Schema(name = "ChangeLogPage")
    public record Page(int days, int offset, int count, @Schema(description = "Publications in the period") long total,
                       List<Publication> publications) {
    }

    /** One publication of the snapshot, with its counts and its first changes. */
    @Schema(name = "Publication")
    public record Publication(String id, OffsetDateTime publishedAt, PublicationSource source,
                              @Schema(description = "Nothing to compare with (the tenant's first snapshot, or this "
                                      + "instance's first since it started)")
                              boolean firstSnapshot,
                              @Schema(description = "People in the snapshot published") int people,
                              @Schema(description = "Groups in the snapshot published") int groups,
                              @Schema(description = "How many changes of each kind, listed or not")
                              Map<ChangeKind, Integer> counts,
                              @Schema(description = "Changes stored (at most 5000); the CSV has them all") int listed,
                              @Schema(maxItems = CHANGES_SHOWN) List<Change> changes) {

        static Publication of(SnapshotPublication publication, List<Change> changes) {
            Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
            for (ChangeKind kind : ChangeKind.values()) {
                counts.put(kind, publication.count(kind));
            }
            return new Publication(publication.getId(), publication.getPublishedAt(), publication.getSource(),
                    publication.isFirstSnapshot(), publication.getPeople(), publication.getGroups(), counts,
                    publication.getListed(), changes);
        }
    }

    /** One change; members without a value are left out. */
    @Schema(name = "Change")
    public record Change(ChangeKind kind,
                         @Schema(enumeration = {"User", "Group"}) String resourceType,
                         String id,
                         String name,
                         @Schema(description = "The attributes that changed: top-level SCIM attributes (meta and schemas "
                                 + "left out), and the enterprise extension's one by one "
                                 + "(urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department); for a group, "
                                 + "displayName and members")
                         List<String> attributes,
                         Members membersAdded,
                         Members membersRemoved) {

        static Change of(PublishedChange change) {
            return new Change(change.getKind(), change.getResourceType(), change.getResourceId(),
                    change.getDisplayName().orElse(null),
                    change.getAttributes().isEmpty() ? null : change.getAttributes(),
                    change.getMembersAdded().map(count -> new Members(count, change.getAddedMemberIds())).orElse(null),
                    change.getMembersRemoved().map(count -> new Members(count, change.getRemovedMemberIds())).orElse(null));
        }
    }

    @Schema(name = "ChangedMembers")
    public record Members(int count, @Schema(maxItems = 50, description = "The first 50 user ids") List<String> ids) {
    }

    @Inject
    ChangeLog changeLog;

    /** The publications of the last {@code days}, {@code count} from {@code offset}, each with its first changes. */
    public Page page(Tenant tenant, int days, int offset, int count) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ChangeLog.Page page = changeLog.publications(tenant.getId(), now.minusDays(days), now, offset, count);
        Map<String, List<PublishedChange>> changes = changeLog.changesOf(page.publications(), CHANGES_SHOWN).stream()
                .collect(Collectors.groupingBy(PublishedChange::getPublicationId));
        return new Page(days, offset, count, page.total(), page.publications().stream()
                .map(publication -> Publication.of(publication, changes.getOrDefault(publication.getId(), List.of())
                        .stream().map(Change::of).toList()))
                .toList());
    }

    /** Every change listed in the last {@code days}, one CSV record each, newest publication first. */
    public StreamingOutput csv(Tenant tenant, int days) {
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
}
