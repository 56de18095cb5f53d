package dev.luccaokta.it;

import jakarta.json.JsonObject;

/** The Lucca sandbox's well-known keys and its test switches, as integration tests use them. */
public final class Sandbox {

    public static final String READ_KEY = "sbx-read-0001";
    public static final String FUTURE_KEY = "sbx-future-0002";
    public static final String ALL_KEY = "sbx-all-0003";
    public static final String NO_PERMISSION_KEY = "sbx-none-0004";

    private Sandbox() {
    }

    public static String[] auth(String key) {
        return new String[] {"Authorization", "lucca application=" + key};
    }

    /** Lucca GET with a key. */
    public static Http.Answer get(String pathAndQuery, String key) {
        return Http.get(Http.sandboxUrl() + pathAndQuery, auth(key));
    }

    /** Initial data, no faults, empty request log, fresh rate-limit window. */
    public static void reset() {
        expect(Http.post(Http.sandboxUrl() + "/sandbox/reset", ""), 200, 204);
    }

    public static void setFaults(String json) {
        expect(Http.put(Http.sandboxUrl() + "/sandbox/faults", json), 200, 204);
    }

    public static JsonObject requestLog() {
        return Http.get(Http.sandboxUrl() + "/sandbox/requests").json();
    }

    public static JsonObject info() {
        return Http.get(Http.sandboxUrl() + "/sandbox/info").json();
    }

    private static void expect(Http.Answer answer, int... statuses) {
        for (int status : statuses) {
            if (answer.status() == status) {
                return;
            }
        }
        throw new IllegalStateException("Sandbox switch refused: " + answer.status() + " " + answer.body());
    }
}
