/**
 * MicroProfile Health checks for load balancers and orchestrators: liveness (the JVM is not wedged),
 * readiness (the WAR serves and is not draining; the tenant database answers) and start-up (the tenant store
 * is initialised).
 */
package dev.luccaokta.health;
