package dev.luccaokta.directory;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What decides whether a snapshot is worth taking or due for a new read, without the snapshot: when it was built,
 * when Lucca was last read in full for it, and the day its people were mapped on. In a cluster it is stored beside
 * each published snapshot with the fingerprint of its configuration, so that an instance looks at a few bytes
 * before decoding a whole directory.
 *
 * <pre>{@code
 * byte[] stored = SnapshotStamp.of(snapshot).encode(view);
 * Optional<SnapshotStamp> read = SnapshotStamp.decode(stored, view);   // empty for another configuration
 * }</pre>
 */
record SnapshotStamp(Instant builtAt, Instant fullReadAt, LocalDate mappedOn) {

    private static final int TIMES = 3 * Long.BYTES;

    static SnapshotStamp of(DirectorySnapshot snapshot) {
        return new SnapshotStamp(snapshot.builtAt(), snapshot.source().fullReadAt(), snapshot.source().mappedOn());
    }

    byte[] encode(TenantView view) {
        byte[] fingerprint = SnapshotCodec.fingerprint(view).getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(TIMES + fingerprint.length).putLong(builtAt.toEpochMilli())
                .putLong(fullReadAt.toEpochMilli()).putLong(mappedOn.toEpochDay()).put(fingerprint).array();
    }

    /** The stamp, or empty when it was written for another configuration (or by a version that wrote less). */
    static Optional<SnapshotStamp> decode(byte[] stamp, TenantView view) {
        if (stamp.length < TIMES) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(stamp);
        SnapshotStamp read = new SnapshotStamp(Instant.ofEpochMilli(buffer.getLong()), Instant.ofEpochMilli(buffer.getLong()),
                LocalDate.ofEpochDay(buffer.getLong()));
        byte[] fingerprint = new byte[buffer.remaining()];
        buffer.get(fingerprint);
        return new String(fingerprint, StandardCharsets.US_ASCII).equals(SnapshotCodec.fingerprint(view))
                ? Optional.of(read) : Optional.empty();
    }
}
