package dev.luccaokta.okta;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import java.text.ParseException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the connector proves itself to an Okta org: an API token ({@code Authorization: SSWS ...}), which carries its
 * creator's administrator rights, or, as Okta recommends, an OAuth 2.0 service app whose access tokens
 * ({@link OktaTokens}) it gets with a client assertion signed by the app's private key. Neither ever appears in
 * {@code toString}, so neither reaches a log line or an error message.
 *
 * <pre>{@code
 * OktaCredentials token = new OktaCredentials.ApiToken("00aBcD...");
 * OktaCredentials app = new OktaCredentials.ServiceApp("0oa1b2c3d4", privateJwkJson);
 * }</pre>
 */
public sealed interface OktaCredentials {

    /** Okta's ids and client ids: letters and digits (client ids of apps made by API may also hold - and _). */
    Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    /** An Okta API token, sent as {@code SSWS <token>}. */
    record ApiToken(String token) implements OktaCredentials {

        public ApiToken {
            Objects.requireNonNull(token, "token");
            if (token.isBlank() || token.length() > 200 || !token.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
                throw new IllegalArgumentException("An Okta API token is printable ASCII without spaces");
            }
        }

        @Override
        public String toString() {
            return "ApiToken[hidden]";
        }
    }

    /**
     * An OAuth 2.0 service app (client credentials with {@code private_key_jwt}): its client id and its private key
     * as a JWK (RSA, or EC on P-256, P-384 or P-521), with the {@code kid} Okta knows its public half by.
     */
    record ServiceApp(String clientId, String privateKeyJwk) implements OktaCredentials {

        public ServiceApp {
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(privateKeyJwk, "privateKeyJwk");
            if (!CLIENT_ID.matcher(clientId).matches()) {
                throw new IllegalArgumentException("An Okta client id is letters, digits, - and _");
            }
            signingKey(privateKeyJwk);
        }

        /** The private key, parsed anew: the parsed form is not kept beside the text. */
        JWK signingKey() {
            return signingKey(privateKeyJwk);
        }

        @Override
        public String toString() {
            // The key stays out of log lines and error messages.
            return "ServiceApp[" + clientId + "]";
        }

        private static JWK signingKey(String json) {
            JWK key;
            try {
                key = JWK.parse(json);
            } catch (ParseException e) {
                // Neither the parser's message nor its cause: either may quote the key.
                throw new IllegalArgumentException("The service app's key is not a JWK");
            }
            if (!(key instanceof RSAKey || key instanceof ECKey) || !key.isPrivate()) {
                throw new IllegalArgumentException("The service app's key is a private RSA or EC JWK");
            }
            if (key.getKeyID() == null || key.getKeyID().isBlank()) {
                throw new IllegalArgumentException("The service app's key has no kid: Okta finds its public half by it");
            }
            if (key instanceof RSAKey rsa && rsa.size() < 2048) {
                throw new IllegalArgumentException("The service app's RSA key is shorter than 2048 bits");
            }
            if (key instanceof ECKey ec && ClientAssertions.algorithm(ec) == null) {
                throw new IllegalArgumentException("The service app's EC key is on P-256, P-384 or P-521");
            }
            return key;
        }
    }
}
