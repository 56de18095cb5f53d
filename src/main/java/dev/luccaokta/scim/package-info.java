/**
 * The SCIM 2.0 endpoints Okta calls under {@code /lucca-okta/api}: token authentication, {@code /Users},
 * {@code /Groups}, discovery, and the mapping of every failure to a SCIM error. Thin JAX-RS over the
 * directory's snapshots and the protocol logic of {@code scim.protocol}; nothing here knows Lucca.
 */
package dev.luccaokta.scim;
