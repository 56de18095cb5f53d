package dev.luccaokta.it;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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

    public static Http.Answer get(String pathAndQuery, String token, String... headers) {
        List<String> all = new ArrayList<>(List.of("Authorization", "Bearer " + token));
        all.addAll(List.of(headers));
        return Http.get(baseUrl() + pathAndQuery, all.toArray(String[]::new));
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
            JsonObject page = Http.get(scimBase + "/Users?startIndex=" + startIndex + "&count=100",
                    "Authorization", "Bearer " + token).json();
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
