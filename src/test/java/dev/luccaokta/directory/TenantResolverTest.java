package dev.luccaokta.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luccaokta.tenant.GroupType;
import dev.luccaokta.tenant.Tenant;
import dev.luccaokta.tenant.TenantChanges;
import dev.luccaokta.tenant.UserNameSource;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The token cache's answers when it reads the tenant again (here on every request, as its time is 0 s). */
class TenantResolverTest {

    private int graceDays = 30;
    private int reads;
    private final TenantResolver resolver = new TenantResolver(new OneTenant(), new TenantChanges(), 0);

    @Test
    void aTenantReadAgainUnchangedIsTheSameViewAsBefore() {
        TenantView first = resolver.byToken("token").orElseThrow();
        TenantView second = resolver.byToken("token").orElseThrow();

        assertThat(reads).as("read each time").isEqualTo(2);
        assertThat(second).isSameAs(first);
    }

    @Test
    void aTenantChangedSinceIsANewViewWithItsNewValues() {
        TenantView first = resolver.byToken("token").orElseThrow();
        graceDays = 60;

        TenantView second = resolver.byToken("token").orElseThrow();

        assertThat(second).isNotSameAs(first).isNotEqualTo(first);
        assertThat(second.leaversGraceDays()).isEqualTo(60);
    }

    /** A new entity on each read, as the database gives. */
    private final class OneTenant extends NoTenants {

        @Override
        public Optional<Tenant> findByTokenHash(String scimTokenHash) {
            reads++;
            int days = graceDays;
            return Optional.of(new Tenant() {
                @Override
                public String getId() {
                    return "tenant-1";
                }

                @Override
                public String getLuccaBaseUrl() {
                    return "https://example.ilucca.net";
                }

                @Override
                public Optional<String> getLuccaApiKey() {
                    return Optional.of("api-key");
                }

                @Override
                public Optional<String> getLuccaClientId() {
                    return Optional.empty();
                }

                @Override
                public Set<String> getSelectedProperties() {
                    return Set.of("firstName", "lastName", "mail");
                }

                @Override
                public Set<GroupType> getEnabledGroupTypes() {
                    return Set.of(GroupType.LUCCA_DEPT);
                }

                @Override
                public int getLeaversGraceDays() {
                    return days;
                }

                @Override
                public UserNameSource getUserNameSource() {
                    return UserNameSource.LOGIN;
                }

                @Override
                public Duration getSnapshotTtl() {
                    return Duration.ofMinutes(15);
                }

                @Override
                public boolean isDisabled() {
                    return false;
                }
            });
        }
    }
}
