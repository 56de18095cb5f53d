package dev.luccaokta.admin;

import dev.luccaokta.lucca.PlainMail;
import dev.luccaokta.tenant.AdminAccount;
import dev.luccaokta.tenant.AdminAccountRepository;
import dev.luccaokta.web.LogLine;
import dev.luccaokta.web.RequestId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What operators do with the administration accounts: create one (mail, password, whether an operator), list
 * them, set a new password, delete one. Each change is a log line naming who did it ({@code admin-account-...});
 * a password is only ever hashed, never logged or answered.
 */
@ApplicationScoped
public class AdminAccounts {

    private static final Logger LOG = Logger.getLogger(AdminAccounts.class.getName());

    @Inject
    AdminAccountRepository accounts;

    @Inject
    RequestId requestId;

    @Inject
    IntegrationAdministrators administrators;

    @Inject
    @ConfigProperty(name = "admin.minPasswordLength", defaultValue = "12")
    int minPasswordLength;

    public List<AdminAccount> list() {
        return accounts.findAll();
    }

    public AdminAccount create(String by, String mail, String password, boolean operator) {
        // The rule Lucca's user filter is asked with, so that every account can be confirmed as its Lucca user.
        AdminProblem.require(mail != null && PlainMail.isPlain(mail.strip()),
                "mail is required and must be a plain e-mail address (at most 64 characters before the @, 254 in all)");
        requirePassword(password);
        if (accounts.findByMail(mail).isPresent()) {
            throw new AdminProblem(409, "Conflict", "An account with this mail exists already");
        }
        AdminAccount account = accounts.save(new AdminAccount(mail, PasswordHashes.hash(password.toCharArray()), operator));
        audit("admin-account-created", by, account);
        return account;
    }

    public AdminAccount changePassword(String by, String id, String password) {
        requirePassword(password);
        AdminAccount account = accounts.changePassword(id, PasswordHashes.hash(password.toCharArray()))
                .orElseThrow(() -> AdminProblem.notFound("No account " + id));
        audit("admin-account-password-set", by, account);
        return account;
    }

    public void delete(String by, String id) {
        AdminAccount account = accounts.findById(id).orElseThrow(() -> AdminProblem.notFound("No account " + id));
        // Nobody removes themselves: an operator always stays to manage the others.
        AdminProblem.require(!account.getMail().equals(AdminAccount.normalise(by)), "You cannot delete your own account");
        if (!accounts.delete(id)) {
            throw AdminProblem.notFound("No account " + id);
        }
        administrators.forget(account.getMail());
        audit("admin-account-deleted", by, account);
    }

    private void requirePassword(String password) {
        // The upper bound keeps a hash from costing more than the password is worth.
        AdminProblem.require(password != null && password.length() >= minPasswordLength && password.length() <= 1000,
                "password is required: from " + minPasswordLength + " to 1000 characters");
    }

    private void audit(String event, String by, AdminAccount account) {
        LOG.info(LogLine.of(event, "id", requestId.value(), "by", by, "account", account.getMail(),
                "accountId", account.getId(), "operator", account.isOperator()));
    }
}
