package dev.luccaokta.okta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.luccaokta.okta.OktaErrors.Target;
import dev.luccaokta.okta.OktaFailure.Kind;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What each of Okta's error answers means to the push mode, and what of its body is kept. */
class OktaErrorsTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final String WINDOW = "{\"errorCode\":\"E0000001\",\"errorSummary\":\"Api validation failed: "
            + "identitySourceSession\",\"errorCauses\":[{\"errorSummary\":\"Only one active import session per "
            + "identity source is allowed to be created every 5 minutes\"}]}";

    @Test
    void theFiveMinuteRuleSaysToComeBackAfterTheWindow() {
        OktaFailure failure = failure(400, WINDOW, Map.of(), Target.SOURCE);

        assertThat(failure.kind()).isEqualTo(Kind.SESSION_WINDOW);
        assertThat(failure.retryAfter()).contains(Duration.ofMinutes(5));
        assertThat(failure.mayHaveApplied()).isFalse();
        assertThat(failure.error().orElseThrow().causes()).singleElement().asString().contains("every 5 minutes");
    }

    @Test
    void aSessionInTheWrongStateIsToldApartFromAnInvalidRequest() {
        String notInProgress = "{\"errorCode\":\"E0000001\",\"errorSummary\":\"Api validation failed\","
                + "\"errorCauses\":[{\"errorSummary\":\"Session=aps1 should be in IN_PROGRESS status in order to be processed\"}]}";
        String badField = "{\"errorCode\":\"E0000001\",\"errorSummary\":\"Api validation failed: entityType\","
                + "\"errorCauses\":[{\"errorSummary\":\"The field entityType is not valid.\"}]}";

        assertThat(failure(400, notInProgress, Map.of(), Target.SESSION).kind()).isEqualTo(Kind.SESSION_STATE);
        assertThat(failure(400, badField, Map.of(), Target.SESSION).kind()).isEqualTo(Kind.INVALID_REQUEST);
        assertThat(failure(400, "{\"errorCode\":\"E0000003\"}", Map.of(), Target.ENTITY).kind())
                .isEqualTo(Kind.INVALID_REQUEST);
    }

    @Test
    void aMissingFeatureIsA403OrA404OnThePathOfTheSourceItself() {
        String forbidden = "{\"errorCode\":\"E0000006\",\"errorSummary\":\"You do not have permission to perform the requested action\"}";

        OktaFailure missing = failure(403, forbidden, Map.of(), Target.SESSION);
        assertThat(missing.kind()).isEqualTo(Kind.FEATURE_MISSING);
        assertThat(missing.getMessage()).contains("E0000006").contains("ask Okta to enable it");
        assertThat(failure(404, "", Map.of(), Target.SOURCE).kind()).isEqualTo(Kind.FEATURE_MISSING);
        assertThat(failure(404, "{\"errorCode\":\"E0000007\"}", Map.of(), Target.ENTITY).kind())
                .isEqualTo(Kind.NOT_FOUND);
        assertThat(failure(404, "", Map.of(), Target.SESSION).kind()).isEqualTo(Kind.NOT_FOUND);
    }

    @Test
    void refusedCredentialsAreA401AMissingScopeOrAnyRefusalOfTheTokenEndpoint() {
        assertThat(failure(401, "{\"errorCode\":\"E0000011\",\"errorSummary\":\"Invalid token provided\"}", Map.of(),
                Target.ENTITY).kind()).isEqualTo(Kind.CREDENTIALS_REFUSED);
        assertThat(failure(403, "{\"errorCode\":\"E0000006\"}",
                Map.of("WWW-Authenticate", "Bearer error=\"insufficient_scope\""), Target.SOURCE).kind())
                .isEqualTo(Kind.CREDENTIALS_REFUSED);
        OktaFailure token = failure(400, "{\"error\":\"invalid_dpop_proof\",\"error_description\":\"'htu' claim is invalid\"}",
                Map.of(), Target.TOKEN);
        assertThat(token.kind()).isEqualTo(Kind.CREDENTIALS_REFUSED);
        assertThat(token.error().orElseThrow().errorCode()).isEqualTo("invalid_dpop_proof");
        assertThat(failure(401, "{\"error\":\"invalid_client\"}", Map.of(), Target.TOKEN).kind())
                .isEqualTo(Kind.CREDENTIALS_REFUSED);
    }

    @Test
    void aRateLimitSaysWhenItResetsFromTheResetHeaderOrRetryAfterOrAMinute() {
        Map<String, String> reset = Map.of("X-Rate-Limit-Reset", Long.toString(NOW.getEpochSecond() + 42));
        assertThat(failure(429, "{\"errorCode\":\"E0000047\"}", reset, Target.ENTITY).retryAfter())
                .contains(Duration.ofSeconds(42));
        assertThat(failure(429, "", Map.of("Retry-After", "17"), Target.ENTITY).retryAfter())
                .contains(Duration.ofSeconds(17));
        assertThat(failure(429, "", Map.of("Retry-After", "Tue, 10 Mar 2026 09:02:00 GMT"), Target.ENTITY)
                .retryAfter()).contains(Duration.ofMinutes(2));
        assertThat(failure(429, "", Map.of(), Target.ENTITY).retryAfter()).contains(Duration.ofSeconds(60));
        assertThat(failure(429, "", Map.of("X-Rate-Limit-Reset", "soon"), Target.ENTITY).retryAfter())
                .contains(Duration.ofSeconds(60));
        OktaFailure limited = failure(429, "", Map.of(), Target.ENTITY);
        assertThat(limited.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(limited.mayHaveApplied()).isFalse();
    }

    @Test
    void aResetInThePastOrFarAwayIsBounded() {
        assertThat(failure(429, "", Map.of("X-Rate-Limit-Reset", Long.toString(NOW.getEpochSecond() - 30)),
                Target.ENTITY).retryAfter()).contains(Duration.ofSeconds(1));
        assertThat(failure(429, "", Map.of("X-Rate-Limit-Reset", "99999999999999"), Target.ENTITY).retryAfter())
                .contains(Duration.ofHours(1));
        assertThat(failure(429, "", Map.of("Retry-After", "-5"), Target.ENTITY).retryAfter())
                .contains(Duration.ofSeconds(1));
    }

    @Test
    void failuresOfOktaSayWhetherAWriteMayHaveBeenApplied() {
        OktaFailure unavailable = failure(503, "", Map.of("Retry-After", "30"), Target.ENTITY);
        assertThat(unavailable.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(unavailable.mayHaveApplied()).isFalse();
        assertThat(unavailable.retryAfter()).contains(Duration.ofSeconds(30));
        assertThat(failure(500, "", Map.of(), Target.ENTITY).mayHaveApplied()).isTrue();
        assertThat(failure(502, "", Map.of(), Target.ENTITY).mayHaveApplied()).isTrue();
        assertThat(failure(504, "", Map.of(), Target.ENTITY).oktaStatus()).hasValue(504);
        assertThat(failure(408, "", Map.of(), Target.ENTITY).mayHaveApplied()).isFalse();
    }

    @Test
    void aRedirectIsAnAnswerTheConnectorCannotUse() {
        OktaFailure redirect = failure(302, "", Map.of("Location", "https://evil.example"), Target.SOURCE);

        assertThat(redirect.kind()).isEqualTo(Kind.UNUSABLE_ANSWER);
        assertThat(redirect.getMessage()).doesNotContain("evil");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "<html>Bad gateway: Authorization: SSWS 00secret</html>", "[1,2]", "\"text\"",
            "{\"errorCode\": 42, \"errorSummary\": [\"x\"], \"errorCauses\": \"none\"}", "{\"errorCode\":", "{}",
            "{\"errorCauses\": [1, null, {\"errorSummary\": 7}]}"})
    void aBodyThatIsNotOktasErrorIsNotKept(String body) {
        OktaFailure failure = failure(400, body, Map.of(), Target.ENTITY);

        assertThat(failure.kind()).isEqualTo(Kind.INVALID_REQUEST);
        assertThat(failure.error()).isEmpty();
        assertThat(failure.getMessage()).isEqualTo("Okta answered 400").doesNotContain("secret");
    }

    @Test
    void oktasTextIsCutShortAndStrippedOfControlCharacters() {
        String causes = String.join(",", java.util.Collections.nCopies(50, "{\"errorSummary\":\"cause\"}"));
        String body = "{\"errorCode\":\"E0000001\",\"errorSummary\":\"line\\nbreak " + "x".repeat(10_000)
                + "\",\"errorCauses\":[" + causes + "]}";

        OktaError error = OktaError.parse(body).orElseThrow();

        assertThat(error.errorSummary()).hasSizeLessThanOrEqualTo(OktaError.MAX_TEXT + 1).doesNotContain("\n");
        assertThat(error.causes()).hasSize(OktaError.MAX_CAUSES);
        assertThat(error.mentions("LINE BREAK")).isTrue();
    }

    private static OktaFailure failure(int status, String body, Map<String, String> headers, Target target) {
        Map<String, List<String>> lists = new java.util.HashMap<>();
        headers.forEach((name, value) -> lists.put(name, List.of(value)));
        return OktaErrors.failure(new OktaAnswer(status, HttpHeaders.of(lists, (a, b) -> true), body), target, NOW);
    }
}
