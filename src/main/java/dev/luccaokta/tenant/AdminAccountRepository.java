package dev.luccaokta.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The administration interface's accounts, by mail. */
@ApplicationScoped
public class AdminAccountRepository {

    @PersistenceContext(unitName = "lucca-okta")
    private EntityManager em;

    public Optional<AdminAccount> findByMail(String mail) {
        return em.createNamedQuery(AdminAccount.BY_MAIL, AdminAccount.class)
                .setParameter("mail", AdminAccount.normalise(mail))
                .getResultStream()
                .findFirst();
    }

    @Transactional
    public AdminAccount save(AdminAccount account) {
        return em.merge(account);
    }
}
