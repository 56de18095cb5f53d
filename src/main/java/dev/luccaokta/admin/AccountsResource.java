package dev.luccaokta.admin;

import dev.luccaokta.tenant.AdminAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /admin/api/accounts}: operators create, list, re-password and delete the accounts that sign in to the
 * administration interface. Answers never carry a password or its hash.
 */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@OperatorsOnly("Only operators manage administration accounts")
@Tag(name = "accounts")
public class AccountsResource {

    /** The password's length is checked by {@link AdminAccounts}: its least is the server's setting. */
    @Schema(name = "NewAccount")
    public record NewAccount(
            @Schema(required = true, format = "email", description = "The person's mail, the same as in Lucca")
            String mail,
            @Schema(required = true, writeOnly = true, description = "At least admin.minPasswordLength characters")
            String password,
            @Schema(defaultValue = "false")
            Boolean operator) {

        static final String SEND = "Send mail, password and operator (true or false)";

        @Override
        public String toString() {
            // The password stays out of log lines.
            return "NewAccount[" + mail + (Boolean.TRUE.equals(operator) ? ", operator" : "") + "]";
        }
    }

    /** An account as answered: never its password or hash. */
    @Schema(name = "Account")
    public record Account(String id, @Schema(format = "email") String mail, boolean operator) {
        static Account of(AdminAccount account) {
            return new Account(account.getId(), account.getMail(), account.isOperator());
        }
    }

    @Schema(name = "AccountList")
    public record Accounts(List<Account> accounts) {
    }

    @Schema(name = "NewPassword")
    public record NewPassword(@Schema(required = true, writeOnly = true) String password) {

        static final String SEND = "Send the new password";

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
    @Operation(operationId = "listAccounts", summary = "The administration accounts, without their passwords "
            + "(operators only)")
    @APIResponseSchema(value = Accounts.class, responseCode = "200", responseDescription = "The accounts, by mail")
    @APIResponse(responseCode = "403", ref = "NotAllowed")
    public Accounts list() {
        return new Accounts(accounts.list().stream().map(Account::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAccount", summary = "Create an administration account (operators only; logged as "
            + "admin-account-created)")
    @APIResponse(responseCode = "201", description = "The new account", headers = @Header(name = "Location",
            description = "The new account's URL", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Account.class)))
    @APIResponse(responseCode = "409", ref = "AccountExists")
    public Response create(@NotNull(message = NewAccount.SEND) NewAccount form) {
        AdminAccount account = accounts.create(caller(), form.mail(), form.password(), Boolean.TRUE.equals(form.operator()));
        return Response.created(uri.getAbsolutePathBuilder().path(account.getId()).build()).entity(Account.of(account)).build();
    }

    /** A new password: the account's former one stops working at once. */
    @PUT
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setAccountPassword", summary = "Give an account a new password (operators only; logged as "
            + "admin-account-password-set)")
    @APIResponseSchema(value = Account.class, responseCode = "200",
            responseDescription = "The account; its former password stops working at once")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Account setPassword(@PathParam("id") String id, @NotNull(message = NewPassword.SEND) NewPassword form) {
        return Account.of(accounts.changePassword(caller(), id, form.password()));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteAccount", summary = "Delete an administration account, never one's own (operators "
            + "only; logged as admin-account-deleted)")
    @APIResponse(responseCode = "204", description = "Deleted; its password stops working at once")
    @APIResponse(responseCode = "400", ref = "Invalid")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response delete(@PathParam("id") String id) {
        accounts.delete(caller(), id);
        return Response.noContent().build();
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }
}
