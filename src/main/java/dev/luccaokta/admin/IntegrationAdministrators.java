package dev.luccaokta.admin;

import dev.luccaokta.lucca.LuccaGateway;
import dev.luccaokta.lucca.LuccaInstance;
import dev.luccaokta.lucca.LuccaRole;
import dev.luccaokta.lucca.LuccaUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Decides who may manage a tenant's integration: a person whose Lucca user (found by mail on that tenant's
 * Lucca) has a main role with "Administer OKTA synchronization", as Lucca itself requires.
 */
@ApplicationScoped
public class IntegrationAdministrators {

    static final String PERMISSION = "okta.administer";

    @Inject
    LuccaGateway lucca;

    /** Returns when {@code mail} may administer the integration on {@code instance}, refuses with the reason otherwise. */
    public void require(String mail, LuccaInstance instance) {
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
