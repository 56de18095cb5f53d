/**
 * The Lucca-compatible HTTP API: Directory v3 ({@code /api/v3/...}) and the organisation structure API
 * ({@code /organization/structure/api/...}), as thin JAX-RS resources over the data, query and JSON packages, plus
 * API key authentication, permission checks and Lucca's error body for every failure.
 */
package dev.luccaokta.sandbox.api;
