package dev.luccaokta.admin;

import dev.luccaokta.tenant.AdminAccount;
import dev.luccaokta.tenant.AdminAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the demo's administration accounts at start-up from {@code demo.adminAccounts}, each written
 * {@code mail|password} or {@code mail|password|operator}; only the password's hash is stored. Production
 * configurations leave it unset.
 */
@ApplicationScoped
public class DemoAccountProvisioner {

    private static final Logger LOG = Logger.getLogger(DemoAccountProvisioner.class.getName());

    @Inject
    AdminAccountRepository accounts;

    @Inject
    @ConfigProperty(name = "demo.adminAccounts", defaultValue = " ")
    List<String> demoAccounts;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        demoAccounts.stream().map(String::strip).filter(entry -> !entry.isEmpty()).forEach(this::provision);
    }

    private void provision(String entry) {
        String[] parts = entry.split("\\|");
        if (parts.length < 2 || parts.length > 3 || parts.length == 3 && !"operator".equals(parts[2])) {
            // The entry holds a password: only its position is worth reporting.
            throw new IllegalStateException("demo.adminAccounts entries are mail|password or mail|password|operator");
        }
        boolean operator = parts.length == 3;
        String hash = PasswordHashes.hash(parts[1].toCharArray());
        AdminAccount account = accounts.findByMail(parts[0]).orElseGet(() -> new AdminAccount(parts[0], hash, operator));
        account.change(hash, operator);
        LOG.info(() -> "Demo account ready: " + accounts.save(account));
    }
}
