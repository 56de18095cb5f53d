package dev.luccaokta.scim;

import dev.luccaokta.scim.protocol.ScimErrors;
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
 * The headers JAX-RS parses before any filter or exception mapper of the connector runs ({@link HeaderSyntax}),
 * checked before JAX-RS sees them, so that Okta gets a SCIM error where the server would answer an HTML page or a 500.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class RequestHeaderCheck implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String refusal = request instanceof HttpServletRequest http ? HeaderSyntax.refusal(http, ScimMediaType.SCIM_JSON) : null;
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
}
