package dev.luccaokta.scim;

import dev.luccaokta.web.JaxRsClasses;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The SCIM 2.0 base URL Okta is configured with: {@code https://host/lucca-okta/api}. Its resources and providers
 * are those of this package, and nothing else in the WAR (the administration API's, Rest Client interfaces).
 */
@ApplicationPath("/api")
public class ScimApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return JaxRsClasses.of(this);
    }
}
