package dev.luccaokta.admin;

import dev.luccaokta.tenant.AdminAccount;
import dev.luccaokta.tenant.AdminAccountRepository;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a mail and password against the local accounts, whose passwords are stored as PBKDF2 hashes
 * ({@link PasswordHashes}); an account whose hash is older and cheaper gets a new one at its first sign-in. Every
 * account has the role {@code admin}; operators also {@code operator}. {@link AdminSignIn} asks it, after its
 * throttle: this is deliberately no {@code IdentityStore}, which a container login could ask past the throttle.
 */
@DeclareRoles({AdminAuthentication.ADMIN, AdminAuthentication.OPERATOR})
@ApplicationScoped
public class AdminAuthentication {

    public static final String ADMIN = "admin";
    public static final String OPERATOR = "operator";

    @Inject
    AdminAccountRepository accounts;

    @Inject
    VerifiedCredentials verified;

    public CredentialValidationResult validate(String mail, char[] password) {
        Optional<AdminAccount> found = accounts.findByMail(mail);
        if (found.isEmpty()) {
            PasswordHashes.verifyEvenly(password, null);
            return CredentialValidationResult.INVALID_RESULT;
        }
        AdminAccount account = found.get();
        String hash = account.getPasswordHash();
        if (!verified.recalls(account.getMail(), password, hash)) {
            if (!PasswordHashes.verifyEvenly(password, hash)) {
                return CredentialValidationResult.INVALID_RESULT;
            }
            if (!PasswordHashes.isCurrent(hash)) {
                hash = PasswordHashes.hash(password);
                account = accounts.changePassword(account.getId(), hash).orElse(account);
            }
            verified.remember(account.getMail(), password, hash);
        }
        return new CredentialValidationResult(account.getMail(),
                account.isOperator() ? Set.of(ADMIN, OPERATOR) : Set.of(ADMIN));
    }
}
