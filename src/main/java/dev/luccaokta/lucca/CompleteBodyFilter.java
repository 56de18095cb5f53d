package dev.luccaokta.lucca;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads Lucca's answer in full before anything parses it, and refuses one that is shorter than its
 * {@code Content-Length} (a connection dropped mid-answer). The JSON-B parser loops without end when a body is
 * cut inside a member it skips, which would hold a request thread at full CPU; an I/O failure here is a
 * {@link jakarta.ws.rs.ProcessingException}, which callers treat as Lucca not answering.
 */
public class CompleteBodyFilter implements ClientResponseFilter {

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) throws IOException {
        if (!response.hasEntity()) {
            return;
        }
        byte[] body;
        try (InputStream in = response.getEntityStream()) {
            body = in.readAllBytes();
        }
        int announced = response.getLength();
        if (announced >= 0 && body.length < announced) {
            throw new IOException("Lucca's answer was cut short: " + body.length + " of " + announced + " bytes");
        }
        response.setEntityStream(new ByteArrayInputStream(body));
    }
}
