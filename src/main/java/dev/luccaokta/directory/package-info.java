/**
 * The tenant's view of Lucca as SCIM resources: the property catalogue and its mapping (Lucca user → SCIM
 * User, organisation structure → Groups), and the immutable snapshot Okta is served from, built with few
 * large Lucca calls and refreshed in the background once it is older than the tenant's TTL.
 */
package dev.luccaokta.directory;
