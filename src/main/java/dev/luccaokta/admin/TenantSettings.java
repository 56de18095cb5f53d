package dev.luccaokta.admin;

import dev.luccaokta.directory.CatalogueEntry;
import dev.luccaokta.directory.PropertyCatalogue;
import dev.luccaokta.directory.TenantDirectories;
import dev.luccaokta.directory.TenantView;
import dev.luccaokta.events.EventFeed;
import dev.luccaokta.lucca.LuccaApiReader;
import dev.luccaokta.lucca.LuccaGateway;
import dev.luccaokta.lucca.LuccaInstance;
import dev.luccaokta.tenant.GroupType;
import dev.luccaokta.tenant.ScimTokenHash;
import dev.luccaokta.tenant.Tenant;
import dev.luccaokta.tenant.TenantRepository;
import dev.luccaokta.tenant.UserNameSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A tenant's life after setup: what it sends to Okta (step 3 of the setup), its options, its token, and
 * disabling or deleting it. Each change is checked before anything is stored.
 */
@ApplicationScoped
public class TenantSettings {

    @Inject
    EventFeed events;

    @Inject
    TenantRepository tenants;

    @Inject
    LuccaGateway lucca;

    @Inject
    TenantDirectories directories;

    @Inject
    LuccaClientSetup luccaClients;

    @Inject
    LuccaApiReader luccaApi;

    /** The properties the tenant's Lucca offers, each with whether and why it can (not) be sent to Okta. */
    public List<CatalogueEntry> catalogue(Tenant tenant) {
        LuccaInstance instance = TenantView.of(tenant).lucca();
        if (!instance.readsLuccaApi()) {
            return PropertyCatalogue.of(lucca.extendedDataDefinitions(instance)).entries();
        }
        return PropertyCatalogue.of(luccaApi.customFieldDefinitions(instance))
                .entriesThroughLuccaApi(luccaApi.scopesLacking(instance));
    }

    public Tenant select(Tenant tenant, List<String> properties, List<String> groupTypes) {
        Map<String, CatalogueEntry> offered = catalogue(tenant).stream()
                .collect(Collectors.toMap(CatalogueEntry::code, Function.identity()));
        List<String> optional = new ArrayList<>();
        for (String code : properties) {
            CatalogueEntry entry = offered.get(code);
            if (entry == null) {
                throw AdminProblem.badRequest("Lucca offers no property '" + code + "'");
            }
            if (!entry.synchronisable()) {
                throw AdminProblem.badRequest(entry.label() + ": " + entry.notSynchronisable().orElseThrow());
            }
            if (!entry.mandatory()) {
                optional.add(code);
            }
        }
        List<GroupType> types = groupTypes.stream().map(TenantSettings::groupType).toList();
        luccaClients.checkSelection(tenant, Set.copyOf(optional), Set.copyOf(types));
        tenant.selectProperties(optional);
        tenant.enableGroupTypes(types);
        return tenants.save(tenant);
    }

    /** Whether Okta may write this property back: login and mail only when the tenant opted in. */
    public boolean writableFromOkta(Tenant tenant, CatalogueEntry entry) {
        return entry.writableFromOkta() && PropertyCatalogue.writableFromOkta(entry.code(), tenant.isLoginMailWriteBack());
    }

    /** @param loginMailWriteBack whether Okta may also change login and professional mail (off by default) */
    public Tenant configure(Tenant tenant, int leaversGraceDays, long snapshotTtlSeconds, String userNameSource,
                            boolean reverseSync, boolean loginMailWriteBack) {
        if (tenant.getLuccaClientId().isPresent() && "LOGIN".equals(userNameSource)) {
            throw AdminProblem.badRequest("Lucca's current API has no login: a tenant reading it with an OAuth client "
                    + "takes userName from the professional e-mail (MAIL)");
        }
        try {
            tenant.configure(leaversGraceDays, Duration.ofSeconds(snapshotTtlSeconds), UserNameSource.valueOf(userNameSource));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw AdminProblem.badRequest(e.getMessage() == null || e.getMessage().startsWith("No enum")
                    ? "userName comes from LOGIN or MAIL" : e.getMessage());
        }
        tenant.setReverseSync(reverseSync);
        tenant.setLoginMailWriteBack(loginMailWriteBack);
        return tenants.save(tenant);
    }

    /** A new token, shown once; the old one keeps working for the grace period. */
    public String rotateToken(Tenant tenant, Duration grace) {
        String token = TenantSetup.newToken();
        try {
            tenant.rotateToken(ScimTokenHash.of(token), grace);
        } catch (IllegalArgumentException e) {
            throw AdminProblem.badRequest(e.getMessage());
        }
        tenants.save(tenant);
        return token;
    }

    public Tenant enable(Tenant tenant, boolean enabled) {
        tenant.setDisabled(!enabled);
        return tenants.save(tenant);
    }

    /**
     * Forgets the tenant's cached view of Lucca, so that Okta's next read takes Lucca as it is now: after a change
     * in Lucca that must not wait for the snapshot's TTL, such as a permission given to the key.
     */
    public void discardSnapshot(Tenant tenant) {
        directories.evict(tenant.getId());
    }

    /** Removes the tenant, its webhook endpoint on Lucca, its settings and its cached view of Lucca. */
    public void delete(Tenant tenant) {
        events.forget(tenant);
        tenants.delete(tenant.getId());
        directories.evict(tenant.getId());
    }

    private static GroupType groupType(String name) {
        try {
            return GroupType.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw AdminProblem.badRequest("Group types are LUCCA_DEPT, LUCCA_ETS, LUCCA_LU and LUCCA_COUNTRY, not " + name);
        }
    }
}
