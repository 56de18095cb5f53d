package dev.luccaokta.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luccaokta.admin.AdminApplication;
import dev.luccaokta.admin.AdminErrorMapper;
import dev.luccaokta.admin.TenantsResource;
import dev.luccaokta.events.LuccaEventsApplication;
import dev.luccaokta.lucca.LuccaUsersApi;
import dev.luccaokta.scim.ScimApplication;
import dev.luccaokta.scim.SnapshotCollection;
import dev.luccaokta.scim.TokenAuthenticationFilter;
import dev.luccaokta.scim.UsersResource;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each JAX-RS application takes the resources and providers of its own package from what the server found. */
class JaxRsClassesTest {

    @Test
    void anApplicationTakesTheResourcesAndProvidersOfItsPackageAndNothingElse() {
        new JaxRsClasses().onStartup(Set.of(TenantsResource.class, AdminErrorMapper.class, UsersResource.class,
                TokenAuthenticationFilter.class, SnapshotCollection.class, LuccaUsersApi.class), null);

        assertThat(JaxRsClasses.of(new AdminApplication())).contains(TenantsResource.class, AdminErrorMapper.class)
                .doesNotContain(UsersResource.class, TokenAuthenticationFilter.class, LuccaUsersApi.class);
        assertThat(JaxRsClasses.of(new ScimApplication())).as("not the abstract base of its resources")
                .contains(UsersResource.class, TokenAuthenticationFilter.class).doesNotContain(SnapshotCollection.class);
    }

    @Test
    void anApplicationGivenNothingIsRefusedRatherThanGivenTheWholeWar() {
        assertThatThrownBy(() -> JaxRsClasses.of(new LuccaEventsApplication())).isInstanceOf(IllegalStateException.class);
    }
}
