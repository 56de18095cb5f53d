package dev.luccaokta.scim;

import dev.luccaokta.scim.protocol.ScimErrors;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The headers JAX-RS parses before any filter or exception mapper of the connector runs, checked before JAX-RS sees
 * them: {@code Content-Type}, {@code Accept} and {@code Accept-Language}. Jersey (Payara) answers one it cannot parse
 * with a bare 400 the server dresses as an HTML page, RESTEasy (WildFly) with its own page or a 500
 * ({@code application/json;q=abc}), where Okta expects a SCIM error. The same parses are made here, and a refusal is
 * a SCIM error body, whatever the server.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class RequestHeaderCheck implements Filter {

    private static final int ECHOED = 60;

    /** A quality value as RFC 9110 §12.4.2 writes it: 0 to 1, at most three decimals. */
    private static final Pattern QUALITY = Pattern.compile("0(\\.\\d{0,3})?|1(\\.0{0,3})?");
    private static final Pattern EMPTY_PARAMETER = Pattern.compile("=\\s*(;|$)");
    private static final Pattern LANGUAGE_RANGE = Pattern.compile("\\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String refusal = request instanceof HttpServletRequest http ? refusal(http) : null;
        if (refusal == null) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse answer = (HttpServletResponse) response;
        answer.setStatus(400);
        answer.setContentType(ScimMediaType.SCIM_JSON);
        answer.setCharacterEncoding("UTF-8");
        answer.getWriter().write(ScimErrors.of(400, null, refusal).toString());
    }

    /** Why the request's headers cannot be read, or null when they can. */
    public static String refusal(HttpServletRequest request) {
        List<String> contentTypes = Collections.list(request.getHeaders(HttpHeaders.CONTENT_TYPE));
        if (contentTypes.size() > 1) {
            return "Send one Content-Type header, not " + contentTypes.size();
        }
        String refusal = contentTypes.isEmpty() ? null : contentTypeRefusal(contentTypes.get(0));
        for (String accept : Collections.list(request.getHeaders(HttpHeaders.ACCEPT))) {
            refusal = refusal != null ? refusal : acceptRefusal(accept);
        }
        for (String languages : Collections.list(request.getHeaders(HttpHeaders.ACCEPT_LANGUAGE))) {
            refusal = refusal != null ? refusal : languageRefusal(languages);
        }
        return refusal;
    }

    /** Why this Content-Type value cannot be read, or null when it can: the parse Jersey makes. */
    static String contentTypeRefusal(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            // Jersey parses an empty value too, and fails: a client means no type, but sent a header.
            return "The Content-Type header is empty: send application/scim+json, or no Content-Type header";
        }
        return parses(contentType) ? null
                : "The Content-Type header must be one media type such as application/scim+json, not '" + shown(contentType) + "'";
    }

    /** Why this Accept value is not a list of media ranges, or null when it is. */
    static String acceptRefusal(String accept) {
        for (String range : accept.split(",")) {
            if (!range.isBlank() && (!parses(range.strip()) || !qualityValid(MediaType.valueOf(range.strip()).getParameters().get("q")))) {
                return "The Accept header must be a list of media types such as application/scim+json, not '" + shown(accept) + "'";
            }
        }
        return null;
    }

    /** Why this Accept-Language value is not a list of language ranges, or null when it is. */
    static String languageRefusal(String languages) {
        for (String range : languages.split(",")) {
            String[] parts = range.strip().split(";", -1);
            boolean valid = range.isBlank() || LANGUAGE_RANGE.matcher(parts[0].strip()).matches()
                    && (parts.length == 1 || parts.length == 2 && parts[1].strip().startsWith("q=")
                    && qualityValid(parts[1].strip().substring(2)));
            if (!valid) {
                return "The Accept-Language header must be a list of languages such as fr-FR, en;q=0.5, not '"
                        + shown(languages) + "'";
            }
        }
        return null;
    }

    private static boolean parses(String mediaType) {
        if (EMPTY_PARAMETER.matcher(mediaType).find()) {
            // Jersey refuses a parameter without a value, RESTEasy takes it as empty: refused here for both.
            return false;
        }
        try {
            MediaType.valueOf(mediaType);
            return true;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static boolean qualityValid(String quality) {
        return quality == null || QUALITY.matcher(quality).matches();
    }

    private static String shown(String value) {
        return value.length() <= ECHOED ? value : value.substring(0, ECHOED) + "…";
    }
}
