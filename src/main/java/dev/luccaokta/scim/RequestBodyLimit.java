package dev.luccaokta.scim;

import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ScimException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounds what a SCIM request body may cost: a body announced larger than {@code scim.maxBodyBytes} (64 KiB by
 * default, far above any user Okta sends) is refused with {@code 413} before a byte of it is read, and a body
 * without a length (chunked, HTTP/2) is counted as it is read and refused once past the limit, so that no request
 * holds more than the limit in memory. Runs after token authentication: a caller without a valid token gets 401.
 *
 * <pre>{@code
 * String json = RequestBodyLimit.text(body);   // 413 past the limit, 400 when the bytes are not UTF-8
 * }</pre>
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 100)
public class RequestBodyLimit implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "scim.maxBodyBytes", defaultValue = "65536")
    long maxBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        Long declared = declaredLength(request.getHeaderString(HttpHeaders.CONTENT_LENGTH));
        if (declared != null && declared > maxBytes) {
            request.abortWith(ScimErrorResponses.of(413, null, tooLarge(maxBytes)));
            return;
        }
        request.setEntityStream(new Bounded(request.getEntityStream(), maxBytes));
    }

    /**
     * The body as text, read through the bounded stream this filter installed. JSON exchanged between systems is
     * UTF-8 (RFC 8259 §8.1): a {@code charset} parameter is not looked at, a byte order mark is skipped, and bytes
     * that are not UTF-8 are refused rather than replaced.
     *
     * @throws ScimException 413 when the body is past the limit, 400 {@code invalidSyntax} when it is not UTF-8
     *                       or cannot be read
     */
    static String text(InputStream body) throws ScimException {
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : body.readAllBytes();
        } catch (TooLarge e) {
            throw new ScimException(413, null, e.getMessage());
        } catch (IOException e) {
            throw BadRequestException.invalidSyntax("The request body could not be read to its end");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw BadRequestException.invalidSyntax("The body is not UTF-8 text: send JSON encoded in UTF-8");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Long declaredLength(String header) {
        if (header == null) {
            return null;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            // The HTTP layer refuses a malformed length; a body read anyway is still counted.
            return null;
        }
    }

    private static String tooLarge(long maxBytes) {
        return "The request body is larger than the " + maxBytes + " bytes accepted";
    }

    /** Past the limit while reading. */
    public static final class TooLarge extends IOException {
        TooLarge(long maxBytes) {
            super(tooLarge(maxBytes));
        }
    }

    /** Counts the bytes read (or skipped) and fails once more than the limit went through; the admin API uses it too. */
    public static final class Bounded extends FilterInputStream {

        private final long maxBytes;
        private long count;

        public Bounded(InputStream in, long maxBytes) {
            super(in);
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            // Never ask for more than one byte past the limit: that byte is enough to know.
            long room = maxBytes - count + 1;
            int n = super.read(buffer, offset, (int) Math.min(length, Math.max(1, room)));
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, Math.max(1, maxBytes - count + 1)));
            counted(skipped);
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public synchronized void mark(int limit) {
            // not supported: a reset would read bytes twice past the count
        }

        @Override
        public synchronized void reset() throws IOException {
            throw new IOException("mark/reset not supported");
        }

        private void counted(long n) throws TooLarge {
            count += n;
            if (count > maxBytes) {
                throw new TooLarge(maxBytes);
            }
        }
    }
}
