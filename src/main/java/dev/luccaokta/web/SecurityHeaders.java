package dev.luccaokta.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers that keep browsers from misusing the connector's answers. The administration page loads only its own
 * files, is never framed (no clickjacking of its buttons) and sends no referrer; no answer is sniffed into another
 * type; and no answer of the APIs is kept by a cache, since some carry a SCIM token shown once or people's data.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        // The decoded path, without path parameters: /admin/api;x/... is still the API.
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.startsWith("/admin/api/") || path.startsWith("/api/")) {
            response.setHeader("Cache-Control", "no-store");
        } else if (path.startsWith("/admin")) {
            response.setHeader("Content-Security-Policy", PAGE_POLICY);
            response.setHeader("X-Frame-Options", "DENY");
        }
        chain.doFilter(request, response);
    }
}
