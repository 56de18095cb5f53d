package dev.luccaokta.scim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TenantRequestsInFlightTest {

    @Test
    void aTenantAtItsCapIsRefusedUntilOneOfItsRequestsEndsAndOtherTenantsAreNotCounted() {
        TenantRequestsInFlight inFlight = new TenantRequestsInFlight(2);

        assertThat(inFlight.enter("acme")).isTrue();
        assertThat(inFlight.enter("acme")).isTrue();
        assertThat(inFlight.enter("acme")).isFalse();
        assertThat(inFlight.enter("globex")).as("another tenant has its own count").isTrue();

        inFlight.leave("acme");

        assertThat(inFlight.enter("acme")).isTrue();
        assertThat(inFlight.enter("acme")).isFalse();
    }

    @Test
    void aTenantWhoseRequestsAllEndedStartsAgainFromNothing() {
        TenantRequestsInFlight inFlight = new TenantRequestsInFlight(1);
        assertThat(inFlight.enter("acme")).isTrue();
        inFlight.leave("acme");
        inFlight.leave("acme");

        assertThat(inFlight.enter("acme")).isTrue();
        assertThat(inFlight.enter("acme")).as("an extra leave never raises the cap").isFalse();
    }
}
