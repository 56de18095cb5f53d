package dev.luccaokta.sandbox.api;

import dev.luccaokta.sandbox.data.Country;
import dev.luccaokta.sandbox.data.EmployeeDirectory;
import dev.luccaokta.sandbox.data.Establishment;
import dev.luccaokta.sandbox.data.Organization;
import dev.luccaokta.sandbox.json.JsonValues;
import dev.luccaokta.sandbox.json.OrganizationJson;
import dev.luccaokta.sandbox.query.PageRequest;
import dev.luccaokta.sandbox.query.QueryException;
import dev.luccaokta.sandbox.query.QueryParameters;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The organisation structure API: departments, establishments, legal units and countries, in pages numbered from 1 with
 * {@code prev}/{@code next} links. Archived establishments are listed only when {@code isArchived} asks for them.
 * Any valid key may read it.
 */
@Path("organization/structure/api")
@RequiresApiKey
@Produces(MediaType.APPLICATION_JSON)
@Dependent
public class OrganizationStructureResource {
    private static final String PAGE = "page";
    private static final String LIMIT = "limit";
    private static final String IS_ARCHIVED = "isArchived";

    @Inject
    EmployeeDirectory directory;

    @GET
    @Path("departments")
    public JsonObject departments(@Context UriInfo uri) {
        Organization organization = directory.organization();
        return page(organization.departments(), department -> OrganizationJson.department(department,
                organization.hierarchy(department)), parameters(uri, Set.of(PAGE, LIMIT)), uri);
    }

    @GET
    @Path("establishments")
    public JsonObject establishments(@Context UriInfo uri) {
        QueryParameters parameters = parameters(uri, Set.of(PAGE, LIMIT, IS_ARCHIVED));
        Set<Boolean> archived = archivedStates(parameters.single(IS_ARCHIVED).orElse("false"));
        List<Establishment> wanted = directory.organization().establishments().stream()
                .filter(establishment -> archived.contains(establishment.isArchived())).toList();
        return page(wanted, OrganizationJson::establishment, parameters, uri);
    }

    @GET
    @Path("legal-units")
    public JsonObject legalUnits(@Context UriInfo uri) {
        return page(directory.organization().legalUnits(), unit -> OrganizationJson.legalUnit(unit,
                directory.organization().country(unit.countryId()).orElseThrow()), parameters(uri, Set.of(PAGE, LIMIT)), uri);
    }

    @GET
    @Path("countries")
    public JsonObject countries(@Context UriInfo uri) {
        List<Country> countries = directory.organization().countries();
        return page(countries, OrganizationJson::country, parameters(uri, Set.of(PAGE, LIMIT)), uri);
    }

    private static QueryParameters parameters(UriInfo uri, Set<String> accepted) {
        return RequestParameters.of(uri).acceptOnly(accepted);
    }

    private static <T> JsonObject page(List<T> items, Function<T, JsonObject> render, QueryParameters parameters,
                                       UriInfo uri) {
        PageRequest page = PageRequest.parse(parameters.single(PAGE).orElse(null),
                parameters.single(LIMIT).orElse(null));
        JsonArrayBuilder rendered = JsonValues.array();
        items.stream().skip(page.offset()).limit(page.limit()).forEach(item -> rendered.add(render.apply(item)));
        URI previous = page.page() > 1 ? pageUri(uri, page.page() - 1) : null;
        URI next = page.hasNext(items.size()) ? pageUri(uri, page.page() + 1) : null;
        return OrganizationJson.page(rendered.build(), items.size(), previous, next);
    }

    private static URI pageUri(UriInfo uri, int page) {
        return uri.getRequestUriBuilder().replaceQueryParam(PAGE, page).build();
    }

    /** {@code isArchived} takes {@code true}, {@code false} or both, comma-separated. */
    private static Set<Boolean> archivedStates(String value) {
        try {
            return Arrays.stream(value.split(",", -1)).map(state -> switch (state.trim().toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException(state);
            }).collect(Collectors.toSet());
        } catch (IllegalArgumentException e) {
            throw new QueryException("Query parameter isArchived takes true, false or true,false, not '" + value + "'");
        }
    }
}
