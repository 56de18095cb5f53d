package dev.luccaokta.okta;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One Custom Identity Source of an Okta org, and how the connector reaches it: the org's URL (its origin, or a path
 * under it, as {@link OktaUrlPolicy#checkOrgUrl} keeps it), the source's id (the app instance id, {@code 0oa...}) and the
 * credentials. {@code toString} names the org and the source, never the credentials.
 *
 * <pre>{@code
 * OktaSource source = new OktaSource(URI.create("https://acme.okta.com"), "0oa3l6l6WK6h0R0QW0g4", credentials);
 * }</pre>
 */
public record OktaSource(URI orgUrl, String sourceId, OktaCredentials credentials) {

    /** Okta's object ids (sources, sessions): letters and digits. */
    static final Pattern OKTA_ID = Pattern.compile("[A-Za-z0-9]{1,64}");

    public OktaSource {
        Objects.requireNonNull(orgUrl, "orgUrl");
        Objects.requireNonNull(credentials, "credentials");
        if (sourceId == null || !OKTA_ID.matcher(sourceId).matches()) {
            throw new IllegalArgumentException("An identity source id is letters and digits");
        }
        String path = orgUrl.getRawPath();
        if (!orgUrl.isAbsolute() || orgUrl.getRawQuery() != null || orgUrl.getRawFragment() != null
                || path != null && path.endsWith("/")) {
            throw new IllegalArgumentException("An Okta org URL is an origin, or a path under it without a final /: "
                    + "https://acme.okta.com");
        }
    }

    /** The identity-sources path of this source, followed by {@code rest}. */
    String path(String rest) {
        return "/api/v1/identity-sources/" + sourceId + rest;
    }

    /**
     * A value as one segment of a path: every byte but letters, digits, {@code -}, {@code _}, {@code .} and
     * {@code ~} percent-encoded, so that an external id cannot lead elsewhere ({@code .} and {@code ..} alone are
     * refused).
     */
    static String segment(String value) {
        if (value.isEmpty() || ".".equals(value) || "..".equals(value)) {
            throw new IllegalArgumentException("Not a path segment: " + value);
        }
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-_.~".indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }

    @Override
    public String toString() {
        return "OktaSource[" + orgUrl + " " + sourceId + "]";
    }
}
