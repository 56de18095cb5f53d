package dev.luccaokta.admin;

import dev.luccaokta.tenant.AdminAccount;
import dev.luccaokta.tenant.AdminAccountRepository;
import dev.luccaokta.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * The next status a {@link StatusStream} pushes, decided afresh each time: empty once the tenant is gone or
 * disabled, the account is gone, the session the stream was opened with has ended, or (for a non-operator) Lucca no
 * longer lets the person administer the tenant's integration. Transactional because it runs on the scheduler's
 * threads, outside any request, where the database is only read inside a transaction. It spans the Lucca calls
 * too: deciding the right reads the account's binding between them ({@code AdministratorBindings.find}, which has no
 * transaction of its own).
 */
@ApplicationScoped
public class StreamedStatus {

    @Inject
    TenantRepository tenants;

    @Inject
    AdminAccountRepository accounts;

    @Inject
    IntegrationAdministrators administrators;

    @Inject
    TenantInsight insight;

    @Inject
    AdminSessions sessions;

    /** @param session the stream's session, empty when it signed in with HTTP Basic */
    @Transactional
    public Optional<TenantInsight.Status> next(String tenantId, String mail, Optional<String> session) {
        if (session.isPresent() && !sessions.isOpen(session.get())) {
            return Optional.empty();
        }
        Optional<AdminAccount> caller = accounts.findByMail(mail);
        return tenants.findById(tenantId)
                .filter(tenant -> !tenant.isDisabled())
                .filter(tenant -> caller.isPresent() && (caller.get().isOperator()
                        || administrators.allows(mail, tenant)))
                .map(insight::status);
    }
}
