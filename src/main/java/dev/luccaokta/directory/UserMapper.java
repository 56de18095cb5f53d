package dev.luccaokta.directory;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.luccaokta.lucca.LuccaUser;
import dev.luccaokta.tenant.UserNameSource;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Writes a Lucca user as the SCIM User Okta receives, under one tenant's selection and options: the four
 * mandatory properties, {@code displayName} built from the names (Lucca has no HR display name),
 * {@code active} from the contract dates, then every selected property.
 *
 * <pre>{@code
 * Optional<ObjectNode> scim = mapper.map(luccaUser);   // empty for leavers past the grace period
 * }</pre>
 */
final class UserMapper {

    private final List<StandardProperty> standard;
    private final List<ExtendedProperty> extended;
    private final UserNameSource userNameSource;
    private final OrgStructure org;
    private final LocalDate today;
    private final LocalDate oldestListedEnd;
    private final ZoneId zone;

    /** @param zone where Lucca's local date-times are read, to give Okta instants with an offset */
    UserMapper(PropertyCatalogue catalogue, TenantView tenant, OrgStructure org, LocalDate today, ZoneId zone) {
        this.standard = catalogue.standard(tenant.selectedProperties());
        this.extended = catalogue.extended(tenant.selectedProperties());
        this.userNameSource = tenant.userNameSource();
        this.org = org;
        this.today = today;
        this.oldestListedEnd = today.minusDays(tenant.leaversGraceDays());
        this.zone = zone;
    }

    /** The user's SCIM representation, or empty when the user left longer ago than the grace period. */
    Optional<ObjectNode> map(LuccaUser user) {
        LocalDate end = day(user.dtContractEnd());
        if (end != null && end.isBefore(oldestListedEnd)) {
            return Optional.empty();
        }
        UserRepresentation out = new UserRepresentation();
        ObjectNode root = out.root();
        root.putArray("schemas").add(ScimNames.USER_SCHEMA);
        root.put("id", Long.toString(user.id()));
        root.put("userName", userName(user));
        String displayName = displayName(user);
        ObjectNode name = root.putObject("name");
        if (user.firstName() != null) {
            name.put("givenName", user.firstName());
        }
        if (user.lastName() != null) {
            name.put("familyName", user.lastName());
        }
        name.put("formatted", displayName);
        root.put("displayName", displayName);
        root.put("active", active(user));
        if (user.mail() != null) {
            root.putArray("emails").addObject().put("value", user.mail()).put("type", "work").put("primary", true);
        }
        standard.forEach(property -> property.emit(user, out, org));
        extended.forEach(property -> property.emit(user, out));
        if (out.hasExtension()) {
            root.withArray("schemas").add(ScimNames.ENTERPRISE_SCHEMA);
        }
        // Lucca keeps no creation date, so meta.created is left out rather than invented.
        ObjectNode meta = root.putObject("meta").put("resourceType", ScimNames.USER);
        if (user.modifiedOn() != null) {
            meta.put("lastModified", user.modifiedOn().atZone(zone).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
        return Optional.of(root);
    }

    /**
     * Okta cannot import someone without a userName: the login stands in for a missing mail, and the Lucca id for
     * both (Lucca's current API has no login).
     */
    private String userName(LuccaUser user) {
        if (userNameSource == UserNameSource.MAIL && user.mail() != null) {
            return user.mail();
        }
        return user.login() != null ? user.login() : Long.toString(user.id());
    }

    /** Running today: started, and not ended before today. */
    boolean active(LuccaUser user) {
        LocalDate start = day(user.dtContractStart());
        LocalDate end = day(user.dtContractEnd());
        return start != null && !start.isAfter(today) && (end == null || !end.isBefore(today));
    }

    /** First and last name, as Lucca has no HR display name. */
    static String displayName(LuccaUser user) {
        String first = user.firstName() == null ? "" : user.firstName();
        String last = user.lastName() == null ? "" : user.lastName();
        return (first + " " + last).strip();
    }

    private static LocalDate day(LocalDateTime dateTime) {
        return dateTime == null ? null : dateTime.toLocalDate();
    }
}
