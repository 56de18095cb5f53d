package dev.luccaokta.admin;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The administration API, {@code /lucca-okta/admin/api}, open to signed-in accounts only, but for its sign-in (see
 * web.xml).
 */
@ApplicationPath("/admin/api")
public class AdminApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(TenantsResource.class, EventsResource.class, SafeguardResource.class, ImportsResource.class,
                ManagerWarningsResource.class, ActivityResource.class, ChangesResource.class, ChangesCsvResource.class,
                SignedInResource.class, SignInResource.class, SignOutResource.class, AccountsResource.class,
                AdminAccess.class, CsrfGuard.class, AdminErrorMapper.class);
    }
}
