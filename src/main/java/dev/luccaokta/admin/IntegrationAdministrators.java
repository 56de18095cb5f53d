package dev.luccaokta.admin;

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

    private final Map<String, Decision> decisions = new ConcurrentHashMap<>();

    @Inject
    LuccaGateway lucca;

    /** Returns when {@code mail} may administer the integration on {@code instance}, refuses with the reason otherwise. */
    public void require(String mail, LuccaInstance instance) {
        String key = mail.toLowerCase(Locale.ROOT) + " " + instance.baseUrl();
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
        LuccaUser user = lucca.userByMail(instance, mail).orElseThrow(() -> AdminProblem.forbidden(
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
