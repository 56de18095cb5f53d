package dev.luccaokta.admin;

import dev.luccaokta.tenant.AdminAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * {@code /admin/api/accounts}: operators create, list, re-password and delete the accounts that sign in to the
 * administration interface. Answers never carry a password or its hash.
 */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@OperatorsOnly("Only operators manage administration accounts")
public class AccountsResource {

    public record NewAccount(String mail, String password, Boolean operator) {
        @Override
        public String toString() {
            // The password stays out of log lines.
            return "NewAccount[" + mail + (Boolean.TRUE.equals(operator) ? ", operator" : "") + "]";
        }
    }

    /** An account as answered: never its password or hash. */
    public record Account(String id, String mail, boolean operator) {
        static Account of(AdminAccount account) {
            return new Account(account.getId(), account.getMail(), account.isOperator());
        }
    }

    public record Accounts(List<Account> accounts) {
    }

    public record NewPassword(String password) {
        @Override
        public String toString() {
            return "NewPassword[…]";
        }
    }

    @Inject
    SecurityContext security;

    @Inject
    AdminAccounts accounts;

    @Context
    UriInfo uri;

    @GET
    public Accounts list() {
        return new Accounts(accounts.list().stream().map(Account::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewAccount form) {
        AdminProblem.require(form != null, "Send mail, password and operator (true or false)");
        AdminAccount account = accounts.create(caller(), form.mail(), form.password(), Boolean.TRUE.equals(form.operator()));
        return Response.created(uri.getAbsolutePathBuilder().path(account.getId()).build()).entity(Account.of(account)).build();
    }

    /** A new password: the account's former one stops working at once. */
    @PUT
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Account setPassword(@PathParam("id") String id, NewPassword form) {
        AdminProblem.require(form != null, "Send the new password");
        return Account.of(accounts.changePassword(caller(), id, form.password()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        accounts.delete(caller(), id);
        return Response.noContent().build();
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }
}
