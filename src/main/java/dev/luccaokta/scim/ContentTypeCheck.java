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

/**
 * The {@code Content-Type} of a SCIM request, checked before JAX-RS sees it. Jersey's servlet reads it while it
 * builds the request, before any JAX-RS filter or exception mapper runs, and answers one it cannot parse
 * ({@code garbage}, {@code application/json;charset=}, two media types, two headers, an empty one) with a bare 400 that the server
 * dresses as an HTML page, where Okta expects a SCIM error. The same parse is made here, and a refusal is a SCIM
 * error body. ({@code Accept} is checked by {@link MalformedHeaderFilter}, which Jersey does reach.)
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ContentTypeCheck implements Filter {

    private static final int ECHOED = 60;

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

    /** Why the request's Content-Type cannot be read, or null when it can (or there is none). */
    static String refusal(HttpServletRequest request) {
        List<String> values = Collections.list(request.getHeaders(HttpHeaders.CONTENT_TYPE));
        if (values.size() > 1) {
            return "Send one Content-Type header, not " + values.size();
        }
        return values.isEmpty() ? null : refusal(values.get(0));
    }

    /** Why this Content-Type value cannot be read, or null when it can: the parse Jersey makes. */
    static String refusal(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            // Jersey parses an empty value too, and fails: a client means no type, but sent a header.
            return "The Content-Type header is empty: send application/scim+json, or no Content-Type header";
        }
        try {
            MediaType.valueOf(contentType);
            return null;
        } catch (IllegalArgumentException malformed) {
            String shown = contentType.length() <= ECHOED ? contentType : contentType.substring(0, ECHOED) + "…";
            return "The Content-Type header must be one media type such as application/scim+json, not '" + shown + "'";
        }
    }
}
