package dev.luccaokta.lucca;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The OAuth scopes of Lucca's API (v5) that the connector may ask for, and what a tenant loses without each. A
 * token is requested with only the scopes the tenant's selection needs; the scope of webhook endpoints, which
 * reads nobody, gets a token of its own.
 *
 * <pre>{@code
 * Set<LuccaScope> lacking = grant.missing();   // among LuccaScope.reads() for a directory read
 * }</pre>
 */
public enum LuccaScope {
    EMPLOYEES("employees.readonly", "nobody can be read"),
    EMPLOYMENTS("employments.readonly", "contract dates, hence who is active, cannot be read"),
    JOB_POSITIONS("job-positions.readonly", "job title, department, establishment and manager cannot be read"),
    DEPARTMENTS("departments.readonly", "department names and department groups cannot be read"),
    BUSINESS_ESTABLISHMENTS("business-establishments.readonly",
            "establishment names and establishment, legal unit and country groups cannot be read"),
    LEGAL_ENTITIES("legal-entities.readonly", "legal unit names and legal unit and country groups cannot be read"),
    PERSONAL_RECORDS("employee-personal-records.readonly",
            "personal e-mail, personal mobile, birth date, gender and nationality cannot be selected"),
    EMPLOYEE_ATTRIBUTES("employee-attributes.readonly", "custom fields (e_...) cannot be selected"),
    WEBHOOK_ENDPOINTS("webhook-endpoints.readwrite",
            "Lucca's events cannot be subscribed to: changes reach Okta at the next refresh, not within seconds");

    /** What a selection of properties and groups may need: every scope but the webhook endpoints'. */
    private static final Set<LuccaScope> READS = EnumSet.complementOf(EnumSet.of(WEBHOOK_ENDPOINTS));

    private final String code;
    private final String withoutIt;

    LuccaScope(String code, String withoutIt) {
        this.code = code;
        this.withoutIt = withoutIt;
    }

    /** The scope as Lucca names it, {@code employees.readonly}. */
    public String code() {
        return code;
    }

    /** What a client without this scope cannot do, for the status and the setup's refusals. */
    public String withoutIt() {
        return withoutIt;
    }

    /** The scopes that read the directory, those a tenant's selection may need (a new set each time). */
    public static Set<LuccaScope> reads() {
        return EnumSet.copyOf(READS);
    }

    public static Optional<LuccaScope> byCode(String code) {
        return Arrays.stream(values()).filter(scope -> scope.code.equals(code)).findFirst();
    }
}
