package dev.luccaokta.directory;

import dev.luccaokta.lucca.LuccaDirectoryData;
import dev.luccaokta.lucca.LuccaRef;
import dev.luccaokta.lucca.LuccaUser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What a snapshot was made from, for the next refresh to start from it: when Lucca was last read in full, when it
 * was read for this snapshot (changes made after then may be missing from it), the day the users were mapped on (contracts start and end by the day), Lucca's latest modification seen, the
 * organisation, and each listed user's group memberships ({@link #members}, aligned with the snapshot's users).
 *
 * @param highWater    the latest {@code modifiedOn} among the users read, by Lucca's clock; null when none had one
 * @param organisation Lucca's organisation and extended data definitions, without users
 * @param members      the listed users reduced to what groups need: id, names, department and establishment
 */
record SnapshotSource(Instant fullReadAt, Instant readAt, LocalDate mappedOn, LocalDateTime highWater, LuccaDirectoryData organisation,
                      List<LuccaUser> members) {

    /** Whether Lucca's organisation and extended data definitions are as this snapshot knew them. */
    boolean sameOrganisation(LuccaDirectoryData read) {
        return organisation.departments().equals(read.departments())
                && organisation.establishments().equals(read.establishments())
                && organisation.legalUnits().equals(read.legalUnits())
                && organisation.countries().equals(read.countries())
                && organisation.extendedDataDefinitions().equals(read.extendedDataDefinitions());
    }

    /** A user reduced to what group membership needs. */
    static LuccaUser member(LuccaUser user) {
        return new LuccaUser(user.id(), user.firstName(), user.lastName(), null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, idOnly(user.legalEntity()),
                idOnly(user.department()), null, null, null, null, null, null);
    }

    private static LuccaRef idOnly(LuccaRef ref) {
        return ref == null ? null : new LuccaRef(ref.id(), null);
    }
}
