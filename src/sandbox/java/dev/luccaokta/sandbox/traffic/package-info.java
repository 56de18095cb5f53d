/**
 * What stands between a client and the Lucca API: the rate limit (a sliding one-minute window per instance), the
 * request timeout, the faults a test can switch on (latency, error statuses, 429 storms, timeouts, dropped
 * connections), a Lucca that has moved (redirects under {@code /moved/}), the end of routes announced as Lucca
 * deprecates them, and the log of API requests. The
 * {@link dev.luccaokta.sandbox.traffic.ApiGate} decides what happens to each request;
 * {@link dev.luccaokta.sandbox.traffic.ApiGateFilter} carries the decision out over HTTP.
 */
package dev.luccaokta.sandbox.traffic;
