package dev.luccaokta.admin;

import dev.luccaokta.tenant.AdminAccountRepository;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Set;

/**
 * Signs people in to the administration API with their mail and password (HTTP Basic over the deployment's
 * TLS), against the local accounts whose passwords are stored as PBKDF2 hashes. Every account has the role
 * {@code admin}; operators also {@code operator}.
 */
@BasicAuthenticationMechanismDefinition(realmName = "Lucca for Okta")
@DeclareRoles({AdminAuthentication.ADMIN, AdminAuthentication.OPERATOR})
@ApplicationScoped
public class AdminAuthentication implements IdentityStore {

    public static final String ADMIN = "admin";
    public static final String OPERATOR = "operator";

    @Inject
    AdminAccountRepository accounts;

    @Inject
    Pbkdf2PasswordHash passwords;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.findByMail(login.getCaller())
                .filter(account -> passwords.verify(login.getPassword().getValue(), account.getPasswordHash()))
                .map(account -> new CredentialValidationResult(account.getMail(),
                        account.isOperator() ? Set.of(ADMIN, OPERATOR) : Set.of(ADMIN)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
