package dev.luccaokta.tenant;

/**
 * The Lucca organisation levels a tenant can import into Okta as groups, with the prefix Okta shows in
 * group ids ({@code LUCCA_DEPT_12}). None is enabled by default.
 */
public enum GroupType {
    /** Departments. */
    LUCCA_DEPT,
    /** Establishments (Lucca's "legalEntity" on users). */
    LUCCA_ETS,
    /** Legal units. */
    LUCCA_LU,
    /** Countries, identified by ISO 3166 alpha-3 code. */
    LUCCA_COUNTRY
}
