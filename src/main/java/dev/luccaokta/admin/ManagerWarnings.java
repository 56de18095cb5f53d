package dev.luccaokta.admin;

import dev.luccaokta.directory.DirectoryUnavailableException;
import dev.luccaokta.directory.ManagerChecks;
import dev.luccaokta.directory.ManagerReport;
import dev.luccaokta.directory.ManagerWarning.Reason;
import dev.luccaokta.directory.TenantDirectories;
import dev.luccaokta.directory.TenantView;
import dev.luccaokta.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The manager checks of the snapshot a tenant's Okta is served now. Never waits for Lucca: a tenant without a snapshot
 * for its current settings gets a 503 problem saying so, rather than a read of Lucca on an administrator's click.
 */
@ApplicationScoped
public class ManagerWarnings {

    static final String LIMIT = "limit must be from 0 to " + ManagerChecks.MAX_LISTED;

    @Inject
    TenantDirectories directories;

    /**
     * @param reason as the query gave it, checked here so that garbage is a 400
     * @param listed how many warnings to list at most, from 0 to {@link ManagerChecks#MAX_LISTED}
     */
    public ManagerReport of(Tenant tenant, String reason, int listed) {
        Optional<Reason> only = reason(reason);
        TenantView view = TenantView.of(tenant);
        // Only a snapshot already held is checked: current() alone would wait for a first build.
        if (directories.known(view).isEmpty()) {
            throw notBuilt();
        }
        try {
            return ManagerChecks.of(directories.current(view), only, listed);
        } catch (DirectoryUnavailableException e) {
            // Dropped between the two calls (the tenant's settings changed, or its snapshot was discarded).
            throw notBuilt();
        }
    }

    private static AdminProblem notBuilt() {
        return new AdminProblem(503, "No snapshot yet", "Lucca has not been read for this tenant's current settings "
                + "yet: it is read after the setup and at Okta's next import; ask again once Okta has been served");
    }

    private static Optional<Reason> reason(String reason) {
        if (reason == null || reason.isBlank()) {
            return Optional.empty();
        }
        String known = Arrays.stream(Reason.values()).map(Enum::name).collect(Collectors.joining(", "));
        return Optional.of(Arrays.stream(Reason.values()).filter(each -> each.name().equalsIgnoreCase(reason.trim()))
                .findFirst().orElseThrow(() -> AdminProblem.badRequest("reason must be one of " + known)));
    }
}
