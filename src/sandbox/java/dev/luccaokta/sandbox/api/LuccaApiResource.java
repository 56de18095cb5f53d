package dev.luccaokta.sandbox.api;

import dev.luccaokta.sandbox.auth.AccessToken;
import dev.luccaokta.sandbox.auth.Scopes;
import dev.luccaokta.sandbox.data.Department;
import dev.luccaokta.sandbox.data.Employee;
import dev.luccaokta.sandbox.data.EmployeeDirectory;
import dev.luccaokta.sandbox.data.Establishment;
import dev.luccaokta.sandbox.data.ExtendedDataDefinition;
import dev.luccaokta.sandbox.data.LegalUnit;
import dev.luccaokta.sandbox.data.Organization;
import dev.luccaokta.sandbox.json.JsonValues;
import dev.luccaokta.sandbox.json.LuccaApiJson;
import dev.luccaokta.sandbox.query.CursorQuery;
import dev.luccaokta.sandbox.query.QueryParameters;
import dev.luccaokta.sandbox.traffic.FaultField;
import dev.luccaokta.sandbox.traffic.Faults;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The Lucca API (v5, {@code /lucca-api}) over the same directory as the legacy routes: employees, employments, job
 * positions, personal records, custom fields (employee attributes) and the organisation, each behind its read scope (403 naming it otherwise). A client
 * restricted to some business establishments sees only the people, employments, job positions and establishments of
 * those; departments and legal entities are not restricted, as in Lucca. Every answer has a weak ETag and honours
 * {@code If-None-Match}.
 */
@Path("lucca-api")
@RequiresBearerToken
@Produces(MediaType.APPLICATION_JSON)
@Dependent
public class LuccaApiResource {
    private static final String ID = "id";
    private static final String AS_OF = "applicability.asOf";
    /** The {@code hostilePages} fault switch's values. */
    private static final int FOREIGN_LINKS = 1;
    private static final int LOOPING_LINKS = 2;
    private static final int NOT_JSON = 3;
    private static final String STARTS_ON = "startsOn";
    private static final String ENDS_ON = "endsOn";
    /** The scope each collection's single items need. */
    private static final Map<String, String> SCOPE_OF_ONE = Map.of("employments", Scopes.EMPLOYMENTS,
            "job-positions", Scopes.JOB_POSITIONS, "employee-personal-records", Scopes.PERSONAL_RECORDS,
            "departments", Scopes.DEPARTMENTS, "business-establishments", Scopes.BUSINESS_ESTABLISHMENTS,
            "legal-entities", Scopes.LEGAL_ENTITIES);

    @Inject
    EmployeeDirectory directory;
    @Inject
    Clock clock;
    @Inject
    Faults faults;

    @GET
    @Path("employees")
    public Response employees(@Context SecurityContext security, @Context Request request, @Context UriInfo uri) {
        AccessToken token = require(security, Scopes.EMPLOYEES);
        LuccaApiJson json = json(uri);
        CursorQuery query = query(uri, List.of(ID, "status", "email"));
        CursorQuery.Result<Employee> result = query.run(visibleEmployees(token), LuccaApiResource::id, Map.of(
                ID, e -> List.of(Integer.toString(e.id())),
                "status", e -> List.of(json.status(e)),
                "email", e -> e.mail() == null ? List.of() : List.of(e.mail())));
        JsonObject embedded = query.includes("embedded") ? embedded(token, json, result.page()) : null;
        return answer(request, page("employees", uri, query, result, json::employee, embedded));
    }

    @GET
    @Path("employees/{id}")
    public Response employee(@PathParam("id") String id, @Context SecurityContext security, @Context Request request,
                             @Context UriInfo uri) {
        AccessToken token = require(security, Scopes.EMPLOYEES);
        RequestParameters.none(uri);
        Employee employee = RequestParameters.id(id).flatMap(directory::find).filter(e -> sees(token, e))
                .orElseThrow(() -> LuccaException.notFound("No employee " + id));
        return answer(request, json(uri).employee(employee));
    }

    /** One item of the other collections; one the token may not see does not exist for it (404), as in Lucca. */
    @GET
    @Path("{collection: employments|job-positions|employee-personal-records|departments|business-establishments"
            + "|legal-entities}/{id}")
    public Response one(@PathParam("collection") String collection, @PathParam("id") String id,
                        @Context SecurityContext security, @Context Request request, @Context UriInfo uri) {
        RequestParameters.none(uri);
        LuccaApiJson json = json(uri);
        AccessToken token = require(security, SCOPE_OF_ONE.get(collection));
        Optional<Integer> number = RequestParameters.id(id);
        Organization organization = directory.organization();
        Optional<JsonObject> found = switch (collection) {
            case "employments" -> ofEmployee(token, number).map(json::employment);
            case "job-positions" -> ofEmployee(token, number).map(json::jobPosition);
            case "employee-personal-records" -> ofEmployee(token, number).map(json::personalRecord);
            case "departments" -> number.flatMap(organization::department).map(json::department);
            case "business-establishments" -> number.filter(token.client()::sees)
                    .flatMap(organization::establishment).map(json::businessEstablishment);
            default -> number.flatMap(organization::legalUnit).map(json::legalEntity);
        };
        return answer(request, found.orElseThrow(() -> LuccaException.notFound("No " + collection + " item " + id)));
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw LuccaException.badRequest(AS_OF + " is a date such as 2024-01-01, not '" + text + "'");
        }
    }

    private Optional<Employee> ofEmployee(AccessToken token, Optional<Integer> id) {
        return id.flatMap(directory::find).filter(e -> sees(token, e));
    }

    @GET
    @Path("employments")
    public Response employments(@Context SecurityContext security, @Context Request request, @Context UriInfo uri) {
        return perEmployee(security, request, uri, Scopes.EMPLOYMENTS, "employments", List.of(ID, "employee.id"),
                json -> json::employment, true);
    }

    @GET
    @Path("job-positions")
    public Response jobPositions(@Context SecurityContext security, @Context Request request, @Context UriInfo uri) {
        return perEmployee(security, request, uri, Scopes.JOB_POSITIONS, "job-positions",
                List.of(ID, "employment.id", "employment.employee.id"), json -> json::jobPosition, true);
    }

    @GET
    @Path("employee-personal-records")
    public Response personalRecords(@Context SecurityContext security, @Context Request request, @Context UriInfo uri) {
        return perEmployee(security, request, uri, Scopes.PERSONAL_RECORDS, "employee-personal-records",
                List.of(ID, "employee.id"), json -> json::personalRecord, false);
    }

    @GET
    @Path("employee-attribute-definitions")
    public Response attributeDefinitions(@Context SecurityContext security, @Context Request request,
                                         @Context UriInfo uri) {
        require(security, Scopes.EMPLOYEE_ATTRIBUTES);
        CursorQuery query = query(uri, List.of(ID));
        List<ExtendedDataDefinition> definitions = directory.organization().extendedDataDefinitions();
        // Cursors count from 1, as every other id does.
        CursorQuery.Result<ExtendedDataDefinition> result = query.run(definitions, d -> definitions.indexOf(d) + 1L,
                Map.of(ID, d -> List.of(d.code())));
        return answer(request, page("employee-attribute-definitions", uri, query, result,
                json(uri)::attributeDefinition, null));
    }

    /**
     * Each employee's value of each custom field they have one for; an attribute's id numbers the employee and the
     * definition ({@code employee id × 1000 + definition index}), so that paging follows employees.
     */
    @GET
    @Path("employee-attributes")
    public Response attributes(@Context SecurityContext security, @Context Request request, @Context UriInfo uri) {
        AccessToken token = require(security, Scopes.EMPLOYEE_ATTRIBUTES);
        QueryParameters parameters = RequestParameters.of(uri);
        // Every value here holds for the whole contract, so any day gets it: the day is only checked.
        parameters.single(AS_OF).ifPresent(LuccaApiResource::day);
        CursorQuery query = CursorQuery.parse(parameters.without(AS_OF), Set.of(ID, "definition.id", "employee.id"));
        List<ExtendedDataDefinition> definitions = directory.organization().extendedDataDefinitions();
        List<Attribute> attributes = visibleEmployees(token).stream().flatMap(e -> definitions.stream()
                .filter(d -> e.extendedData().get(d.code()) != null)
                .map(d -> new Attribute(e.id() * 1000L + definitions.indexOf(d), e, d))).toList();
        CursorQuery.Result<Attribute> result = query.run(attributes, Attribute::id, Map.of(
                ID, a -> List.of(Long.toString(a.id())),
                "definition.id", a -> List.of(a.definition().code()),
                "employee.id", a -> List.of(Integer.toString(a.employee().id()))));
        LuccaApiJson json = json(uri);
        return answer(request, page("employee-attributes", uri, query, result, a -> json.attribute(a.id(),
                a.employee(), a.definition(), a.employee().extendedData().get(a.definition().code())), null));
    }

    /** One employee's value of one custom field. */
    private record Attribute(long id, Employee employee, ExtendedDataDefinition definition) {
    }

    @GET
    @Path("departments")
    public Response departments(@Context SecurityContext security, @Context Request request, @Context UriInfo uri) {
        require(security, Scopes.DEPARTMENTS);
        CursorQuery query = query(uri, List.of(ID));
        CursorQuery.Result<Department> result = query.run(directory.organization().departments(),
                d -> (long) d.id(), Map.of(ID, d -> List.of(Integer.toString(d.id()))));
        return answer(request, page("departments", uri, query, result, json(uri)::department, null));
    }

    @GET
    @Path("business-establishments")
    public Response businessEstablishments(@Context SecurityContext security, @Context Request request,
                                           @Context UriInfo uri) {
        AccessToken token = require(security, Scopes.BUSINESS_ESTABLISHMENTS);
        CursorQuery query = query(uri, List.of(ID, "legalEntity.id"));
        List<Establishment> visible = directory.organization().establishments().stream()
                .filter(establishment -> token.client().sees(establishment.id())).toList();
        CursorQuery.Result<Establishment> result = query.run(visible, establishment -> (long) establishment.id(), Map.of(
                ID, establishment -> List.of(Integer.toString(establishment.id())),
                "legalEntity.id", establishment -> List.of(Integer.toString(establishment.legalUnitId()))));
        return answer(request, page("business-establishments", uri, query, result, json(uri)::businessEstablishment, null));
    }

    @GET
    @Path("legal-entities")
    public Response legalEntities(@Context SecurityContext security, @Context Request request, @Context UriInfo uri) {
        require(security, Scopes.LEGAL_ENTITIES);
        CursorQuery query = query(uri, List.of(ID));
        CursorQuery.Result<LegalUnit> result = query.run(directory.organization().legalUnits(), unit -> (long) unit.id(),
                Map.of(ID, unit -> List.of(Integer.toString(unit.id()))));
        return answer(request, page("legal-entities", uri, query, result, json(uri)::legalEntity, null));
    }

    /**
     * A collection with one item per employee, sharing the employee's id (employments, job positions, personal
     * records): every filter names that id, and the contract's dates bound employments and job positions
     * ({@code startsOn}, {@code endsOn}, as values or ranges).
     */
    private Response perEmployee(SecurityContext security, Request request, UriInfo uri, String scope, String collection,
                                 List<String> filters, Function<LuccaApiJson, Function<Employee, JsonObject>> render,
                                 boolean dated) {
        AccessToken token = require(security, scope);
        Map<String, Function<Employee, List<String>>> attributes = new HashMap<>();
        filters.forEach(filter -> attributes.put(filter, LuccaApiResource::ids));
        Set<String> dates = dated ? Set.of(STARTS_ON, ENDS_ON) : Set.of();
        if (dated) {
            attributes.put(STARTS_ON, e -> List.of(e.dtContractStart().toString()));
            attributes.put(ENDS_ON, e -> e.dtContractEnd() == null ? List.of() : List.of(e.dtContractEnd().toString()));
        }
        CursorQuery query = CursorQuery.parse(RequestParameters.of(uri), attributes.keySet(), dates);
        CursorQuery.Result<Employee> result = query.run(visibleEmployees(token), LuccaApiResource::id, attributes);
        return answer(request, page(collection, uri, query, result, render.apply(json(uri)), null));
    }

    private List<Employee> visibleEmployees(AccessToken token) {
        List<Employee> all = directory.snapshot();
        return token.client().establishmentIds().isEmpty() ? all : all.stream().filter(e -> sees(token, e)).toList();
    }

    private static boolean sees(AccessToken token, Employee employee) {
        return token.client().sees(employee.legalEntityId());
    }

    /** The page's applicable employments and job positions, those the token may read. */
    private static JsonObject embedded(AccessToken token, LuccaApiJson json, List<Employee> page) {
        JsonObjectBuilder embedded = JsonValues.object();
        if (token.grants(Scopes.EMPLOYMENTS)) {
            embedded.add("employment", byId(page, json::employment));
        }
        if (token.grants(Scopes.JOB_POSITIONS)) {
            embedded.add("job-position", byId(page, json::jobPosition));
        }
        return embedded.build();
    }

    private static JsonObject byId(List<Employee> page, Function<Employee, JsonObject> render) {
        JsonObjectBuilder items = JsonValues.object();
        page.forEach(e -> items.add(Integer.toString(e.id()), render.apply(e)));
        return items.build();
    }

    private <T> JsonObject page(String type, UriInfo uri, CursorQuery query, CursorQuery.Result<T> result,
                                Function<T, JsonObject> render, JsonObject embedded) {
        JsonArrayBuilder items = JsonValues.array();
        result.page().forEach(item -> items.add(render.apply(item)));
        URI next = result.nextCursor() == null ? null : switch (faults.current().get(FaultField.HOSTILE_PAGES)) {
            case FOREIGN_LINKS -> UriBuilder.fromUri(uri.getRequestUri()).host("lucca.elsewhere.example")
                    .replaceQueryParam("page", result.nextCursor()).build();
            case LOOPING_LINKS -> uri.getRequestUriBuilder().replaceQueryParam("page", CursorQuery.firstPageCursor()).build();
            default -> uri.getRequestUriBuilder().replaceQueryParam("page", result.nextCursor()).build();
        };
        return LuccaApiJson.collection(type, uri.getRequestUri(), items.build(),
                query.includes("totalCount") ? result.totalCount() : null, query.includes("links"), next, embedded);
    }

    private Response answer(Request request, JsonObject body) {
        if (faults.current().get(FaultField.HOSTILE_PAGES) == NOT_JSON) {
            return Response.ok("<html><body>Maintenance</body></html>", MediaType.TEXT_HTML_TYPE).build();
        }
        EntityTag tag = new EntityTag(Integer.toHexString(body.hashCode()), true);
        return Optional.ofNullable(request.evaluatePreconditions(tag)).orElseGet(() -> Response.ok(body)).tag(tag).build();
    }

    private static CursorQuery query(UriInfo uri, List<String> filters) {
        return CursorQuery.parse(RequestParameters.of(uri), Set.copyOf(filters));
    }

    private LuccaApiJson json(UriInfo uri) {
        return new LuccaApiJson(uri.getBaseUriBuilder().path("lucca-api").build(), directory.organization(),
                directory.today(), clock.getZone());
    }

    /** The request's token, if it grants {@code scope} or one of the {@code alternatives}; 403 naming them if not. */
    static AccessToken require(SecurityContext security, String scope, String... alternatives) {
        if (!(security.getUserPrincipal() instanceof AccessToken token)) {
            throw new IllegalStateException("Request reached the Lucca API without a bearer token");
        }
        if (!token.grants(scope) && Arrays.stream(alternatives).noneMatch(token::grants)) {
            throw new LuccaException(403, "The access token lacks the scope " + scope
                    + (alternatives.length == 0 ? "" : " (or " + String.join(", ", alternatives) + ")"));
        }
        return token;
    }

    private static long id(Employee employee) {
        return employee.id();
    }

    private static List<String> ids(Employee employee) {
        return List.of(Integer.toString(employee.id()));
    }
}
