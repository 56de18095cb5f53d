package dev.luccaokta.lucca;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads Lucca's answer in full before anything parses it, and refuses one that is shorter than its
 * {@code Content-Length} (a connection dropped mid-answer) or longer than a configured size ({@link OversizedAnswer}),
 * which it stops reading at. The JSON-B parser loops without end when a body is
 * cut inside a member it skips, which would hold a request thread at full CPU; an I/O failure here is a
 * {@link ProcessingException}, which callers treat as Lucca not answering.
 */
public class CompleteBodyFilter implements ClientResponseFilter {

    /** An answer too long to be one of Lucca's: refused, and not asked for again. */
    static final class OversizedAnswer extends IOException {
        private static final long serialVersionUID = 1L;

        OversizedAnswer(int maxBytes) {
            super("Lucca's answer is longer than " + maxBytes + " bytes");
        }
    }

    private final int maxBytes;

    /** @param maxBytes the longest answer read ({@code lucca.maxAnswerBytes}) */
    public CompleteBodyFilter(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) throws IOException {
        if (!response.hasEntity()) {
            return;
        }
        // Closed only on failure: closing it closes the whole response on RESTEasy (WildFly), leaving the copy
        // unreadable; read to its end, it has already given its connection back.
        InputStream in = response.getEntityStream();
        byte[] body;
        try {
            body = in.readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                throw new OversizedAnswer(maxBytes);
            }
            int announced = response.getLength();
            if (announced >= 0 && body.length < announced) {
                throw new IOException("Lucca's answer was cut short: " + body.length + " of " + announced + " bytes");
            }
        } catch (IOException e) {
            in.close();
            // Unchecked: RESTEasy's Rest Client would hand a checked one to the caller as an UndeclaredThrowableException.
            throw new ProcessingException(e.getMessage(), e);
        }
        response.setEntityStream(new ByteArrayInputStream(body));
    }
}
