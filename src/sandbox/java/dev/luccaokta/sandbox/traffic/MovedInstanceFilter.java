package dev.luccaokta.sandbox.traffic;

import jakarta.servlet.FilterChain;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A Lucca that has moved: every request under {@code /moved/} is answered {@code 302 Found} towards the same request
 * without {@code /moved}, as a renamed instance or a login page in front of one would. A careful client does not
 * follow it with its key.
 */
@WebFilter(urlPatterns = "/moved/*")
public class MovedInstanceFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final String MOVED = "/moved";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) {
        String rest = request.getRequestURI().substring(request.getContextPath().length() + MOVED.length());
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", request.getContextPath() + rest + query);
    }
}
