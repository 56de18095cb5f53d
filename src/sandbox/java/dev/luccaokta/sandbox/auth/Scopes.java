package dev.luccaokta.sandbox.auth;

import java.util.Set;

/** The OAuth scopes of Lucca's API (2024-11-01) that the sandbox checks. */
public final class Scopes {
    public static final String EMPLOYEES = "employees.readonly";
    public static final String EMPLOYMENTS = "employments.readonly";
    public static final String JOB_POSITIONS = "job-positions.readonly";
    public static final String DEPARTMENTS = "departments.readonly";
    public static final String BUSINESS_ESTABLISHMENTS = "business-establishments.readonly";
    public static final String LEGAL_ENTITIES = "legal-entities.readonly";
    public static final String PERSONAL_RECORDS = "employee-personal-records.readonly";
    public static final String EMPLOYEE_ATTRIBUTES = "employee-attributes.readonly";
    public static final String WEBHOOK_ENDPOINTS = "webhook-endpoints.readwrite";
    /** Reads webhook endpoints and the event history; no fixed client has it, an administrator may grant it. */
    public static final String WEBHOOK_ENDPOINTS_READONLY = "webhook-endpoints.readonly";

    /** Everything a directory sync reads, without the sensitive personal records. */
    public static final Set<String> DIRECTORY = Set.of(EMPLOYEES, EMPLOYMENTS, JOB_POSITIONS, DEPARTMENTS,
            BUSINESS_ESTABLISHMENTS, LEGAL_ENTITIES);

    private Scopes() {
    }

    static Set<String> every() {
        return Set.of(EMPLOYEES, EMPLOYMENTS, JOB_POSITIONS, DEPARTMENTS, BUSINESS_ESTABLISHMENTS, LEGAL_ENTITIES,
                PERSONAL_RECORDS, EMPLOYEE_ATTRIBUTES, WEBHOOK_ENDPOINTS);
    }
}
