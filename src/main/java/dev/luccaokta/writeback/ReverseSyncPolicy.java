package dev.luccaokta.writeback;

import com.unboundid.scim2.common.exceptions.ForbiddenException;
import dev.luccaokta.lucca.LuccaApiKey;
import dev.luccaokta.lucca.LuccaInstance;
import dev.luccaokta.tenant.Tenant;
import dev.luccaokta.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whether Okta may write to a tenant's Lucca at all: the tenant must have switched reverse synchronisation on,
 * and its Lucca key must hold the three permissions Lucca asks of any system that edits people's files.
 *
 * <pre>{@code
 * boolean loginAndMail = policy.authorize(tenantId, view.lucca());   // ForbiddenException naming what is missing
 * }</pre>
 */
@ApplicationScoped
public class ReverseSyncPolicy {

    /** The permissions reverse synchronisation needs, with the names Lucca's administration shows for them. */
    private static final Map<String, String> REQUIRED = required();

    @Inject
    TenantRepository tenants;

    @Inject
    LuccaKeyPermissions permissions;

    /** The required permissions this key lacks, by code, in a stable order. */
    public List<String> missingPermissions(LuccaApiKey key) {
        return REQUIRED.keySet().stream().filter(code -> !key.permissions().contains(code)).toList();
    }

    /**
     * Returns when Okta may write to this tenant's Lucca; otherwise refuses with the reason: the tenant's switch
     * (read fresh, so switching it off takes effect at once) or the permissions the key lacks.
     *
     * @return whether Okta may also change login and professional mail: only when the tenant opted in
     */
    public boolean authorize(String tenantId, LuccaInstance lucca) throws ForbiddenException {
        Optional<Tenant> tenant = tenants.findById(tenantId);
        if (!tenant.map(Tenant::isReverseSync).orElse(false)) {
            throw new ForbiddenException("Okta to Lucca synchronisation is not enabled for this tenant");
        }
        if (!lucca.hasApiKey()) {
            throw new ForbiddenException("Okta to Lucca synchronisation needs a Lucca API key (Lucca documents no write "
                    + "in its current API), and this tenant has only an OAuth client");
        }
        List<String> missing = missingPermissions(permissions.of(lucca));
        if (!missing.isEmpty()) {
            throw new ForbiddenException("The tenant's Lucca API key lacks the permission"
                    + (missing.size() > 1 ? "s " : " ")
                    + missing.stream().map(code -> code + " (" + REQUIRED.get(code) + ")").collect(Collectors.joining(", "))
                    + " that Okta to Lucca synchronisation needs");
        }
        return tenant.orElseThrow().isLoginMailWriteBack();
    }

    private static Map<String, String> required() {
        Map<String, String> required = new LinkedHashMap<>();
        required.put("users.edit", "Edit user file");
        required.put("departments.admin", "Department administration");
        required.put("organization.edit", "Edit establishments and legal units");
        return required;
    }
}
