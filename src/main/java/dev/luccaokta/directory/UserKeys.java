package dev.luccaokta.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.utils.StaticUtils;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * What the exact lookups of a snapshot's users read, by position, taken from each representation when the snapshot
 * indexes it: {@code active}, {@code name.familyName} lower-cased as SCIM filters compare strings, and
 * {@code meta.lastModified} to the millisecond as they compare dateTimes. Orders by name and by modification are
 * worked out on the first lookup that needs them.
 */
final class UserKeys {

    private static final long NONE = Long.MIN_VALUE;

    private final BitSet active;
    private final BitSet inactive;
    private final String[] familyNames;
    private final long[] modified;
    private volatile int[] byFamilyName;
    private volatile int[] byModification;

    private UserKeys(BitSet active, BitSet inactive, String[] familyNames, long[] modified) {
        this.active = active;
        this.inactive = inactive;
        this.familyNames = familyNames;
        this.modified = modified;
    }

    static UserKeys of(int size) {
        long[] modified = new long[size];
        Arrays.fill(modified, NONE);
        return new UserKeys(new BitSet(size), new BitSet(size), new String[size], modified);
    }

    /** Records the keys of the user at {@code position}; only while the snapshot is being indexed. */
    void read(ObjectNode user, int position) {
        JsonNode isActive = user.path("active");
        active.set(position, isActive.isBoolean() && isActive.booleanValue());
        inactive.set(position, isActive.isBoolean() && !isActive.booleanValue());
        JsonNode familyName = user.path("name").path("familyName");
        familyNames[position] = familyName.isTextual() ? StaticUtils.toLowerCase(familyName.textValue()) : null;
        modified[position] = millis(user.path("meta").path("lastModified"));
    }

    /** A copy with one user's keys read again. */
    UserKeys with(int position, ObjectNode user) {
        UserKeys copy = new UserKeys((BitSet) active.clone(), (BitSet) inactive.clone(), familyNames.clone(), modified.clone());
        copy.read(user, position);
        return copy;
    }

    /** Positions of the users whose {@code active} is {@code value}, ascending. */
    int[] active(boolean value) {
        return (value ? active : inactive).stream().toArray();
    }

    /** Positions of the users whose family name starts with {@code lowerCasePrefix}, ascending. */
    int[] familyNameStartingWith(String lowerCasePrefix) {
        int[] order = byFamilyName;
        if (order == null) {
            order = ordered(p -> familyNames[p] != null, Comparator.comparing(p -> familyNames[p]));
            byFamilyName = order;
        }
        return range(order, p -> familyNames[p].compareTo(lowerCasePrefix) < 0, p -> familyNames[p].startsWith(lowerCasePrefix));
    }

    /** Positions of the users modified within the bounds, in milliseconds since the epoch, inclusive; ascending. */
    int[] modifiedBetween(long from, long to) {
        int[] order = byModification;
        if (order == null) {
            order = ordered(p -> modified[p] != NONE, Comparator.comparingLong(p -> modified[p]));
            byModification = order;
        }
        return range(order, p -> modified[p] < from, p -> modified[p] <= to);
    }

    /** The positions that have a key, by it. */
    private int[] ordered(IntPredicate hasKey, Comparator<Integer> byKey) {
        return IntStream.range(0, modified.length).filter(hasKey).boxed().sorted(byKey).mapToInt(Integer::intValue).toArray();
    }

    /**
     * The run of {@code order} that starts at the first position not {@code before} the range and lasts while
     * {@code within} it, as positions ascending.
     */
    private static int[] range(int[] order, IntPredicate before, IntPredicate within) {
        int low = 0;
        int high = order.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (before.test(order[middle])) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        int end = low;
        while (end < order.length && within.test(order[end])) {
            end++;
        }
        int[] found = Arrays.copyOfRange(order, low, end);
        Arrays.sort(found);
        return found;
    }

    /** The instant of a dateTime as SCIM filters compare it; {@link #NONE} for anything else. */
    private static long millis(JsonNode dateTime) {
        if (!dateTime.isTextual()) {
            return NONE;
        }
        try {
            return OffsetDateTime.parse(dateTime.textValue().trim()).toInstant().toEpochMilli();
        } catch (DateTimeException notADateTime) {
            return NONE;
        }
    }
}
