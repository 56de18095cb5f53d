/**
 * Our end of Lucca's REST API: MicroProfile Rest Client interfaces and the DTOs of the Lucca API subset the
 * connector uses, the per-instance client factory and the translation of Lucca's errors into one family of
 * failures ({@link dev.luccaokta.lucca.LuccaFailure}), and how the connector treats Lucca: a rate budget per Lucca
 * instance (shared by the connector's instances in a cluster) and a circuit breaker per Lucca instance, retries of
 * what is worth retrying. Lucca's shapes stop here; the rest of the
 * connector sees its own types.
 */
package dev.luccaokta.lucca;
