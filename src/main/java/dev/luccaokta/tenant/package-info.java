/**
 * Tenants and their persistent configuration (JPA): which Lucca instance each customer company uses, with
 * which key, and the hash of the SCIM token its Okta presents. Nothing here talks to Lucca or to Okta.
 */
package dev.luccaokta.tenant;
