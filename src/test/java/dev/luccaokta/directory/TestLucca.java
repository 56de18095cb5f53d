package dev.luccaokta.directory;

import dev.luccaokta.lucca.LuccaAmount;
import dev.luccaokta.lucca.LuccaCountry;
import dev.luccaokta.lucca.LuccaDepartment;
import dev.luccaokta.lucca.LuccaDirectoryData;
import dev.luccaokta.lucca.LuccaEstablishment;
import dev.luccaokta.lucca.LuccaExtendedDataDefinition;
import dev.luccaokta.lucca.LuccaInstance;
import dev.luccaokta.lucca.LuccaLegalUnit;
import dev.luccaokta.lucca.LuccaRef;
import dev.luccaokta.lucca.LuccaUser;
import dev.luccaokta.tenant.GroupType;
import dev.luccaokta.tenant.UserNameSource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** A small Lucca organisation and users, written by hand, for the directory's unit tests. */
final class TestLucca {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    static final List<LuccaExtendedDataDefinition> DEFINITIONS = List.of(
            new LuccaExtendedDataDefinition("e_bloodType", "Blood type", "simple", "string"),
            new LuccaExtendedDataDefinition("e_badgeIssuedOn", "Badge issued on", "simple", "date"),
            new LuccaExtendedDataDefinition("e_hasCompanyCar", "Company car", "simple", "boolean"),
            new LuccaExtendedDataDefinition("e_tShirtSize", "T-shirt size", "compound", null),
            new LuccaExtendedDataDefinition("e_emergencyContact", "Emergency contact", "configurableCompound", null),
            new LuccaExtendedDataDefinition("e_languages", "Languages", "multipleOccurrences", null));

    private static final Jsonb JSON = JsonbBuilder.create();

    private TestLucca() {
    }

    static LuccaUser user(long id, String first, String last, LocalDate start, LocalDate end) {
        JsonObject extended = Json.createObjectBuilder()
                .add("e_bloodType", "AB-")
                .add("e_badgeIssuedOn", "2020-02-03T00:00:00")
                .add("e_hasCompanyCar", true)
                .add("e_tShirtSize", Json.createObjectBuilder().add("id", 4).add("name", "L"))
                .add("e_emergencyContact", Json.createObjectBuilder().add("name", "Zoé"))
                .add("e_languages", Json.createArrayBuilder().add(Json.createObjectBuilder().add("language", "Italiano")))
                .build();
        return new LuccaUser(id, first, last, first.toLowerCase() + "." + last.toLowerCase(),
                first.toLowerCase() + "@acme.example", start.atStartOfDay(), start.atStartOfDay(),
                end == null ? null : end.atStartOfDay(), LocalDate.of(1990, 5, 17).atStartOfDay(), start.atStartOfDay(),
                "E" + id, "Engineer", "female", "FRA", "+33 1 00 00 00 0" + id, "+33 6 00 00 00 0" + id, null,
                "perso" + id + "@example.net", "1 rue de la Paix, Paris", new LuccaRef(1L, "Français (France)"),
                new LuccaRef(1L, "Calendrier France"), new LuccaRef(11L, "Paris"), new LuccaRef(21L, "Tech"),
                id == 1 ? null : new LuccaRef(1L, "Ada Lovelace"), new LuccaRef(2L, "Cadre"),
                new LuccaRef(4L, "Collaborateur"), List.of(new LuccaRef(4L, "Collaborateur"), new LuccaRef(3L, "Manager")),
                extended, new LuccaAmount(new BigDecimal("52000.00"), "EUR"));
    }

    /** The same user with another first name, changed in Lucca at {@code modifiedOn}. */
    static LuccaUser renamed(LuccaUser user, String firstName, LocalDateTime modifiedOn) {
        return new LuccaUser(user.id(), firstName, user.lastName(), user.login(), user.mail(), modifiedOn,
                user.dtContractStart(), user.dtContractEnd(), user.birthDate(), user.seniorityDate(), user.employeeNumber(),
                user.jobTitle(), user.gender(), user.nationality(), user.directLine(), user.professionalMobile(),
                user.personalMobile(), user.personalEmail(), user.address(), user.culture(), user.calendar(),
                user.legalEntity(), user.department(), user.manager(), user.csp(), user.rolePrincipal(),
                user.habilitedRoles(), user.extendedData(), user.theoreticalCompensation());
    }

    /** The same user with one of Lucca's fields set otherwise, as Lucca answers once it changed. */
    static LuccaUser with(LuccaUser user, String field, JsonValue value) {
        JsonObject read = JSON.fromJson(JSON.toJson(user), JsonObject.class);
        return JSON.fromJson(Json.createObjectBuilder(read).add(field, value).build().toString(), LuccaUser.class);
    }

    static LuccaDirectoryData data(List<LuccaUser> users) {
        return new LuccaDirectoryData(users,
                List.of(new LuccaDepartment(20, "Direction", "DIR", null, true),
                        new LuccaDepartment(21, "Tech", "TECH", 20L, true),
                        new LuccaDepartment(22, "Closed lab", "LAB", 20L, false)),
                List.of(new LuccaEstablishment(11, "Paris", "PAR", 31L, false),
                        new LuccaEstablishment(12, "Old site", "OLD", 31L, true)),
                List.of(new LuccaLegalUnit(31, "Acme SAS", "ACME", 250L, null)),
                List.of(new LuccaCountry(250, "France", "FRA")),
                DEFINITIONS);
    }

    static TenantView tenant(Set<String> selection, Set<GroupType> groups, UserNameSource userName) {
        return new TenantView("t1", new LuccaInstance(URI.create("http://lucca.test"), "key"), selection, groups, 90,
                userName, Duration.ofMinutes(15));
    }
}
