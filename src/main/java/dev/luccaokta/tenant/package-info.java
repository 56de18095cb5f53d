/**
 * Tenants and their persistent configuration (JPA): which Lucca instance each customer company uses, with
 * which key (sealed with AES-GCM), the hash of the SCIM token its Okta presents, the audit trail of Okta's writes,
 * the history of Okta's imports, the safeguard's baseline and holds, the change log, the Lucca calls spent per day,
 * administration accounts, and the schema migrations that keep the database at this release's version. Nothing
 * here talks to Lucca or to Okta.
 */
package dev.luccaokta.tenant;
