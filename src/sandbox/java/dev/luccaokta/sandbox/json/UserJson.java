package dev.luccaokta.sandbox.json;

import dev.luccaokta.sandbox.data.Compensation;
import dev.luccaokta.sandbox.data.Employee;
import dev.luccaokta.sandbox.data.ExtendedValue;
import dev.luccaokta.sandbox.data.Gender;
import dev.luccaokta.sandbox.data.NamedItem;
import dev.luccaokta.sandbox.data.Organization;
import jakarta.json.JsonValue;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

import static dev.luccaokta.sandbox.json.JsonValues.date;
import static dev.luccaokta.sandbox.json.JsonValues.dateTime;
import static dev.luccaokta.sandbox.json.JsonValues.number;
import static dev.luccaokta.sandbox.json.JsonValues.text;

/**
 * The Directory v3 user fields, spelled as Lucca spells them. Without {@code fields} a user shows
 * {@code id, name, url}. References resolve against the organisation and, for {@code manager}, the directory, at
 * the time of rendering.
 */
public final class UserJson {
    private UserJson() {
    }

    /**
     * @param users finds a user by id, to name managers
     * @param usersUri the absolute URI of {@code /api/v3/users}, to build each user's {@code url}
     */
    public static FieldCatalog<Employee> catalog(Organization organization, IntFunction<Optional<Employee>> users,
                                                 URI usersUri) {
        String usersPath = usersUri.toString().endsWith("/") ? usersUri.toString() : usersUri + "/";
        FieldCatalog<Map<String, ExtendedValue>> extendedData =
                ExtendedDataJson.catalog(organization.extendedDataDefinitions());
        return FieldCatalog.<Employee>builder("users")
                .leaf("id", e -> number(e.id()))
                .leaf("name", e -> text(e.name()))
                .leaf("url", e -> text(usersPath + e.id()))
                .leaf("displayName", e -> text(e.displayName()))
                .leaf("firstName", e -> text(e.firstName()))
                .leaf("lastName", e -> text(e.lastName()))
                .leaf("login", e -> text(e.login()))
                .leaf("mail", e -> text(e.mail()))
                .leaf("modifiedOn", e -> dateTime(e.modifiedOn()))
                .leaf("dtContractStart", e -> date(e.dtContractStart()))
                .leaf("dtContractEnd", e -> date(e.dtContractEnd()))
                .leaf("birthDate", e -> date(e.birthDate()))
                .leaf("seniorityDate", e -> date(e.seniorityDate()))
                .leaf("employeeNumber", e -> text(e.employeeNumber()))
                .leaf("jobTitle", e -> text(e.jobTitle()))
                .leaf("gender", e -> text(Optional.ofNullable(e.gender()).map(Gender::code).orElse(null)))
                .leaf("nationality", e -> text(e.nationality()))
                .leaf("directLine", e -> text(e.directLine()))
                .leaf("professionalMobile", e -> text(e.professionalMobile()))
                .leaf("personalMobile", e -> text(e.personalMobile()))
                .leaf("personalEmail", e -> text(e.personalEmail()))
                .leaf("address", e -> text(e.address()))
                .leaf("cultureId", e -> number(e.cultureId()))
                .leaf("managerId", e -> number(e.managerId()))
                .leaf("departmentId", e -> number(e.departmentId()))
                .leaf("legalEntityId", e -> number(e.legalEntityId()))
                .nested("culture", References.single("culture", e -> organization.culture(e.cultureId())))
                .nested("calendar", References.single("calendar", e -> organization.calendar(e.calendarId())))
                .nested("legalEntity", References.single("legalEntity", e -> organization
                        .establishment(e.legalEntityId())
                        .map(establishment -> new NamedItem(establishment.id(), establishment.name()))))
                .nested("department", References.single("department", e -> organization.department(e.departmentId())
                        .map(department -> new NamedItem(department.id(), department.name()))))
                .nested("manager", References.single("manager", e -> Optional.ofNullable(e.managerId())
                        .flatMap(users::apply).map(manager -> new NamedItem(manager.id(), manager.name()))))
                .nested("csp", References.single("csp", e -> organization.csp(e.cspId())))
                .nested("rolePrincipal", References.single("rolePrincipal", e -> organization.role(e.rolePrincipalId())
                        .map(role -> new NamedItem(role.id(), role.name()))))
                .nested("habilitedRoles", References.list("habilitedRoles", e -> e.habilitedRoleIds().stream()
                        .flatMap(id -> organization.role(id).stream())
                        .map(role -> new NamedItem(role.id(), role.name())).toList()))
                .nested("extendedData", subFields -> {
                    Projection<Map<String, ExtendedValue>> projection =
                            extendedData.project(subFields);
                    return e -> projection.render(e.extendedData());
                })
                .leaf("theoreticalCompensation", e -> compensation(e.theoreticalCompensation()))
                .build("id,name,url");
    }

    private static JsonValue compensation(Compensation compensation) {
        return compensation == null ? JsonValue.NULL : JsonValues.object()
                .add("amount", compensation.amount())
                .add("currency", compensation.currency())
                .build();
    }
}
