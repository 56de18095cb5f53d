package dev.luccaokta.directory;

import dev.luccaokta.lucca.LuccaDirectoryData;
import dev.luccaokta.lucca.LuccaUser;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a tenant's snapshot knew of Lucca, for whoever re-reads people to map them as the snapshot did: the
 * organisation and extended data definitions (without users), each listed person's name by Lucca id, when Lucca was
 * last read in full, and when it was read for the snapshot (changes since may be missing from it).
 *
 * <pre>{@code
 * directories.known(view).ifPresent(known -> reread(known.organisation(), known.names().keySet()));
 * }</pre>
 *
 * @param names Lucca id → "First Last", in id order
 */
public record KnownDirectory(LuccaDirectoryData organisation, Map<Long, String> names, Instant fullReadAt, Instant readAt) {

    static KnownDirectory of(DirectorySnapshot snapshot) {
        SnapshotSource source = snapshot.source();
        Map<Long, String> names = new LinkedHashMap<>();
        for (LuccaUser member : source.members()) {
            names.put(member.id(), UserMapper.displayName(member));
        }
        return new KnownDirectory(source.organisation(), Collections.unmodifiableMap(names), source.fullReadAt(),
                source.readAt());
    }
}
