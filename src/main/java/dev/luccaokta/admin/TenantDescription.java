package dev.luccaokta.admin;

import dev.luccaokta.lucca.LuccaApiKey;
import dev.luccaokta.tenant.GroupType;
import dev.luccaokta.tenant.Tenant;
import dev.luccaokta.tenant.UserNameSource;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A tenant as the administration API answers it: never its API key or OAuth secret, and its SCIM token only in the
 * answer that makes one (its creation, a rotation); members without a value are left out.
 *
 * <pre>{@code
 * TenantDescription described = TenantDescription.of(tenant, scimBaseUrl);
 * }</pre>
 */
@Schema(name = "Tenant", description = "A tenant and its settings, never a secret: luccaApiKeySet says whether it has "
        + "a Lucca API key; scimToken and the members after it only in the answer that makes a token")
public record TenantDescription(
        String id,
        String name,
        String technicalAdminEmail,
        String luccaBaseUrl,
        @Schema(enumeration = {"v3", "v5"}, description = "The Lucca API generation the tenant reads (v5 with an OAuth "
                + "client, v3 with the API key alone)")
        String luccaApi,
        String luccaClientId,
        // No @Schema here: Payara 6.2025.10 takes a member whose name holds "set" for a setter, and fails.
        boolean luccaApiKeySet,
        @Schema(description = "The SCIM base URL to give Okta")
        String scimBaseUrl,
        OffsetDateTime createdAt,
        boolean enabled,
        int leaversGraceDays,
        long snapshotTtlSeconds,
        UserNameSource userNameSource,
        boolean reverseSync,
        @Schema(description = "Whether Okta may change login and professional mail")
        boolean loginMailWriteBack,
        List<String> selectedProperties,
        List<GroupType> groupTypes,
        @Schema(description = "The SCIM token Okta authenticates with, shown this once: only its hash is kept")
        String scimToken,
        @Schema(description = "Until when the token a rotation replaced keeps working")
        OffsetDateTime previousTokenValidUntil,
        @Schema(description = "At creation: the name of the Lucca API key given")
        String luccaKeyName,
        @Schema(description = "At creation: what the Lucca API key given may do")
        List<String> luccaKeyPermissions) {

    /** The tenant, its SCIM base URL being the one Okta is given. */
    static TenantDescription of(Tenant tenant, URI scimBaseUrl) {
        return of(tenant, scimBaseUrl, null, null, null);
    }

    /** A new tenant with its first token and, when it has one, what its key may do. */
    static TenantDescription created(TenantSetup.Created created, URI scimBaseUrl) {
        return of(created.tenant(), scimBaseUrl, created.scimToken(), null, created.luccaKey());
    }

    /** The tenant with the token that replaced its previous one. */
    static TenantDescription rotated(Tenant tenant, URI scimBaseUrl, String scimToken) {
        return of(tenant, scimBaseUrl, scimToken, tenant.getPreviousTokenValidUntil(), null);
    }

    private static TenantDescription of(Tenant tenant, URI scimBaseUrl, String scimToken,
                                        OffsetDateTime previousTokenValidUntil, LuccaApiKey key) {
        return new TenantDescription(tenant.getId(), tenant.getName(), tenant.getTechnicalAdminEmail(),
                tenant.getLuccaBaseUrl(), tenant.getLuccaClientId().isPresent() ? "v5" : "v3",
                tenant.getLuccaClientId().orElse(null), tenant.hasLuccaApiKey(), scimBaseUrl.toString(),
                tenant.getCreatedAt(), !tenant.isDisabled(), tenant.getLeaversGraceDays(),
                tenant.getSnapshotTtl().toSeconds(), tenant.getUserNameSource(), tenant.isReverseSync(),
                tenant.isLoginMailWriteBack(), tenant.getSelectedProperties().stream().sorted().toList(),
                tenant.getEnabledGroupTypes().stream().sorted(Comparator.comparing(GroupType::name)).toList(),
                scimToken, previousTokenValidUntil, key == null ? null : String.valueOf(key.name()),
                key == null ? null : key.permissions());
    }
}
