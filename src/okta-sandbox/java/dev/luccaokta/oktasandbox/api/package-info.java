/**
 * The org over HTTP: the token endpoint ({@code /oauth2/v1/token}), the identity-sources API
 * ({@code /api/v1/identity-sources/...}), the emulator's controls ({@code /emulator/...}), the filter that injects
 * faults and logs requests, and the mapper that answers every failure in Okta's shapes, never with a stack trace.
 */
package dev.luccaokta.oktasandbox.api;
