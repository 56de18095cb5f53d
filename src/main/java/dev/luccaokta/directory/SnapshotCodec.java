package dev.luccaokta.directory;

import dev.luccaokta.lucca.LuccaDirectoryData;
import dev.luccaokta.lucca.LuccaUser;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A snapshot as bytes, for the other instances of a cluster to serve it without reading Lucca: the stored
 * representations as they are (already compressed), what the next refresh starts from, and the fingerprint of the
 * configuration it was built for. Only what Lucca said is written; the mapping is rebuilt from it on reading.
 */
final class SnapshotCodec {

    private static final int FORMAT = 3;
    private static final Type MEMBERS = new ArrayList<LuccaUser>() { }.getClass().getGenericSuperclass();
    private static final Jsonb JSON = JsonbBuilder.create();

    private SnapshotCodec() {
    }

    /** Identifies a configuration without revealing it (the Lucca key is part of it). */
    static String fingerprint(TenantView view) {
        String canonical = String.join("\n", view.tenantId(), view.lucca().baseUrl().toString(),
                Objects.toString(view.lucca().apiKey(), ""),
                view.lucca().oauth().map(client -> client.clientId() + "\n" + client.clientSecret()).orElse(""),
                String.join(",", view.selectedProperties().stream().sorted().toList()),
                String.join(",", view.groupTypes().stream().map(Enum::name).sorted().toList()),
                Integer.toString(view.leaversGraceDays()), view.userNameSource().name(), view.ttl().toString());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static byte[] encode(DirectorySnapshot snapshot) {
        SnapshotSource source = snapshot.source();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeUTF(fingerprint(snapshot.view()));
            out.writeLong(snapshot.builtAt().toEpochMilli());
            out.writeLong(source.fullReadAt().toEpochMilli());
            out.writeLong(source.readAt().toEpochMilli());
            out.writeUTF(source.mappedOn().toString());
            out.writeUTF(source.highWater() == null ? "" : source.highWater().toString());
            writeJson(out, source.organisation());
            writeJson(out, source.members());
            snapshot.compactUsers().writeTo(out);
            snapshot.compactGroups().writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The snapshot the bytes hold, mapped under {@code view}; null when they were written for another
     * configuration or by another version of the connector.
     */
    static DirectorySnapshot decode(byte[] encoded, TenantView view, ZoneId zone) {
        try (BoundedInput in = BoundedInput.of(encoded)) {
            if (in.readInt() != FORMAT || !in.readUTF().equals(fingerprint(view))) {
                return null;
            }
            Instant builtAt = Instant.ofEpochMilli(in.readLong());
            Instant fullReadAt = Instant.ofEpochMilli(in.readLong());
            Instant readAt = Instant.ofEpochMilli(in.readLong());
            LocalDate mappedOn = LocalDate.parse(in.readUTF());
            String highWater = in.readUTF();
            LuccaDirectoryData organisation = readJson(in, LuccaDirectoryData.class);
            List<LuccaUser> members = readJson(in, MEMBERS);
            CompactNodes users = CompactNodes.readFrom(in);
            GroupNodes groups = GroupNodes.readFrom(in, members);
            SnapshotSource source = new SnapshotSource(fullReadAt, readAt, mappedOn,
                    highWater.isEmpty() ? null : LocalDateTime.parse(highWater), organisation, members);
            PropertyCatalogue catalogue = PropertyCatalogue.of(organisation.extendedDataDefinitions());
            UserMapper mapper = new UserMapper(catalogue, view, new OrgStructure(organisation), mappedOn, zone);
            return new DirectorySnapshot(view, catalogue, mapper, source, builtAt, users, groups, new SnapshotMemo());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeJson(DataOutputStream out, Object value) throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            JSON.toJson(value, gzip);
        }
        out.writeInt(zipped.size());
        zipped.writeTo(out);
    }

    private static <T> T readJson(BoundedInput in, Type type) throws IOException {
        byte[] zipped = in.readBytes();
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
            return JSON.fromJson(gzip, type);
        }
    }
}
