package dev.luccaokta.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Lucca base URL an administrator types is the only address the connector sends a tenant's key or client
 * secret to: the test server allows the sandbox's http://127.0.0.1 by configuration (and Lucca's domains), nothing
 * else, and whatever makes an address "not a Lucca" gets one and the same answer. Only a 401 says more ("Lucca
 * refused this API key"): the hosts allowed are Lucca's, and a wrong key is the mistake an administrator must see.
 */
@SharedServerTest
class LuccaUrlPolicyIT {

    private static final String NOT_A_LUCCA = "No Lucca API at this address: the Lucca base URL looks like "
            + "https://company.ilucca.net";

    private static final String PORT = System.getProperty("it.port", "18180");

    @Test
    void aBaseUrlWithAUserAQueryOrAFragmentIsRefused() {
        assertEachIsNotALucca("http://admin@127.0.0.1:" + PORT + "/lucca-sandbox",
                "http://admin:secret@127.0.0.1:" + PORT + "/lucca-sandbox",
                Http.sandboxUrl() + "?redirect=http://169.254.169.254",
                Http.sandboxUrl() + "#fragment");
    }

    @Test
    void hostsOutsideTheAllowedSuffixesAreRefusedInEveryNotationEvenWhereTheSandboxAnswers() {
        assertEachIsNotALucca("http://localhost:" + PORT + "/lucca-sandbox",
                "http://2130706433:" + PORT + "/lucca-sandbox",
                "http://0177.0.0.1:" + PORT + "/lucca-sandbox",
                "http://[::ffff:127.0.0.1]:" + PORT + "/lucca-sandbox",
                "http://[::1]:" + PORT + "/lucca-sandbox",
                "http://127.1:" + PORT + "/lucca-sandbox",
                "file:///etc/passwd",
                "https://acme.ilucca.net.example/");
    }

    @Test
    void aLuccaThatRedirectsIsRefusedRatherThanFollowedWithTheKeyOrTheClient() {
        String moved = Http.sandboxUrl() + "/moved";

        Http.Answer withKey = setUp(moved);
        Http.Answer withClient = Http.post(Admin.tenants(), Json.createObjectBuilder().add("name", "Moved")
                .add("technicalAdminEmail", Admin.CLEMENT).add("luccaBaseUrl", moved)
                .add("luccaClientId", Sandbox.ALL_CLIENT).add("luccaClientSecret", Sandbox.ALL_CLIENT + "-secret")
                .build().toString(), Admin.operator());

        assertNotALucca(withKey, moved);
        assertNotALucca(withClient, moved + " with an OAuth client");
    }

    @Test
    void everyWayOfNotBeingALuccaGetsTheSameAnswer() {
        Map<String, String> ways = Map.of(
                "nothing listens", "http://127.0.0.1:9",
                "the sandbox answers 404", Http.sandboxUrl() + "/nowhere",
                "the web server answers its HTML 404 page", Http.baseUrl(),
                "a redirect", Http.sandboxUrl() + "/moved");

        Map<String, String> answers = ways.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, way -> {
            Http.Answer answer = setUp(way.getValue());
            return answer.status() + " " + answer.body();
        }));

        assertThat(answers.values()).as(answers.toString()).allSatisfy(answer -> assertThat(answer)
                .startsWith("400 ").contains("\"detail\":\"" + NOT_A_LUCCA + "\""));
    }

    @Test
    void aTenantStoredWithAUrlTheSettingsNowRefuseIsUnavailableToOktaForLongAndItsStatusSaysWhy() {
        Http.Answer users = Scim.get("/Users?count=1", "test-refused-token-2f7c41d8");

        assertThat(users.status()).as(users.body()).isEqualTo(503);
        assertThat(users.retryAfter()).isEqualTo("3600");
        assertThat(users.body()).contains("URL policy").doesNotContain("Exception");
        JsonObject status = Http.get(Admin.tenants() + "/" + Admin.tenantNamed("Refused company") + "/status",
                Admin.operator()).json();
        assertThat(status.getJsonObject("lastError").getString("message")).contains("URL policy");
    }

    @Test
    void theSandboxItselfIsStillALucca() {
        Http.Answer created = setUp(Http.sandboxUrl() + "/");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().getString("luccaBaseUrl")).isEqualTo(Http.sandboxUrl());
    }

    private static void assertEachIsNotALucca(String... urls) {
        for (String url : urls) {
            assertNotALucca(setUp(url), url);
        }
    }

    private static Http.Answer setUp(String luccaBaseUrl) {
        return Http.post(Admin.tenants(), Json.createObjectBuilder().add("name", "Probe")
                .add("technicalAdminEmail", "it@acme.example").add("luccaBaseUrl", luccaBaseUrl)
                .add("luccaApiKey", Sandbox.READ_KEY).build().toString(), Admin.operator());
    }

    private static void assertNotALucca(Http.Answer answer, String url) {
        assertThat(answer.status()).as(url + " → " + answer.body()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        JsonObject problem = answer.json();
        assertThat(problem.getString("detail")).as(url).isEqualTo(NOT_A_LUCCA);
    }
}
