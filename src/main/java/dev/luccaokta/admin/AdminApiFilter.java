package dev.luccaokta.admin;

import jakarta.ws.rs.ApplicationPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * The administration API's OpenAPI filter ({@code mp.openapi.filter}): adds to every operation what the API's filters
 * do before it runs, which no resource annotation says: a sign-in for all (web.xml), the {@code X-Requested-With}
 * header for every change ({@link CsrfGuard}), for a tenant's endpoints the tenant looked up and the caller's right to
 * it ({@link AdminAccess}, which also bounds every body), each by the component META-INF/openapi.yaml names; and
 * undoes what Payara's generator gets wrong. It uses only what MicroProfile OpenAPI 3.1 (Payara 6) and 4.1 (WildFly
 * 38) share: a filter that fails, fails WildFly's deployment.
 */
public class AdminApiFilter implements OASFilter {

    private static final String API = AdminApplication.class.getAnnotation(ApplicationPath.class).value() + "/";

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getPaths() != null && document.getPaths().getPathItems() != null) {
            document.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                    .forEach((method, operation) -> answers(path, method, operation)));
        }
        // Payara lists a tag again for every resource that names it.
        if (document.getTags() != null) {
            document.setTags(new ArrayList<>(document.getTags().stream()
                    .collect(Collectors.toMap(Tag::getName, tag -> tag, (first, again) -> first, LinkedHashMap::new))
                    .values()));
        }
    }

    /**
     * Payara 6.2025.10 writes the members an annotation leaves unset as values (maxProperties 0, minItems 2147483647,
     * multipleOf 0...), some of which would forbid what the schema allows: they are taken out again. Only members
     * whose type MicroProfile OpenAPI 3.1 (Payara) and 4.1 (WildFly, which has none of these) share are touched.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        schema.setMultipleOf(schema.getMultipleOf() != null && schema.getMultipleOf().signum() > 0
                ? schema.getMultipleOf() : null);
        schema.setMaxLength(unless(schema.getMaxLength(), Integer.MAX_VALUE));
        schema.setMinLength(unless(schema.getMinLength(), 0));
        schema.setMaxItems(schema.getMaxItems() != null && schema.getMaxItems() < 0 ? null : schema.getMaxItems());
        schema.setMinItems(unless(unless(schema.getMinItems(), 0), Integer.MAX_VALUE));
        schema.setMaxProperties(unless(schema.getMaxProperties(), 0));
        schema.setMinProperties(unless(schema.getMinProperties(), 0));
        schema.setUniqueItems(unless(schema.getUniqueItems(), false));
        schema.setReadOnly(unless(schema.getReadOnly(), false));
        schema.setWriteOnly(unless(schema.getWriteOnly(), false));
        schema.setDeprecated(unless(schema.getDeprecated(), false));
        return schema;
    }

    /** The answers and the header every endpoint of its kind has, as the API's filters give them. */
    private static void answers(String path, PathItem.HttpMethod method, Operation operation) {
        respond(operation, "401", "SignInRequired");
        if (method != PathItem.HttpMethod.GET) {
            operation.addParameter(OASFactory.createParameter().ref("Csrf"));
            respond(operation, "403", "NotAllowed");
        }
        if (path.startsWith(API) && AdminAccess.ofATenant(path.substring(API.length()))) {
            respond(operation, "403", "NotAllowed");
            respond(operation, "404", "NotFound");
            respond(operation, "503", "LuccaUnavailable");
        }
        List<Parameter> parameters = operation.getParameters();
        boolean queried = parameters != null
                && parameters.stream().anyMatch(parameter -> parameter.getIn() == Parameter.In.QUERY);
        if (operation.getRequestBody() != null || queried) {
            respond(operation, "400", "Invalid");
        }
        if (operation.getRequestBody() != null) {
            respond(operation, "413", "TooLarge");
        }
    }

    private static void respond(Operation operation, String status, String component) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(component));
        }
    }

    private static <T> T unless(T value, T unset) {
        return unset.equals(value) ? null : value;
    }
}
