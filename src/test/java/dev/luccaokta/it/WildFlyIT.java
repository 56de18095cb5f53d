package dev.luccaokta.it;

/**
 * The connector's WAR, as built, on WildFly (the {@code wildfly} profile): its health checks on WildFly's
 * management port. The SCIM read, write-back and hostile-input tests run there too, on the same server.
 */
@SharedServerTest
class WildFlyIT implements HealthProbes {
}
