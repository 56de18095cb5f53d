package dev.luccaokta.admin;

import dev.luccaokta.tenant.Tenant;
import dev.luccaokta.tenant.TenantRepository;
import dev.luccaokta.web.BoundedBody;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Decides who may call an administration endpoint before its body is read or parsed: operators only where the
 * endpoint says so ({@link OperatorsOnly}), and for a tenant's endpoints (those whose path, from their {@link Path}
 * annotations, is {@code tenants/{id}} or below it, whichever resource serves them) an operator or a person Lucca lets
 * administer that tenant's integration ({@link IntegrationAdministrators}). The tenant found is handed to the
 * resource through {@link AuthorizedTenant}. Then it bounds the body to {@code admin.maxBodyBytes}
 * (64 KiB by default; the largest form, a selection of every property, is a few KiB): a body announced larger is
 * refused with 413 before a byte is read, and one without a length is counted as it is read and refused once past
 * the limit ({@link BoundedBody.TooLarge}, which {@link AdminErrorMapper} answers with 413).
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AdminAccess implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    SecurityContext security;

    @Inject
    TenantRepository tenants;

    @Inject
    IntegrationAdministrators administrators;

    @Inject
    AuthorizedTenant authorized;

    @Inject
    @ConfigProperty(name = "admin.maxBodyBytes", defaultValue = "65536")
    long maxBodyBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        boolean operator = security.isCallerInRole(AdminAuthentication.OPERATOR);
        OperatorsOnly operatorsOnly = method == null ? null : method.isAnnotationPresent(OperatorsOnly.class)
                ? method.getAnnotation(OperatorsOnly.class) : resource.getResourceClass().getAnnotation(OperatorsOnly.class);
        if (operatorsOnly != null && !operator) {
            throw AdminProblem.forbidden(operatorsOnly.value());
        }
        if (method != null && ofATenant(template(resource.getResourceClass(), method))) {
            String id = request.getUriInfo().getPathParameters().getFirst("id");
            Tenant tenant = tenants.findById(id).orElseThrow(() -> AdminProblem.notFound("No tenant " + id));
            if (!operator) {
                administrators.require(security.getCallerPrincipal().getName(), tenant);
            }
            authorized.grant(tenant);
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.strip().matches("\\d{1,18}") && Long.parseLong(length.strip()) > maxBodyBytes) {
            throw new AdminProblem(413, "Request too large", BoundedBody.tooLarge(maxBodyBytes));
        }
        request.setEntityStream(new BoundedBody(request.getEntityStream(), maxBodyBytes));
    }

    /** Whether an endpoint's path template (below the application's path) is one of a tenant's. */
    static boolean ofATenant(String template) {
        return template.matches("tenants/\\{id}(/.*)?");
    }

    /** The endpoint's path template below the application's path, from its resource's and its method's {@link Path}. */
    static String template(Class<?> resource, Method method) {
        Path root = resource.getAnnotation(Path.class);
        Path sub = method.getAnnotation(Path.class);
        String template = (root == null ? "" : root.value()) + "/" + (sub == null ? "" : sub.value());
        return template.replaceAll("/+", "/").replaceAll("^/|/$", "");
    }
}
