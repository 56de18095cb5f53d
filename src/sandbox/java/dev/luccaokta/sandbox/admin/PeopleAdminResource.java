package dev.luccaokta.sandbox.admin;

import dev.luccaokta.sandbox.api.LuccaException;
import dev.luccaokta.sandbox.data.Employee;
import dev.luccaokta.sandbox.data.EmployeeDirectory;
import dev.luccaokta.sandbox.data.PersonChange;
import dev.luccaokta.sandbox.json.JsonValues;
import dev.luccaokta.sandbox.json.PeopleJson;
import dev.luccaokta.sandbox.webhooks.Webhooks;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Changes to people made as an HR administrator would in Lucca's own screens: a hire ({@code POST
 * /sandbox/employees}) and a rename, new job title, move or leave ({@code PATCH /sandbox/employees/{id}}). They go
 * through the directory, so every API view shows them, and fan out webhook events like any other change.
 */
@Path("sandbox/employees")
@Produces(MediaType.APPLICATION_JSON)
@Dependent
public class PeopleAdminResource {
    @Inject
    EmployeeDirectory directory;
    @Inject
    Webhooks webhooks;
    @Inject
    Clock clock;

    @POST
    public Response hire(String body, @Context UriInfo uri) {
        Employee hired = directory.hire(PeopleJson.hire(body, directory.today()), now(),
                webhooks.recorder(uri.getBaseUri()));
        return Response.status(Response.Status.CREATED).entity(person(hired)).build();
    }

    @PATCH
    @Path("{id}")
    public JsonObject change(@PathParam("id") int id, String body, @Context UriInfo uri) {
        PersonChange change = PeopleJson.change(body);
        return directory.update(id, before -> change.applyTo(before, directory.organization(), now()),
                        webhooks.recorder(uri.getBaseUri())).map(PeopleAdminResource::person)
                .orElseThrow(() -> LuccaException.notFound("No employee " + id));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    private static JsonObject person(Employee employee) {
        return JsonValues.object()
                .add("id", employee.id())
                .add("firstName", employee.firstName())
                .add("lastName", employee.lastName())
                .add("login", employee.login())
                .add("mail", employee.mail())
                .add("jobTitle", JsonValues.text(employee.jobTitle()))
                .add("departmentId", employee.departmentId())
                .add("establishmentId", employee.legalEntityId())
                .add("managerId", JsonValues.number(employee.managerId()))
                .add("startDate", employee.dtContractStart().toString())
                .add("endDate", employee.dtContractEnd() == null ? JsonValues.text(null)
                        : JsonValues.text(employee.dtContractEnd().toString()))
                .build();
    }
}
