package dev.luccaokta.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A person who may sign in to the "Lucca for Okta" administration interface: their professional mail (the
 * same as in Lucca, where their right to administer the integration is checked), a password hash, and whether
 * they are an operator, who may create tenants.
 */
@Entity
@Table(name = "admin_account")
@NamedQuery(name = AdminAccount.BY_MAIL, query = "select a from AdminAccount a where a.mail = :mail")
@NamedQuery(name = AdminAccount.ALL, query = "select a from AdminAccount a order by a.mail")
public class AdminAccount {

    static final String BY_MAIL = "AdminAccount.byMail";
    static final String ALL = "AdminAccount.all";

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, unique = true, length = 254)
    private String mail;

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @Column(nullable = false)
    private boolean operator;

    protected AdminAccount() {
        // for JPA
    }

    public AdminAccount(String mail, String passwordHash, boolean operator) {
        this.id = UUID.randomUUID().toString();
        this.mail = normalise(mail);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.operator = operator;
    }

    /** Mails are compared ignoring case, as mail systems do. */
    public static String normalise(String mail) {
        return mail.strip().toLowerCase(Locale.ROOT);
    }

    public String getId() {
        return id;
    }

    public String getMail() {
        return mail;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isOperator() {
        return operator;
    }

    public void change(String newPasswordHash, boolean newOperator) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash);
        this.operator = newOperator;
    }

    public void changePassword(String newPasswordHash) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash);
    }

    @Override
    public String toString() {
        return "AdminAccount[" + mail + (operator ? ", operator" : "") + "]";
    }
}
