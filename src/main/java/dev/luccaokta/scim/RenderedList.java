package dev.luccaokta.scim;

import dev.luccaokta.scim.protocol.FoundPage;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A page of a list response (RFC 7644 §3.4.2) written as it goes out: its fields, then each resource copied from the
 * snapshot with the request's base URL spliced in, with no tree built per request. The fields are in the order the
 * SCIM SDK writes them.
 */
final class RenderedList implements StreamingOutput {

    /** Writes the resource at a position of the snapshot, {@code base} in front of its references. */
    @FunctionalInterface
    interface Resources {
        void write(int position, OutputStream out, byte[] base) throws IOException;
    }

    private static final int BUFFER = 32 * 1024;

    private final FoundPage page;
    private final Resources resources;
    private final byte[] base;

    RenderedList(FoundPage page, Resources resources, byte[] base) {
        this.page = page;
        this.resources = resources;
        this.base = base;
    }

    @Override
    public void write(OutputStream output) throws IOException {
        // Many small writes per resource: one buffer in front of the container's stream keeps them cheap.
        OutputStream out = new BufferedOutputStream(output, BUFFER);
        out.write(("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"],\"totalResults\":"
                + page.totalResults() + ",\"itemsPerPage\":" + page.positions().length + ",\"startIndex\":" + page.startIndex()
                + ",\"Resources\":[").getBytes(StandardCharsets.US_ASCII));
        int[] positions = page.positions();
        for (int i = 0; i < positions.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            resources.write(positions[i], out, base);
        }
        out.write(']');
        out.write('}');
        out.flush();
    }
}
