package dev.luccaokta.admin;

import dev.luccaokta.lucca.LuccaApiException;
import dev.luccaokta.lucca.LuccaGateway;
import dev.luccaokta.lucca.LuccaInstance;
import dev.luccaokta.lucca.LuccaRole;
import dev.luccaokta.lucca.LuccaUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides who may manage a tenant's integration: a person whose Lucca user (found by mail on that tenant's
 * Lucca) has a main role with "Administer OKTA synchronization", as Lucca itself requires. Lucca's answer is
 * kept for a minute, so that a page's successive calls do not spend the tenant's Lucca budget; a change of
 * role in Lucca takes effect within that minute.
 */
@ApplicationScoped
public class IntegrationAdministrators {

    static final String PERMISSION = "okta.administer";
    private static final Duration REMEMBERED = Duration.ofMinutes(1);

    private record Decision(Optional<AdminProblem> refusal, Instant until) {
    }

    /** The same person may be vouched for by one tenant's key and not by another's on the same Lucca. */
    private record Asked(String mail, LuccaInstance instance) {
    }

    private final Map<Asked, Decision> decisions = new ConcurrentHashMap<>();

    @Inject
    LuccaGateway lucca;

    /** A key that may not read users cannot vouch for anyone: that is a refusal, not Lucca being down. */
    private Optional<LuccaUser> lookUp(String mail, LuccaInstance instance) {
        try {
            return lucca.userByMail(instance, mail);
        } catch (LuccaApiException e) {
            if (e.status() == 401 || e.status() == 403) {
                throw AdminProblem.forbidden("This tenant's Lucca key may not look people up (users.read), so your right "
                        + "to administer its integration cannot be checked");
            }
            throw e;
        }
    }

    /** Whether {@code mail} may administer the integration on {@code instance}; false when Lucca cannot say. */
    public boolean allows(String mail, LuccaInstance instance) {
        try {
            require(mail, instance);
            return true;
        } catch (RuntimeException refusedOrUnreachable) {
            return false;
        }
    }

    /** Returns when {@code mail} may administer the integration on {@code instance}, refuses with the reason otherwise. */
    public void require(String mail, LuccaInstance instance) {
        Asked key = new Asked(mail.toLowerCase(Locale.ROOT), instance);
        Decision decision = decisions.get(key);
        if (decision == null || decision.until().isBefore(Instant.now())) {
            decision = new Decision(refusal(mail, instance), Instant.now().plus(REMEMBERED));
            decisions.put(key, decision);
        }
        decision.refusal().ifPresent(refusal -> {
            throw refusal;
        });
    }

    private Optional<AdminProblem> refusal(String mail, LuccaInstance instance) {
        try {
            check(mail, instance);
            return Optional.empty();
        } catch (AdminProblem refused) {
            return Optional.of(refused);
        }
    }

    private void check(String mail, LuccaInstance instance) {
        if (!instance.hasApiKey()) {
            throw AdminProblem.forbidden("This integration has no Lucca API key, and Lucca's current API tells no one's "
                    + "permissions: only operators manage it until a key is added");
        }
        LuccaUser user = lookUp(mail, instance).orElseThrow(() -> AdminProblem.forbidden(
                "No current Lucca user has the mail " + mail + " on this tenant's Lucca"));
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
}
