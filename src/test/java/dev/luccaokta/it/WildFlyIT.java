package dev.luccaokta.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The connector's WAR, as built, on WildFly (the {@code wildfly} profile): its health checks on WildFly's
 * management port. The SCIM read and write-back tests run there too ({@code ScimReadIT}, {@code WritebackIT}).
 */
@ExtendWith(ArquillianExtension.class)
class WildFlyIT implements HealthProbes {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.connector();
    }
}
