package dev.luccaokta.directory;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.utils.JsonUtils;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A representation as it goes out on the wire, rendered once when a snapshot is made: compact JSON with
 * {@code meta.location} and every {@code $ref} relative, and the places where a request's base URL goes in front of
 * them. Serving it copies bytes, splicing the base URL in, without building a tree.
 *
 * <p>Layout: the number of places, each place as its distance from the previous one (both as variable-length
 * integers), then the JSON. The places are found from where the generator stood, never by searching the text, so a
 * value that happens to look like a path cannot be mistaken for one.
 */
final class WireJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();
    private static final ObjectReader READER = JsonUtils.getObjectReader();
    private static final String LOCATION = "location";
    private static final String REF = "$ref";

    private final byte[] bytes;
    private final int jsonStart;
    private final int[] places;

    private WireJson(byte[] bytes, int jsonStart, int[] places) {
        this.bytes = bytes;
        this.jsonStart = jsonStart;
        this.places = places;
    }

    /** The layout above for a user or group: its {@code meta.location} is its collection's path and its id. */
    static byte[] render(ObjectNode resource) {
        ByteArrayOutputStream json = new ByteArrayOutputStream(1024);
        List<Integer> places = new ArrayList<>();
        try (JsonGenerator generator = FACTORY.createGenerator(json)) {
            new Renderer(generator, json, places).resource(resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.size() + 8);
        writeVarInt(out, places.size());
        int previous = 0;
        for (int place : places) {
            writeVarInt(out, place - previous);
            previous = place;
        }
        out.write(json.toByteArray(), 0, json.size());
        return out.toByteArray();
    }

    /** Reads the layout above; the bytes are kept, not copied. */
    static WireJson of(byte[] rendered) {
        int[] at = {0};
        int[] places = new int[readVarInt(rendered, at)];
        int previous = 0;
        for (int i = 0; i < places.length; i++) {
            previous += readVarInt(rendered, at);
            places[i] = previous;
        }
        return new WireJson(rendered, at[0], places);
    }

    /** The base URL as it goes inside a JSON string, ending with {@code /}. */
    static byte[] base(String baseUri) {
        return JsonStringEncoder.getInstance().quoteAsUTF8(baseUri.endsWith("/") ? baseUri : baseUri + "/");
    }

    /** The representation as a tree, as the snapshot was given it: references relative, no {@code meta.location}. */
    ObjectNode tree() {
        try {
            ObjectNode node = (ObjectNode) READER.readTree(bytes, jsonStart, bytes.length - jsonStart);
            if (node.get("meta") instanceof ObjectNode meta) {
                meta.remove(LOCATION);
            }
            return node;
        } catch (IOException e) {
            throw new IllegalStateException("A stored representation is not JSON", e);
        }
    }

    /** The JSON with {@code base} in front of every reference. */
    void writeTo(OutputStream out, byte[] base) throws IOException {
        writeTo(out, base, bytes.length);
    }

    /** The same without the closing brace, for the caller to add attributes before closing it. */
    void writeOpenTo(OutputStream out, byte[] base) throws IOException {
        writeTo(out, base, bytes.length - 1);
    }

    private void writeTo(OutputStream out, byte[] base, int end) throws IOException {
        int from = jsonStart;
        for (int place : places) {
            out.write(bytes, from, jsonStart + place - from);
            out.write(base);
            from = jsonStart + place;
        }
        out.write(bytes, from, end - from);
    }

    /** Writes a tree as Jackson would, noting where each reference's text starts. */
    private record Renderer(JsonGenerator generator, ByteArrayOutputStream out, List<Integer> places) {

        void resource(ObjectNode resource) throws IOException {
            generator.writeStartObject();
            for (Iterator<Map.Entry<String, JsonNode>> fields = resource.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                generator.writeFieldName(field.getKey());
                if (field.getKey().equals("meta") && field.getValue() instanceof ObjectNode meta) {
                    meta(meta, collectionPath(meta) + resource.path("id").asText());
                } else {
                    value(field.getValue());
                }
            }
            generator.writeEndObject();
        }

        private void meta(ObjectNode meta, String location) throws IOException {
            generator.writeStartObject();
            for (Iterator<Map.Entry<String, JsonNode>> fields = meta.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getKey().equals(LOCATION)) {
                    generator.writeFieldName(field.getKey());
                    value(field.getValue());
                }
            }
            generator.writeFieldName(LOCATION);
            reference(location);
            generator.writeEndObject();
        }

        private void value(JsonNode node) throws IOException {
            if (node.isObject()) {
                generator.writeStartObject();
                for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    generator.writeFieldName(field.getKey());
                    if (field.getKey().equals(REF) && field.getValue().isTextual()) {
                        reference(field.getValue().textValue());
                    } else {
                        value(field.getValue());
                    }
                }
                generator.writeEndObject();
            } else if (node.isArray()) {
                generator.writeStartArray();
                for (JsonNode element : node) {
                    value(element);
                }
                generator.writeEndArray();
            } else if (node.isFloatingPointNumber()) {
                // As a tree read back from JSON holds it (a double), so that a page and a read of one agree: 32300.0.
                generator.writeNumber(node.doubleValue());
            } else {
                MAPPER.writeTree(generator, node);
            }
        }

        /** A relative reference; its text starts right after the opening quote, which is where the base goes. */
        private void reference(String relative) throws IOException {
            generator.writeString(relative);
            generator.flush();
            int quoted = JsonStringEncoder.getInstance().quoteAsUTF8(relative).length;
            places.add(out.size() - 1 - quoted);
        }

        private static String collectionPath(ObjectNode meta) {
            return ScimNames.GROUP.equals(meta.path("resourceType").asText()) ? ScimNames.GROUPS_PATH : ScimNames.USERS_PATH;
        }
    }

    private static void writeVarInt(ByteArrayOutputStream out, int value) {
        int rest = value;
        while ((rest & ~0x7F) != 0) {
            out.write((rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        out.write(rest);
    }

    private static int readVarInt(byte[] bytes, int[] at) {
        int value = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            byte next = bytes[at[0]++];
            value |= (next & 0x7F) << shift;
            if ((next & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalStateException("A stored representation's header is corrupt");
    }
}
