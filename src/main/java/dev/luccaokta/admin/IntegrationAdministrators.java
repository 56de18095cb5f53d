package dev.luccaokta.admin;

import dev.luccaokta.directory.TenantView;
import dev.luccaokta.lucca.LuccaErrorStatusException;
import dev.luccaokta.lucca.LuccaGateway;
import dev.luccaokta.lucca.LuccaInstance;
import dev.luccaokta.lucca.LuccaRole;
import dev.luccaokta.lucca.LuccaUser;
import dev.luccaokta.lucca.PlainMail;
import dev.luccaokta.tenant.AdministratorBinding;
import dev.luccaokta.tenant.AdministratorBindings;
import dev.luccaokta.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Decides who may manage a tenant's integration: a person whose Lucca user has a main role with "Administer OKTA
 * synchronization", as Lucca itself requires. Which Lucca user that is, is confirmed once by mail (one plain
 * address, the user's mail equal to the account's) and then kept by id ({@link AdministratorBinding}): mails can be
 * moved from one person to another (Okta may write them back), ids cannot, so a bound user whose mail is no longer
 * the account's vouches for nobody. Lucca's answer is kept for a minute, so that a page's successive calls do not
 * spend the tenant's Lucca budget; a change of role in Lucca takes effect within that minute.
 *
 * <pre>{@code
 * administrators.require(security.getCallerPrincipal().getName(), tenant);   // AdminProblem 403 with the reason
 * }</pre>
 */
@ApplicationScoped
public class IntegrationAdministrators {

    static final String PERMISSION = "okta.administer";
    private static final Duration REMEMBERED = Duration.ofMinutes(1);

    private record Decision(Optional<AdminProblem> refusal, Instant until) {
    }

    /** The same person may be vouched for by one tenant's key and not by another's on the same Lucca. */
    private record Asked(String mail, String tenantId, LuccaInstance instance) {
    }

    private final Map<Asked, Decision> decisions = new ConcurrentHashMap<>();

    @Inject
    LuccaGateway lucca;

    @Inject
    AdministratorBindings bindings;

    /**
     * Forgets which Lucca user vouches for the account on this tenant, e.g. once Lucca gave the person a new user:
     * the account's next visit confirms it by mail again.
     *
     * @return false when the account was not bound on this tenant
     */
    public boolean release(String mail, Tenant tenant) {
        decisions.keySet().removeIf(asked -> asked.tenantId().equals(tenant.getId()) && asked.mail().equalsIgnoreCase(mail));
        return bindings.release(tenant.getId(), mail);
    }

    /**
     * Forgets what was decided for the account {@code mail} on every tenant, once the account is deleted (its
     * bindings go with it): an account created again with that mail is decided afresh, not by the minute's answer.
     */
    public void forget(String mail) {
        decisions.keySet().removeIf(asked -> asked.mail().equalsIgnoreCase(mail));
    }

    /** Whether the account {@code mail} may administer the tenant's integration; false when Lucca cannot say. */
    public boolean allows(String mail, Tenant tenant) {
        try {
            require(mail, tenant);
            return true;
        } catch (RuntimeException refusedOrUnreachable) {
            return false;
        }
    }

    /** Returns when the account {@code mail} may administer the tenant's integration, refuses with the reason otherwise. */
    public void require(String mail, Tenant tenant) {
        LuccaInstance instance = TenantView.of(tenant).lucca();
        Asked key = new Asked(mail.toLowerCase(Locale.ROOT), tenant.getId(), instance);
        Decision decision = decisions.get(key);
        if (decision == null || decision.until().isBefore(Instant.now())) {
            decision = new Decision(refusal(mail, tenant, instance), Instant.now().plus(REMEMBERED));
            decisions.put(key, decision);
        }
        decision.refusal().ifPresent(refusal -> {
            throw refusal;
        });
    }

    private Optional<AdminProblem> refusal(String mail, Tenant tenant, LuccaInstance instance) {
        try {
            check(mail, tenant, instance);
            return Optional.empty();
        } catch (AdminProblem refused) {
            return Optional.of(refused);
        }
    }

    private void check(String mail, Tenant tenant, LuccaInstance instance) {
        if (!instance.hasApiKey()) {
            throw AdminProblem.forbidden("This integration has no Lucca API key, and Lucca's current API tells no one's "
                    + "permissions: only operators manage it until a key is added");
        }
        LuccaUser user = bindings.find(tenant.getId(), mail)
                .filter(binding -> binding.getLuccaBaseUrl().equals(tenant.getLuccaBaseUrl()))
                .map(binding -> boundUser(mail, binding, instance))
                .orElseGet(() -> bindByMail(mail, tenant, instance));
        if (user.dtContractEnd() != null && user.dtContractEnd().toLocalDate().isBefore(LocalDate.now())) {
            throw AdminProblem.forbidden("Your Lucca user's contract has ended");
        }
        if (user.rolePrincipal() == null || user.rolePrincipal().id() == null) {
            throw AdminProblem.forbidden("Your Lucca user has no role: ask for one with 'Administer OKTA synchronization' ("
                    + PERMISSION + ")");
        }
        LuccaRole role = lucca.role(instance, user.rolePrincipal().id());
        if (!role.permissions().contains(PERMISSION)) {
            throw AdminProblem.forbidden("Your Lucca role '" + role.name() + "' lacks the permission "
                    + "'Administer OKTA synchronization' (" + PERMISSION + ")");
        }
    }

    /** The Lucca user the account was confirmed as, as long as it still has the account's mail. */
    private LuccaUser boundUser(String mail, AdministratorBinding binding, LuccaInstance instance) {
        long id = binding.getLuccaUserId();
        LuccaUser user = lookUp(() -> lucca.identity(instance, id)).orElseThrow(() -> AdminProblem.forbidden(
                "This account was confirmed as Lucca user " + id + ", whom this tenant's Lucca no longer shows"));
        if (!mail.equalsIgnoreCase(user.mail())) {
            throw AdminProblem.forbidden("This account was confirmed as Lucca user " + id + ", who no longer has the mail "
                    + mail + " in Lucca: the right to administer this integration does not follow a mail to someone else. "
                    + "If Lucca gave you a new user, an operator can release this account's binding");
        }
        return user;
    }

    /** The first time: the one current Lucca user with exactly the account's mail, bound to the account from now on. */
    private LuccaUser bindByMail(String mail, Tenant tenant, LuccaInstance instance) {
        if (!PlainMail.isPlain(mail)) {
            throw AdminProblem.forbidden("This account's mail is not one plain address: Lucca cannot be asked who it is");
        }
        List<LuccaUser> found = lookUp(() -> lucca.usersWithMail(instance, mail));
        if (found.size() != 1) {
            throw AdminProblem.forbidden(found.isEmpty() ? "No current Lucca user has the mail " + mail + " on this tenant's Lucca"
                    : "Several Lucca users have the mail " + mail + ": Lucca cannot say which one you are");
        }
        LuccaUser user = found.get(0);
        try {
            bindings.bind(new AdministratorBinding(tenant.getId(), mail, tenant.getLuccaBaseUrl(), user.id()));
        } catch (RuntimeException boundMeanwhile) {
            // A concurrent request of the same account bound it first: its binding is the one that holds.
            return bindings.find(tenant.getId(), mail).map(binding -> boundUser(mail, binding, instance))
                    .orElseThrow(() -> boundMeanwhile);
        }
        return user;
    }

    /** A key that may not read users cannot vouch for anyone: that is a refusal, not Lucca being down. */
    private static <T> T lookUp(Supplier<T> question) {
        try {
            return question.get();
        } catch (LuccaErrorStatusException e) {
            if (e.status() == 401 || e.status() == 403) {
                throw AdminProblem.forbidden("This tenant's Lucca key may not look people up (users.read), so your right "
                        + "to administer its integration cannot be checked");
            }
            throw e;
        }
    }
}
