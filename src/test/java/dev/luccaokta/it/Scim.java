package dev.luccaokta.it;

import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The connector's SCIM API as Okta calls it, with the test tenants' tokens from server-config/test.properties. */
public final class Scim {

    public static final String TOKEN = "test-scim-token-0b6e3d1f";
    public static final String READ_ONLY_TOKEN = "test-readonly-token-7d2a5c90";
    public static final String CONCURRENT_TOKEN = "test-concurrent-token-4e81b6f3";
    public static final String REFRESH_TOKEN = "test-refresh-token-93c1d8a2";
    public static final String WRITEBACK_TOKEN = "test-writeback-token-5b2e9c47";

    private Scim() {
    }

    public static String baseUrl() {
        return Http.baseUrl() + "/lucca-okta/api";
    }

    /** A read as Okta makes it, asked again while the tenant's first snapshot is being built (see {@link #served}). */
    public static Http.Answer get(String pathAndQuery, String token, String... headers) {
        List<String> all = new ArrayList<>(List.of("Authorization", "Bearer " + token));
        all.addAll(List.of(headers));
        return served(() -> Http.get(baseUrl() + pathAndQuery, all.toArray(String[]::new)));
    }

    /**
     * The answer once the tenant's first snapshot is built: the connector answers 503 with Retry-After after a short
     * wait for it, and Okta asks again. Every other answer, a 503 for a Lucca that cannot be read included, is
     * returned as it is.
     */
    public static Http.Answer served(Supplier<Http.Answer> request) {
        return await("the tenant's first snapshot").atMost(Duration.ofSeconds(120)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(500))
                .until(request::get, answer -> answer.status() != 503 || !answer.body().contains("still being built"));
    }

    public static Http.Answer get(String pathAndQuery) {
        return get(pathAndQuery, TOKEN);
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Every user, fetched the way Okta imports: pages of 100 until totalResults is reached. */
    public static List<JsonObject> allUsers(String token) {
        return allUsers(baseUrl(), token);
    }

    /** The same from the SCIM API at {@code scimBase}. */
    public static List<JsonObject> allUsers(String scimBase, String token) {
        List<JsonObject> users = new ArrayList<>();
        int total;
        int startIndex = 1;
        do {
            String url = scimBase + "/Users?startIndex=" + startIndex + "&count=100";
            JsonObject page = served(() -> Http.get(url, "Authorization", "Bearer " + token)).json();
            total = page.getInt("totalResults");
            List<JsonObject> resources = page.containsKey("Resources")
                    ? page.getJsonArray("Resources").getValuesAs(JsonObject.class) : List.of();
            users.addAll(resources);
            startIndex += 100;
            if (resources.isEmpty()) {
                break;
            }
        } while (startIndex <= total);
        return users;
    }
}
