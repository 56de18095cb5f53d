package dev.luccaokta.directory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The {@code meta.version} of a representation: a weak ETag over its content, so that it changes exactly
 * when what Okta would receive changes, and {@code If-None-Match} can answer 304.
 */
final class RepresentationVersion {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RepresentationVersion() {
    }

    /** Sets {@code meta.version} from the rest of the representation (which must not hold a version yet). */
    static void stamp(ObjectNode resource) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(JSON.writeValueAsBytes(resource));
            String tag = Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
            resource.with("meta").put("version", "W/\"" + tag + "\"");
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot version a SCIM representation", e);
        }
    }
}
