package dev.luccaokta.admin;

import dev.luccaokta.tenant.AdminAccount;
import dev.luccaokta.tenant.AdminAccountRepository;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a mail and password against the local accounts, whose passwords are stored as PBKDF2 hashes
 * ({@link PasswordHashes}); an account whose hash is older and cheaper gets a new one at its first sign-in. Every
 * account has the role {@code admin}; operators also {@code operator}. {@link PasswordSignIn} asks it, after its
 * throttle: this is deliberately no {@code IdentityStore}, which a container login could ask past the throttle.
 * A session ({@link AdminSessions}) is resumed here too, as long as its account keeps the password it was opened with.
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

    /** The account, once its password matched (with its new hash if the old one was replaced); empty otherwise. */
    public Optional<AdminAccount> validate(String mail, char[] password) {
        Optional<AdminAccount> found = accounts.findByMail(mail);
        if (found.isEmpty()) {
            PasswordHashes.verifyEvenly(password, null);
            return Optional.empty();
        }
        AdminAccount account = found.get();
        String hash = account.getPasswordHash();
        if (!verified.recalls(account.getMail(), password, hash)) {
            if (!PasswordHashes.verifyEvenly(password, hash)) {
                return Optional.empty();
            }
            if (!PasswordHashes.isCurrent(hash)) {
                hash = PasswordHashes.hash(password);
                account = accounts.changePassword(account.getId(), hash).orElse(account);
            }
            verified.remember(account.getMail(), password, hash);
        }
        return Optional.of(account);
    }

    /** The account of a session, unless it is gone or its password changed since {@code passwordStamp} was taken. */
    public Optional<AdminAccount> resume(String mail, String passwordStamp) {
        return accounts.findByMail(mail).filter(account -> passwordStamp(account).equals(passwordStamp));
    }

    /** The caller and roles the container is told of. */
    public static CredentialValidationResult signedIn(AdminAccount account) {
        return new CredentialValidationResult(account.getMail(),
                account.isOperator() ? Set.of(ADMIN, OPERATOR) : Set.of(ADMIN));
    }

    /** Stands for the account's password in a session: a digest of its hash, which changes with the password. */
    static String passwordStamp(AdminAccount account) {
        try {
            byte[] hash = account.getPasswordHash().getBytes(StandardCharsets.UTF_8);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256").digest(hash));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
