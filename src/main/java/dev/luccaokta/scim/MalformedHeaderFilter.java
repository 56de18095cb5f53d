package dev.luccaokta.scim;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * The {@code Accept} header, checked before JAX-RS uses it to choose a resource method: Jersey answers one it
 * cannot parse ({@code application/json;q=abc}, {@code ;;;}, {@code a/b/c}) with a bare 400 that no exception mapper
 * sees and the server dresses as an HTML page, where Okta expects a SCIM error. The header is dropped and the request
 * refused here, in SCIM's format. ({@code Content-Type} is read even earlier, see {@link ContentTypeCheck}.)
 */
@Provider
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public class MalformedHeaderFilter implements ContainerRequestFilter {

    private static final int ECHOED = 60;

    @Override
    public void filter(ContainerRequestContext request) {
        try {
            request.getAcceptableMediaTypes();
        } catch (RuntimeException malformed) {
            String value = String.valueOf(request.getHeaderString(HttpHeaders.ACCEPT));
            // Dropped so that nothing downstream, the error answer's own negotiation included, parses it again.
            request.getHeaders().remove(HttpHeaders.ACCEPT);
            request.abortWith(ScimErrorResponses.of(400, null, "The Accept header must be a list of media types such as "
                    + "application/scim+json, not '" + (value.length() <= ECHOED ? value : value.substring(0, ECHOED) + "…") + "'"));
        }
    }
}
