/**
 * Okta's two ways of refusing a request: the management API's error body ({@code errorCode}, {@code errorSummary},
 * {@code errorCauses}) and OAuth's ({@code error}, {@code error_description}) at the token endpoint.
 */
package dev.luccaokta.oktasandbox.errors;
