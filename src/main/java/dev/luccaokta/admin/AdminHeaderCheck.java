package dev.luccaokta.admin;

import dev.luccaokta.web.HeaderSyntax;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The administration API's check of {@link HeaderSyntax}: a {@code Content-Type}, {@code Accept} or
 * {@code Accept-Language} that JAX-RS cannot parse is refused here with a problem body, where the server would answer
 * an HTML page before any exception mapper runs.
 */
@WebFilter(urlPatterns = "/admin/api/*", asyncSupported = true)
public class AdminHeaderCheck implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String refusal = request instanceof HttpServletRequest http ? HeaderSyntax.refusal(http, "application/json") : null;
        if (refusal == null) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse answer = (HttpServletResponse) response;
        answer.setStatus(400);
        answer.setContentType("application/problem+json");
        answer.setCharacterEncoding("UTF-8");
        answer.getWriter().write(AdminProblem.json(400, "Invalid request", refusal).toString());
    }
}
