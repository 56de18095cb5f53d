package dev.luccaokta.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which endpoints are a tenant's, decided from their {@code @Path} annotations alone. */
class AdminAccessTest {

    @Test
    void theEndpointsBelowATenantAreItsWhicheverResourceServesThem() throws Exception {
        assertThat(AdminAccess.template(TenantsResource.class, TenantsResource.class.getMethod("get", String.class)))
                .isEqualTo("tenants/{id}");
        assertThat(AdminAccess.template(ChangesCsvResource.class, ChangesCsvResource.class.getMethod("changes",
                String.class, String.class))).isEqualTo("tenants/{id}/changes.csv");
        assertThat(AdminAccess.template(EventsResource.class, EventsResource.class.getMethod("reactivate", String.class)))
                .isEqualTo("tenants/{id}/events/reactivation");
        assertThat(AdminAccess.ofATenant("tenants/{id}")).isTrue();
        assertThat(AdminAccess.ofATenant("tenants/{id}/events/reactivation")).isTrue();
    }

    @Test
    void theTenantListTheAccountsAndTheSignedInAccountAreNoTenants() throws Exception {
        assertThat(AdminAccess.template(TenantsResource.class, TenantsResource.class.getMethod("list"))).isEqualTo("tenants");
        assertThat(AdminAccess.ofATenant("tenants")).isFalse();
        assertThat(AdminAccess.ofATenant("accounts/{id}/password")).isFalse();
        assertThat(AdminAccess.ofATenant("tenants/{idx}")).isFalse();
        assertThat(AdminAccess.ofATenant("me")).isFalse();
    }
}
