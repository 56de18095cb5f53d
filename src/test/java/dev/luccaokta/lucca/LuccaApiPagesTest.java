package dev.luccaokta.lucca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Following Lucca's {@code next} links: only to the same collection of the same Lucca, and only with a cursor. */
class LuccaApiPagesTest {

    private static final LuccaInstance ACME = new LuccaInstance(URI.create("https://acme.ilucca.net"), "key");

    @Test
    void theCursorOfALinkToTheSameCollectionIsFollowedDecoded() {
        assertThat(LuccaApiPages.nextCursor(ACME, "employees",
                page("https://acme.ilucca.net/lucca-api/employees?limit=100&page=%21S7DHF&include=links")))
                .isEqualTo("!S7DHF");
    }

    @Test
    void theLastPageHasNoNextLink() {
        assertThat(LuccaApiPages.nextCursor(ACME, "employees", Json.createObjectBuilder()
                .add("links", Json.createObjectBuilder().addNull("next")).build())).isNull();
        assertThat(LuccaApiPages.nextCursor(ACME, "employees", JsonObject.EMPTY_JSON_OBJECT)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://evil.example/lucca-api/employees?page=!x",
            "http://acme.ilucca.net/lucca-api/employees?page=!x",
            "https://acme.ilucca.net:8443/lucca-api/employees?page=!x",
            "https://user@acme.ilucca.net/lucca-api/employees?page=!x",
            "https://acme.ilucca.net/lucca-api/employees?page=!x#elsewhere",
            "https://acme.ilucca.net/lucca-api/webhook-endpoints?page=!x",
            "https://acme.ilucca.net/api/v3/users?page=!x",
            "https://acme.ilucca.net/lucca-api/employees?limit=100",
            "not a url at all"})
    void aLinkElsewhereOrWithoutCursorStopsTheRead(String href) {
        assertThatThrownBy(() -> LuccaApiPages.nextCursor(ACME, "employees", page(href)))
                .isInstanceOf(LuccaUnusableAnswerException.class)
                .hasMessageContaining("next link");
    }

    private static JsonObject page(String next) {
        return Json.createObjectBuilder().add("items", Json.createArrayBuilder())
                .add("links", Json.createObjectBuilder().add("next", Json.createObjectBuilder().add("href", next)))
                .build();
    }
}
