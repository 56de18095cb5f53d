package dev.luccaokta.lucca;

import static dev.luccaokta.lucca.FakeLucca.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The tenant's webhook endpoints on Lucca, as the gateway lists, declares, changes and deletes them. */
class LuccaWebhookEndpointsTest {

    private static final LuccaInstance ACME = FakeLucca.acme(Set.of(LuccaScope.EMPLOYEES));
    private static final String ENDPOINTS = "https://acme.ilucca.net/lucca-api/webhook-endpoints";
    private static final URI RECEIVER = URI.create("https://okta-bridge.example/lucca-okta/events/lucca/t1");

    private final FakeLucca lucca = new FakeLucca();

    @Test
    void everyPageOfEndpointsIsReadWithATokenForTheWebhookScopeAlone() {
        lucca.answer = sent -> sent.param("page") == null
                ? page(List.of(endpoint("7", "active")), ENDPOINTS + "?limit=100&page=%21two")
                : page(List.of(endpoint("9", "suspended")), null);

        List<LuccaWebhookEndpoint> endpoints = lucca.gateway.webhookEndpoints(ACME);

        assertThat(endpoints).extracting(LuccaWebhookEndpoint::id, LuccaWebhookEndpoint::status)
                .containsExactly(tuple("7", "active"),
                        tuple("9", "suspended"));
        assertThat(endpoints.get(0).webhookUrl()).isEqualTo(RECEIVER);
        assertThat(endpoints.get(0).topics()).containsExactly("employee.created", "employee.updated");
        assertThat(lucca.sent).extracting(sent -> sent.param("page")).containsExactly(null, "!two");
        assertThat(lucca.sent).allSatisfy(sent -> assertThat(sent.param("limit")).isEqualTo("100"));
        assertThat(lucca.tokensAsked).containsOnly(Set.of(LuccaScope.WEBHOOK_ENDPOINTS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/lucca-api/webhook-endpoints?page=!x",
            "https://acme.ilucca.net/lucca-api/employees?page=!x"})
    void aNextLinkAwayFromTheEndpointsIsRefused(String href) {
        lucca.answer = sent -> page(List.of(endpoint("7", "active")), href);

        assertThatThrownBy(() -> lucca.gateway.webhookEndpoints(ACME)).isInstanceOf(LuccaUnusableAnswerException.class)
                .hasMessageContaining("next link");
        assertThat(lucca.sent).hasSize(1);
    }

    @Test
    void pagesOfEndpointsThatLeadBackToOneAlreadyReadAreRefused() {
        lucca.answer = sent -> page(List.of(endpoint("7", "active")), ENDPOINTS + "?page=!again");

        assertThatThrownBy(() -> lucca.gateway.webhookEndpoints(ACME)).isInstanceOf(LuccaUnusableAnswerException.class)
                .hasMessageContaining("already read");
        assertThat(lucca.sent).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"id\": \"7\", \"webhookUrl\": \"https://a.example\", \"topics\": [], \"status\": \"paused\"}",
            "{\"id\": \"7\", \"topics\": [], \"status\": \"active\"}",
            "{\"id\": \"7\", \"webhookUrl\": \"https://a.example\", \"topics\": [1], \"status\": \"active\"}",
            "{\"id\": \"../7\", \"webhookUrl\": \"https://a.example\", \"topics\": [], \"status\": \"active\"}",
            "{\"id\": \"7\", \"webhookUrl\": \"not a url\", \"topics\": [], \"status\": \"active\"}",
            "{\"id\": \"7\", \"webhookUrl\": \"https://a.example\", \"status\": \"active\"}"})
    void aMalformedEndpointIsAnAnswerTheConnectorCannotUse(String endpoint) {
        lucca.answer = sent -> page(List.of(json(endpoint)), null);

        assertThatThrownBy(() -> lucca.gateway.webhookEndpoints(ACME)).isInstanceOf(LuccaUnusableAnswerException.class);
    }

    @Test
    void anEndpointIsDeclaredActiveForEveryEstablishmentInTheConnectorsApiVersionAndComesWithItsSecret() {
        lucca.answer = sent -> Json.createObjectBuilder(endpoint("12", "active")).add("secret", "b3YGydKxTy5neQta").build();

        LuccaWebhookEndpointCreated created = lucca.gateway.createWebhookEndpoint(ACME, "Okta", RECEIVER,
                List.of("employee.created", "employee.updated"));

        assertThat(created.endpoint().id()).isEqualTo("12");
        assertThat(created.secret()).isEqualTo("b3YGydKxTy5neQta");
        JsonObject body = lucca.sent.get(0).body();
        assertThat(body.getString("name")).isEqualTo("Okta");
        assertThat(body.getString("webhookUrl")).isEqualTo(RECEIVER.toString());
        assertThat(body.getString("apiVersion")).isEqualTo(LuccaResourcesApi.VERSION);
        assertThat(body.get("businessEstablishments")).isEqualTo(JsonValue.NULL);
        assertThat(body.getString("status")).isEqualTo("active");
        assertThat(body.getJsonArray("topics").getValuesAs(JsonString::getString))
                .containsExactly("employee.created", "employee.updated");
        assertThat(lucca.tokensAsked).containsOnly(Set.of(LuccaScope.WEBHOOK_ENDPOINTS));
    }

    @Test
    void aDeclaredEndpointWithoutItsSecretIsAnAnswerTheConnectorCannotUse() {
        lucca.answer = sent -> endpoint("12", "active");

        assertThatThrownBy(() -> lucca.gateway.createWebhookEndpoint(ACME, "Okta", RECEIVER, List.of("employee.updated")))
                .isInstanceOf(LuccaUnusableAnswerException.class).hasMessageContaining("secret");
    }

    @Test
    void theSecretNeverShowsWhenADeclaredEndpointIsPrinted() {
        LuccaWebhookEndpointCreated created = new LuccaWebhookEndpointCreated(LuccaWebhookEndpoint.of(
                endpoint("12", "active")), "b3YGydKxTy5neQta");

        assertThat(created.toString()).contains("12").doesNotContain("b3YGydKxTy5neQta");
    }

    @Test
    void aStatusChangeSendsTheStatusAloneAndReturnsTheEndpointAsLuccaNowHasIt() {
        lucca.answer = sent -> endpoint("12", "active");

        LuccaWebhookEndpoint endpoint = lucca.gateway.changeWebhookEndpointStatus(ACME, "12", "active");

        assertThat(endpoint.status()).isEqualTo("active");
        assertThat(lucca.sent).singleElement().satisfies(sent -> {
            assertThat(sent.method()).isEqualTo("change");
            assertThat(sent.param("id")).isEqualTo("12");
            assertThat(sent.body()).isEqualTo(Json.createObjectBuilder().add("status", "active").build());
        });
    }

    @Test
    void aStatusLuccaDoesNotKnowIsRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> lucca.gateway.changeWebhookEndpointStatus(ACME, "12", "paused"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(lucca.sent).isEmpty();
    }

    @Test
    void deletingAnEndpointLuccaNoLongerHasIsNoError() {
        lucca.answer = sent -> {
            throw new LuccaErrorStatusException(404, "not found", null);
        };

        lucca.gateway.deleteWebhookEndpoint(ACME, "12");

        assertThat(lucca.sent).extracting(FakeLucca.Sent::method).containsExactly("delete");
    }

    @Test
    void aRefusedDeletionIsLuccasAnswer() {
        lucca.answer = sent -> {
            throw new LuccaErrorStatusException(400, "no", null);
        };

        assertThatThrownBy(() -> lucca.gateway.deleteWebhookEndpoint(ACME, "12"))
                .isInstanceOfSatisfying(LuccaErrorStatusException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"../12", "12/..", "a b", "12?x=1", "%2e%2e", "0123456789012345678901234567890123456789"
            + "0123456789012345678901234"})
    void anEndpointIdThatCouldLeaveItsPathIsRefusedBeforeAnyCall(String id) {
        assertThatThrownBy(() -> lucca.gateway.deleteWebhookEndpoint(ACME, id))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lucca.gateway.changeWebhookEndpointStatus(ACME, id, "active"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(lucca.sent).isEmpty();
    }

    @Test
    void aTokenLuccaRefusesIsRenewedOnceForAWebhookCall() {
        lucca.answer = sent -> {
            if (lucca.sent.size() == 1) {
                throw new LuccaErrorStatusException(401, null, null);
            }
            return page(List.of(), null);
        };

        assertThat(lucca.gateway.webhookEndpoints(ACME)).isEmpty();

        assertThat(lucca.sent).extracting(sent -> sent.param("Authorization"))
                .containsExactly("Bearer token-1", "Bearer token-2");
        assertThat(lucca.tokensForgotten).extracting(LuccaTokens.Grant::accessToken).containsExactly("token-1");
    }

    private static JsonObject endpoint(String id, String status) {
        return Json.createObjectBuilder().add("id", id).add("type", "webhook-endpoint").add("name", "Okta")
                .add("webhookUrl", RECEIVER.toString()).add("apiVersion", LuccaResourcesApi.VERSION)
                .add("topics", Json.createArrayBuilder().add("employee.created").add("employee.updated"))
                .add("status", status).build();
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
