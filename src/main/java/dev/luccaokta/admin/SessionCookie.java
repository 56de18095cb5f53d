package dev.luccaokta.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

/**
 * The cookie that carries an administration session's id ({@link AdminSessions}), never a password: sent back only
 * to the administration API ({@code Path}), never to scripts ({@code HttpOnly}) nor with requests another site starts
 * ({@code SameSite=Strict}), and only over https when the request came that way ({@code Secure}). It has no
 * {@code Max-Age}: the browser forgets it when it closes, and the server decides how long the session lasts.
 *
 * <pre>{@code
 * response.addHeader("Set-Cookie", SessionCookie.opening(id, "/lucca-okta", true));
 * // lucca-okta-session=8Yb...; Path=/lucca-okta/admin/api; HttpOnly; SameSite=Strict; Secure
 * }</pre>
 */
public final class SessionCookie {

    public static final String NAME = "lucca-okta-session";

    private SessionCookie() {
    }

    /**
     * The cookie's value in the request's {@code Cookie} headers, read by hand rather than by the server, whose
     * parsers differ on values they do not like.
     */
    public static Optional<String> of(HttpServletRequest request) {
        Enumeration<String> headers = request.getHeaders("Cookie");
        for (String header : headers == null ? List.<String>of() : Collections.list(headers)) {
            for (String pair : header.split(";")) {
                int equals = pair.indexOf('=');
                if (equals > 0 && pair.substring(0, equals).strip().equals(NAME)) {
                    return Optional.of(pair.substring(equals + 1).strip());
                }
            }
        }
        return Optional.empty();
    }

    /** The {@code Set-Cookie} value that hands the browser a new session. */
    public static String opening(String sessionId, String contextPath, boolean secure) {
        return NAME + "=" + sessionId + attributes(contextPath, secure);
    }

    /** The {@code Set-Cookie} value that makes the browser forget its session. */
    public static String ending(String contextPath, boolean secure) {
        return NAME + "=; Max-Age=0" + attributes(contextPath, secure);
    }

    private static String attributes(String contextPath, boolean secure) {
        return "; Path=" + contextPath + "/admin/api; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }
}
