package dev.luccaokta.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What operators watch on Payara: the health probes a load balancer polls ({@link HealthProbes}) and the metrics,
 * which show Okta's requests, Lucca's calls and each snapshot's age. (On WildFly, {@link WildFlyIT}.) And the headers
 * that keep browsers from misusing the connector's answers.
 */
@SharedServerTest
class OperationsIT implements HealthProbes {

    @Test
    void metricsShowOktasRequestsLuccasCallsAndEachSnapshotsAge() {
        Http.Answer users = Scim.get("/Users?count=1");
        Http.Answer refused = Scim.get("/Users/1", "wrong");
        Http.Answer unknown = Http.get(Scim.baseUrl() + "/no-such-path/deeper", "Authorization", "Bearer wrong");

        String metrics = Http.get(Http.baseUrl() + "/metrics?scope=application").body();
        String tag = Http.get(Admin.tenants() + "/" + Admin.tenantNamed("Test company") + "/status", Admin.operator())
                .json().getString("metricsTag");

        assertThat(users.status()).as(users.body()).isEqualTo(200);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(metrics).containsPattern("scim_requests_seconds_count\\{[^}]*kind=\"GET Users\"[^}]*status=\"2xx\"")
                .containsPattern("scim_requests_seconds_count\\{[^}]*status=\"4xx\"")
                .contains("lucca_calls_total{")
                .containsPattern("directory_snapshot_age_seconds\\{[^}]*tenant=\"[0-9a-f]{16}\"")
                .as("/metrics answers anyone: a tag, never a tenant id").doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-")
                .as("random paths never become series").doesNotContain("deeper");
        assertThat(metrics).as("the status names the tenant's tag").contains("tenant=\"" + tag + "\"");
    }

    @Test
    void thePageIsNeverFramedNorLoadsOthersFilesAndNoApiAnswerIsCached() {
        Http.Answer page = Http.get(Http.baseUrl() + "/lucca-okta/admin/");
        Http.Answer me = Http.get(Http.baseUrl() + "/lucca-okta/admin/api/me", Admin.operator());
        Http.Answer users = Scim.get("/Users?count=1");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(List.of(page, me, users)).allSatisfy(answer -> {
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
        });
        assertThat(List.of(me, users)).allSatisfy(answer -> assertThat(answer.header("Cache-Control")).isEqualTo("no-store"));
    }
}
