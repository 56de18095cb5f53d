package dev.luccaokta.scim.protocol;

/**
 * The matching of {@code If-Match} / {@code If-None-Match} headers against a resource's {@code meta.version}
 * (RFC 7644 §3.14). Tags compare weakly (the {@code W/} prefix is ignored), for both headers: SCIM versions are
 * weak. The versions themselves are made where representations are built.
 *
 * <pre>{@code
 * if (ETags.matches(ifNoneMatch, user.path("meta").path("version").asText())) { ...304... }
 * }</pre>
 */
public final class ETags {

    private ETags() {
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
}
