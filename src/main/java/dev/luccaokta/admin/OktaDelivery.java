package dev.luccaokta.admin;

import dev.luccaokta.tenant.DeliveryMode;
import dev.luccaokta.tenant.Tenant;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The forms and answers of a tenant's delivery to Okta: SCIM pull or push to a Custom Identity Source. */
public final class OktaDelivery {

    static final String API_TOKEN = "API_TOKEN";
    static final String SERVICE_APP = "SERVICE_APP";
    /** A private RSA key of 4096 bits as a JWK is about 3.2 KB. */
    static final int MAX_KEY = 8000;

    private OktaDelivery() {
    }

    /** How a tenant's people reach Okta; never a secret, only whether one is stored. */
    @Schema(name = "Delivery")
    public record Settings(DeliveryMode mode,
                           @Schema(description = "The Okta org pushed to, kept when the tenant pulls over SCIM")
                           String oktaOrgUrl,
                           @Schema(description = "The Custom Identity Source's id (its app instance id, 0oa...)")
                           String sourceId,
                           Credentials credentials) {

        static Settings of(Tenant tenant) {
            Credentials credentials = tenant.getOktaClientId()
                    .map(clientId -> new Credentials(SERVICE_APP, clientId, false, tenant.hasOktaPrivateKey()))
                    .orElse(tenant.hasOktaApiToken() ? new Credentials(API_TOKEN, null, true, false) : null);
            return new Settings(tenant.getDeliveryMode(), tenant.getOktaOrgUrl().orElse(null),
                    tenant.getOktaSourceId().orElse(null), credentials);
        }
    }

    @Schema(name = "DeliveryCredentials")
    public record Credentials(@Schema(enumeration = {API_TOKEN, SERVICE_APP}) String type,
                              @Schema(description = "The service app's client id") String clientId,
                              @Schema(description = "Whether an API token is stored (it is never shown)")
                              boolean apiTokenStored,
                              @Schema(description = "Whether the service app's private key is stored (it is never shown)")
                              boolean privateKeyStored) {
    }

    /** The form; a secret left out keeps the one stored for the same kind of credentials. */
    @Schema(name = "DeliveryForm", description = "oktaOrgUrl, sourceId and credentials are needed to push; "
            + "with SCIM_PULL they may be left out, and the stored ones are kept")
    public record Form(
            @NotNull(message = Form.SEND)
            @Pattern(regexp = "SCIM_PULL|OKTA_PUSH", message = Form.SEND)
            @Schema(required = true, enumeration = {"SCIM_PULL", "OKTA_PUSH"})
            String mode,
            @Size(max = 500, message = "The Okta org URL has at most 500 characters")
            @Schema(format = "uri", example = "https://acme.okta.com", maxLength = 500)
            String oktaOrgUrl,
            @Size(max = 64, message = "The identity source id has at most 64 characters")
            @Schema(example = "0oa3l6l6WK6h0R0QW0g4", maxLength = 64)
            String sourceId,
            @Valid CredentialsForm credentials) {

        static final String SEND = "Send the mode (SCIM_PULL or OKTA_PUSH) and, to push, oktaOrgUrl, sourceId and "
                + "credentials";
    }

    @Schema(name = "DeliveryCredentialsForm", description = "An API token, or a service app's client id and private "
            + "key (a JWK with its kid); a secret left out keeps the stored one")
    public record CredentialsForm(
            @NotNull(message = CredentialsForm.TYPE)
            @Pattern(regexp = API_TOKEN + "|" + SERVICE_APP, message = CredentialsForm.TYPE)
            @Schema(required = true, enumeration = {API_TOKEN, SERVICE_APP})
            String type,
            @Size(max = 200, message = "An Okta API token has at most 200 characters")
            @Schema(writeOnly = true, maxLength = 200)
            String apiToken,
            @Size(max = 100, message = "An Okta client id has at most 100 characters")
            @Schema(maxLength = 100)
            String clientId,
            @Size(max = MAX_KEY, message = "The service app's private key has at most " + MAX_KEY + " characters")
            @Schema(writeOnly = true, maxLength = MAX_KEY, description = "The private key as a JWK (JSON text)")
            String privateKeyJwk) {

        static final String TYPE = "credentials.type is API_TOKEN or SERVICE_APP";

        @Override
        public String toString() {
            // The token and the key stay out of log lines.
            return "CredentialsForm[" + type + ", " + clientId + "]";
        }
    }

    /** What Okta answered the connector with the stored settings, and what the administrator must set in Okta. */
    @Schema(name = "DeliveryCheck")
    public record Check(@Schema(enumeration = {"ok", "missing", "unknown"},
                                description = "Whether the org has Identity Source Apps (unknown when Okta could not be "
                                        + "asked)") String identitySourceApps,
                        @Schema(enumeration = {"ok", "missing", "unknown"},
                                description = "Whether the org has Okta's per-user calls; without them changes go "
                                        + "through import sessions") String individualOperations,
                        @Schema(enumeration = {"ok", "refused", "unknown"}) String credentials,
                        List<String> messages,
                        @Schema(description = "What to set in Okta's admin console for the push to work")
                        List<String> configureInOkta) {
    }
}
