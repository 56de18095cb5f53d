package dev.luccaokta.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The administration interface's accounts, by mail or id. Reads run in a transaction too: Payara closes an entity
 * manager used outside one when the caller's invocation ends, and a task scheduled at start-up shares the start-up's
 * invocation, so two closes of one entity manager could fail the deployment.
 */
@ApplicationScoped
@Transactional
public class AdminAccountRepository {

    @PersistenceContext(unitName = "lucca-okta")
    private EntityManager em;

    public Optional<AdminAccount> findByMail(String mail) {
        return em.createNamedQuery(AdminAccount.BY_MAIL, AdminAccount.class)
                .setParameter("mail", AdminAccount.normalise(mail))
                .getResultStream()
                .findFirst();
    }

    public Optional<AdminAccount> findById(String id) {
        return Optional.ofNullable(em.find(AdminAccount.class, id));
    }

    /** Every account, by mail. */
    public List<AdminAccount> findAll() {
        return em.createNamedQuery(AdminAccount.ALL, AdminAccount.class).getResultList();
    }

    @Transactional
    public AdminAccount save(AdminAccount account) {
        return em.merge(account);
    }

    /** @return the account with its new hash, or empty when it is gone */
    @Transactional
    public Optional<AdminAccount> changePassword(String id, String passwordHash) {
        AdminAccount account = em.find(AdminAccount.class, id);
        if (account != null) {
            account.changePassword(passwordHash);
        }
        return Optional.ofNullable(account);
    }

    /**
     * Removes the account and the Lucca users it was confirmed as: a later account with the same mail, perhaps
     * another person's, is confirmed afresh.
     *
     * @return whether there was such an account
     */
    @Transactional
    public boolean delete(String id) {
        AdminAccount account = em.find(AdminAccount.class, id);
        if (account != null) {
            em.createQuery("delete from AdministratorBinding b where b.accountMail = :mail")
                    .setParameter("mail", account.getMail()).executeUpdate();
            em.remove(account);
        }
        return account != null;
    }
}
