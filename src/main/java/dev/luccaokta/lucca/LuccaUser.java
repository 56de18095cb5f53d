package dev.luccaokta.lucca;

import jakarta.json.JsonObject;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A user as Lucca's Directory v3 returns it. Fields Lucca did not send (not asked for, or empty) are
 * {@code null}. {@code extendedData} keeps Lucca's raw JSON since its codes and shapes are instance-specific;
 * {@code legalEntity} is what the organisation API calls an establishment.
 */
public record LuccaUser(
        long id,
        String firstName,
        String lastName,
        String login,
        String mail,
        LocalDateTime modifiedOn,
        LocalDateTime dtContractStart,
        LocalDateTime dtContractEnd,
        LocalDateTime birthDate,
        LocalDateTime seniorityDate,
        String employeeNumber,
        String jobTitle,
        String gender,
        String nationality,
        String directLine,
        String professionalMobile,
        String personalMobile,
        String personalEmail,
        String address,
        LuccaRef culture,
        LuccaRef calendar,
        LuccaRef legalEntity,
        LuccaRef department,
        LuccaRef manager,
        LuccaRef csp,
        LuccaRef rolePrincipal,
        List<LuccaRef> habilitedRoles,
        JsonObject extendedData,
        LuccaAmount theoreticalCompensation) {

    /** The {@code fields} selection that fills every component of this record. */
    public static final String FIELDS = "id,firstName,lastName,login,mail,modifiedOn,dtContractStart,dtContractEnd,"
            + "birthDate,seniorityDate,employeeNumber,jobTitle,gender,nationality,directLine,professionalMobile,"
            + "personalMobile,personalEmail,address,culture[id,name],calendar[id,name],legalEntity[id,name],"
            + "department[id,name],manager[id,name],csp[id,name],rolePrincipal[id,name],habilitedRoles[id,name],"
            + "extendedData,theoreticalCompensation";
}
