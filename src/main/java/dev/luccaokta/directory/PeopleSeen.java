package dev.luccaokta.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The people a snapshot lists, as the safeguard compares them: each one's id, name, whether they are active, and
 * their establishment when the tenant sends it. Small enough to keep in the database for every tenant (gzip'd JSON,
 * a few bytes a person).
 */
public final class PeopleSeen {

    /** One person as Okta saw them; {@code establishment} is null when the tenant does not send it. */
    public record Person(String id, String name, boolean active, String establishment) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A baseline read back is bounded: a corrupt or foreign row must not exhaust the heap. */
    private static final int MAX_DECODED_BYTES = 64 * 1024 * 1024;

    private final Map<String, Person> byId;

    private PeopleSeen(Map<String, Person> byId) {
        this.byId = byId;
    }

    public static PeopleSeen of(DirectorySnapshot snapshot) {
        Map<String, Person> byId = new LinkedHashMap<>();
        for (ObjectNode user : snapshot.users()) {
            String id = user.path("id").asText();
            byId.put(id, new Person(id, user.path("displayName").asText(""), user.path("active").asBoolean(false),
                    user.path(ScimNames.ENTERPRISE_SCHEMA).path("division").asText(null)));
        }
        return new PeopleSeen(byId);
    }

    public static PeopleSeen of(Collection<Person> people) {
        Map<String, Person> byId = new LinkedHashMap<>();
        people.forEach(person -> byId.put(person.id(), person));
        return new PeopleSeen(byId);
    }

    public Optional<Person> person(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<Person> all() {
        return byId.values();
    }

    public int size() {
        return byId.size();
    }

    public int active() {
        return (int) byId.values().stream().filter(Person::active).count();
    }

    public byte[] encode() {
        ArrayNode people = JSON.createArrayNode();
        for (Person person : byId.values()) {
            ObjectNode node = people.addObject().put("id", person.id()).put("name", person.name()).put("active", person.active());
            if (person.establishment() != null) {
                node.put("establishment", person.establishment());
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            JSON.writeValue(out, people);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** @throws IllegalArgumentException when the bytes are not an encoding of {@link #encode} */
    public static PeopleSeen decode(byte[] encoded) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(encoded))) {
            byte[] json = in.readNBytes(MAX_DECODED_BYTES + 1);
            if (json.length > MAX_DECODED_BYTES) {
                throw new IOException("larger than " + MAX_DECODED_BYTES + " bytes");
            }
            Map<String, Person> byId = new LinkedHashMap<>();
            for (JsonNode node : JSON.readTree(json)) {
                String id = node.path("id").asText();
                byId.put(id, new Person(id, node.path("name").asText(""), node.path("active").asBoolean(false),
                        node.path("establishment").asText(null)));
            }
            return new PeopleSeen(byId);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Not a baseline of people: " + e.getMessage(), e);
        }
    }
}
