package dev.luccaokta.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.Path;
import com.unboundid.scim2.common.filters.ComparisonFilter;
import com.unboundid.scim2.common.filters.EqualFilter;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.filters.GreaterThanFilter;
import com.unboundid.scim2.common.filters.GreaterThanOrEqualFilter;
import com.unboundid.scim2.common.filters.LessThanFilter;
import com.unboundid.scim2.common.filters.LessThanOrEqualFilter;
import com.unboundid.scim2.common.filters.StartsWithFilter;
import dev.luccaokta.directory.DirectorySnapshot;
import dev.luccaokta.scim.protocol.ResourceIndex;
import dev.luccaokta.scim.protocol.ScimValues;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * A directory snapshot's users or groups as the SCIM search reads them, with the snapshot's own indexes answering
 * the lookups Okta and administrators make: {@code userName}, {@code emails.value}, {@code externalId}, {@code id} and
 * group {@code displayName} equal to a value; exactly, {@code userName} equal to a value, {@code active} equal to a
 * boolean, {@code name.familyName} starting with a value and {@code meta.lastModified} before or after an instant. What a search works out from every
 * resource is kept with the snapshot.
 */
final class SnapshotIndex implements ResourceIndex {

    private final DirectorySnapshot snapshot;
    private final List<ObjectNode> all;
    private final Function<String, Optional<ObjectNode>> byId;
    private final Function<String, Function<String, int[]>> lookups;
    private final BiFunction<String, ComparisonFilter, Optional<int[]>> exact;
    private final IntFunction<Object> stamps;
    private final String collection;

    private SnapshotIndex(DirectorySnapshot snapshot, List<ObjectNode> all, Function<String, Optional<ObjectNode>> byId,
                          Function<String, Function<String, int[]>> lookups,
                          BiFunction<String, ComparisonFilter, Optional<int[]>> exact, IntFunction<Object> stamps,
                          String collection) {
        this.snapshot = snapshot;
        this.all = all;
        this.byId = byId;
        this.lookups = lookups;
        this.exact = exact;
        this.stamps = stamps;
        this.collection = collection;
    }

    static SnapshotIndex users(DirectorySnapshot snapshot) {
        return new SnapshotIndex(snapshot, snapshot.users(), snapshot::user, attribute -> switch (attribute) {
            case "id" -> id -> single(snapshot.userPosition(id));
            case "username" -> snapshot::usersByUserName;
            case "emails.value", "emails" -> snapshot::usersByEmail;
            case "externalid" -> snapshot::usersByExternalId;
            default -> null;
        }, (attribute, comparison) -> exactUsers(snapshot, attribute, comparison), snapshot::userStamp, "users");
    }

    static SnapshotIndex groups(DirectorySnapshot snapshot) {
        return new SnapshotIndex(snapshot, snapshot.groups(), snapshot::group, attribute -> switch (attribute) {
            case "id" -> id -> single(snapshot.groupPosition(id));
            case "displayname" -> snapshot::groupsByDisplayName;
            default -> null;
        }, (attribute, comparison) -> Optional.empty(), position -> null, "groups");
    }

    @Override
    public List<ObjectNode> all() {
        return all;
    }

    @Override
    public Optional<ObjectNode> byId(String id) {
        return byId.apply(id);
    }

    @Override
    public Optional<int[]> equalTo(Path attribute, String value) {
        Function<String, int[]> lookup = lookups.apply(key(attribute));
        return lookup == null ? Optional.empty() : Optional.of(lookup.apply(value));
    }

    @Override
    public Optional<int[]> exactly(Filter comparison) {
        return comparison instanceof ComparisonFilter compared
                ? exact.apply(key(compared.getAttributePath()), compared) : Optional.empty();
    }

    @Override
    public <T> T remembered(String key, Supplier<T> compute) {
        return snapshot.remembered(collection + " " + key, compute);
    }

    @Override
    public <T> T rememberedAcross(String key, Function<Optional<T>, T> compute) {
        return snapshot.rememberedAcross(collection + " " + key, compute);
    }

    @Override
    public Object stamp(int position) {
        return stamps.apply(position);
    }

    private static Optional<int[]> exactUsers(DirectorySnapshot snapshot, String attribute, ComparisonFilter comparison) {
        JsonNode value = comparison.getComparisonValue();
        return switch (attribute) {
            // Strings compare ignoring case, as the index keys them, unless both are dateTimes: such a value is left to
            // the filter.
            case "username" -> comparison instanceof EqualFilter && value.isTextual() && ScimValues.dateTime(value.textValue()).isEmpty()
                    ? Optional.of(snapshot.usersByUserName(value.textValue())) : Optional.empty();
            case "active" -> comparison instanceof EqualFilter && value.isBoolean()
                    ? Optional.of(snapshot.usersActive(value.booleanValue())) : Optional.empty();
            case "name.familyname" -> comparison instanceof StartsWithFilter && value.isTextual()
                    ? Optional.of(snapshot.usersByFamilyNamePrefix(value.textValue())) : Optional.empty();
            case "meta.lastmodified" -> value.isTextual()
                    ? ScimValues.dateTime(value.textValue()).flatMap(instant -> modified(snapshot, comparison, instant))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** Users modified after or before an instant; the bounds are inclusive, to the millisecond, as filters compare. */
    private static Optional<int[]> modified(DirectorySnapshot snapshot, ComparisonFilter comparison, Instant instant) {
        Instant earliest = Instant.ofEpochMilli(Long.MIN_VALUE + 1);
        Instant latest = Instant.ofEpochMilli(Long.MAX_VALUE);
        if (comparison instanceof GreaterThanFilter) {
            return Optional.of(snapshot.usersModifiedBetween(instant.plusMillis(1), latest));
        }
        if (comparison instanceof GreaterThanOrEqualFilter) {
            return Optional.of(snapshot.usersModifiedBetween(instant, latest));
        }
        if (comparison instanceof LessThanFilter) {
            return Optional.of(snapshot.usersModifiedBetween(earliest, instant.minusMillis(1)));
        }
        if (comparison instanceof LessThanOrEqualFilter) {
            return Optional.of(snapshot.usersModifiedBetween(earliest, instant));
        }
        return Optional.empty();
    }

    private static int[] single(int position) {
        return position < 0 ? new int[0] : new int[] {position};
    }

    private static String key(Path attribute) {
        return attribute.toString().toLowerCase(Locale.ROOT);
    }
}
