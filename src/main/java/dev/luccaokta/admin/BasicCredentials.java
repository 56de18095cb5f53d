package dev.luccaokta.admin;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The mail and password of an {@code Authorization: Basic} header (RFC 7617, UTF-8). A header that says Basic
 * but holds no valid {@code base64(mail:password)} is {@link Malformed}, a refusal of its own instead of an error
 * of the server.
 *
 * <pre>{@code
 * BasicCredentials.of("Basic cGF1bDpzZWNyZXQ=");   // Optional[paul / secret]
 * BasicCredentials.of("Bearer abc");               // Optional.empty(): another scheme
 * BasicCredentials.of("Basic %%%");                // throws Malformed
 * }</pre>
 */
public record BasicCredentials(String mail, char[] password) {

    private static final String SCHEME = "Basic ";
    /** Far above a mail (254) and any password a person types; a longer header is not worth decoding. */
    private static final int LONGEST = 4096;

    /** Credentials that announce Basic and are not. */
    public static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Malformed(String detail) {
            super(detail, null, false, false);
        }
    }

    /** Empty when there is no header or it names another scheme; {@link Malformed} when it is Basic but broken. */
    public static Optional<BasicCredentials> of(String header) {
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        String encoded = header.substring(SCHEME.length()).strip();
        if (encoded.length() > LONGEST) {
            throw new Malformed("The Basic credentials are too long");
        }
        CharBuffer decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Base64.getDecoder().decode(encoded)));
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw new Malformed("The Basic credentials are not base64 of UTF-8 text");
        }
        String text = decoded.toString();
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1 || text.chars().anyMatch(Character::isISOControl)) {
            throw new Malformed("The Basic credentials must be base64 of mail:password");
        }
        return Optional.of(new BasicCredentials(text.substring(0, colon), text.substring(colon + 1).toCharArray()));
    }

    @Override
    public String toString() {
        // The password stays out of log lines.
        return "BasicCredentials[" + mail + "]";
    }
}
