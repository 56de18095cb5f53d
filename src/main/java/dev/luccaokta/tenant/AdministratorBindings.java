package dev.luccaokta.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The Lucca user each administration account is bound to, per tenant ({@link AdministratorBinding}). */
@ApplicationScoped
@Transactional // reads too, for the reason given on AdminAccountRepository
public class AdministratorBindings {

    @PersistenceContext(unitName = "lucca-okta")
    private EntityManager em;

    public Optional<AdministratorBinding> find(String tenantId, String accountMail) {
        return em.createNamedQuery(AdministratorBinding.OF_ACCOUNT, AdministratorBinding.class)
                .setParameter("tenant", tenantId)
                .setParameter("mail", AdminAccount.normalise(accountMail))
                .getResultStream()
                .findFirst();
    }

    /** Forgets the account's binding on this tenant; false when there was none. */
    @Transactional
    public boolean release(String tenantId, String accountMail) {
        return em.createQuery("delete from AdministratorBinding b where b.tenantId = :tenant and b.accountMail = :mail")
                .setParameter("tenant", tenantId).setParameter("mail", AdminAccount.normalise(accountMail))
                .executeUpdate() > 0;
    }

    /** Binds the account on this tenant, replacing a binding made on another Lucca. */
    @Transactional
    public AdministratorBinding bind(AdministratorBinding binding) {
        release(binding.getTenantId(), binding.getAccountMail());
        em.persist(binding);
        return binding;
    }
}
