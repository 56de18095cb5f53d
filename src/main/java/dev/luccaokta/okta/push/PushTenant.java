package dev.luccaokta.okta.push;

import dev.luccaokta.directory.TenantView;
import dev.luccaokta.okta.OktaCredentials;
import dev.luccaokta.okta.OktaSource;
import dev.luccaokta.tenant.Tenant;
import java.net.URI;

/** A tenant in push mode: its view of Lucca, whose snapshot says who to send, and the identity source to send to. */
record PushTenant(TenantView view, OktaSource source) {

    String id() {
        return view.tenantId();
    }

    /** @throws IllegalArgumentException when the stored Okta settings are incomplete or unusable */
    static PushTenant of(Tenant tenant) {
        OktaCredentials credentials = tenant.getOktaApiToken()
                .<OktaCredentials>map(OktaCredentials.ApiToken::new)
                .orElseGet(() -> new OktaCredentials.ServiceApp(
                        tenant.getOktaClientId().orElseThrow(() -> new IllegalArgumentException("No Okta credentials")),
                        tenant.getOktaPrivateKey().orElseThrow(() -> new IllegalArgumentException("No Okta private key"))));
        URI orgUrl = URI.create(tenant.getOktaOrgUrl().orElseThrow(() -> new IllegalArgumentException("No Okta org URL")));
        String sourceId = tenant.getOktaSourceId().orElseThrow(() -> new IllegalArgumentException("No identity source id"));
        return new PushTenant(TenantView.of(tenant), new OktaSource(orgUrl, sourceId, credentials));
    }
}
