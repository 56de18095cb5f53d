/**
 * The push mode's end of Okta: its Identity Sources API ("Anything-as-a-Source"), over which the connector sends
 * HR changes into a Custom Identity Source instead of waiting for Okta's SCIM imports. Credentials
 * ({@link dev.luccaokta.okta.OktaCredentials}: an API token, or a service app with its private key, its access
 * tokens bound to this process's key by DPoP), the org URLs the connector calls
 * ({@link dev.luccaokta.okta.OktaUrlPolicy}), the calls themselves (sessions and bulk uploads in
 * {@link dev.luccaokta.okta.IdentitySourceSessions}, one user or group at a time in
 * {@link dev.luccaokta.okta.IdentitySourceEntities}), the cutting of many changes into what sessions take
 * ({@link dev.luccaokta.okta.BulkChunks}), and Okta's errors as one family of failures
 * ({@link dev.luccaokta.okta.OktaFailure}). Okta's shapes stop here.
 */
package dev.luccaokta.okta;
