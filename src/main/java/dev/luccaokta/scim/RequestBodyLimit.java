package dev.luccaokta.scim;

import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ScimException;
import dev.luccaokta.web.BoundedBody;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
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
            request.abortWith(ScimErrorResponses.of(413, null, BoundedBody.tooLarge(maxBytes)));
            return;
        }
        request.setEntityStream(new BoundedBody(request.getEntityStream(), maxBytes));
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
        } catch (BoundedBody.TooLarge e) {
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

}
