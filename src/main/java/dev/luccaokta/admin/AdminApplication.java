package dev.luccaokta.admin;

import dev.luccaokta.web.JaxRsClasses;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The administration API, {@code /lucca-okta/admin/api}, open to signed-in accounts only but for its sign-in (see
 * web.xml). Its resources and providers are those of this package: a new resource here is served without being
 * listed.
 */
@ApplicationPath("/admin/api")
public class AdminApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return JaxRsClasses.of(this);
    }
}
