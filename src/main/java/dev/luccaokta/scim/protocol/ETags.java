package dev.luccaokta.scim.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Weak entity tags of resources (RFC 7644 §3.14) and the matching of {@code If-Match} / {@code If-None-Match}. A
 * tag is {@code W/"…"} over a digest of the resource's JSON with fields sorted and {@code meta.version} left out,
 * so it depends on the content alone and can be stored in {@code meta.version} itself. Tags compare weakly (the
 * {@code W/} prefix is ignored), for both headers: SCIM versions are weak.
 *
 * <pre>{@code
 * ObjectNode user = ETags.withVersion(representation);
 * if (ETags.matches(ifNoneMatch, user.path("meta").path("version").asText())) { ...304... }
 * }</pre>
 */
public final class ETags {

    private static final ObjectWriter CANONICAL =
            JsonMapper.builder().enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED).build().writer();
    /** 128 bits of SHA-256: collisions between versions of one resource are out of reach. */
    private static final int DIGEST_BYTES = 16;

    private ETags() {
    }

    /** The weak entity tag of {@code resource}; {@code resource} is not modified. */
    public static String of(ObjectNode resource) {
        try {
            byte[] canonical = CANONICAL.writeValueAsBytes(withoutVersion(resource));
            byte[] digest = Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(canonical), DIGEST_BYTES);
            return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serializes", e);
        }
    }

    /** A copy of {@code resource} whose {@code meta.version} is its entity tag. */
    public static ObjectNode withVersion(ObjectNode resource) {
        ObjectNode copy = resource.deepCopy();
        JsonNode meta = copy.path("meta");
        ObjectNode writableMeta = meta.isObject() ? (ObjectNode) meta : copy.putObject("meta");
        writableMeta.put("version", of(resource));
        return copy;
    }

    /**
     * Whether the value of an {@code If-Match} or {@code If-None-Match} header names {@code etag}: {@code *}
     * names any, otherwise one tag of the comma-separated list must equal it, weakly. A malformed header names
     * nothing.
     *
     * @param header the header value, null when absent (which names nothing)
     */
    public static boolean matches(String header, String etag) {
        if (header == null) {
            return false;
        }
        if (header.trim().equals("*")) {
            return true;
        }
        String wanted = opaque(etag);
        int at = 0;
        while (at < header.length()) {
            char c = header.charAt(at);
            if (c == ',' || Character.isWhitespace(c)) {
                at++;
                continue;
            }
            if (header.startsWith("W/", at)) {
                at += 2;
            }
            if (at >= header.length() || header.charAt(at) != '"') {
                return false;
            }
            int close = header.indexOf('"', at + 1);
            if (close < 0) {
                return false;
            }
            if (header.substring(at + 1, close).equals(wanted)) {
                return true;
            }
            at = close + 1;
        }
        return false;
    }

    /** The tag between its quotes, without the weakness prefix. */
    private static String opaque(String etag) {
        String tag = etag.startsWith("W/") ? etag.substring(2) : etag;
        boolean quoted = tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"");
        return quoted ? tag.substring(1, tag.length() - 1) : tag;
    }

    /** {@code resource} without {@code meta.version}, sharing everything else with it. */
    private static ObjectNode withoutVersion(ObjectNode resource) {
        JsonNode meta = resource.get("meta");
        if (meta == null || !meta.has("version")) {
            return resource;
        }
        ObjectNode shallow = resource.objectNode();
        shallow.setAll(resource);
        ObjectNode metaWithoutVersion = resource.objectNode();
        metaWithoutVersion.setAll((ObjectNode) meta);
        metaWithoutVersion.remove("version");
        shallow.set("meta", metaWithoutVersion);
        return shallow;
    }
}
