package dev.luccaokta.it;

import static dev.luccaokta.it.HostileValues.bytes;
import static dev.luccaokta.it.HostileValues.pathSegment;
import static dev.luccaokta.it.HostileValues.quoted;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Seeded random calls of the administration API by its three accounts (with and without the CSRF header):
 * the documented paths on a tenant made for the purpose and on ids that are none, unknown paths, every method,
 * query parameters, JSON bodies built from the documented ones with values of the wrong type, huge numbers,
 * deep nesting, odd text and nulls, and random content types. Never the tenants the server booted with (a
 * call that succeeds may change what it reaches), never the Authorization header, never a body over 64 KiB.
 */
final class HostileAdminRequests {

    /** The administration API's body limit. */
    private static final int MAX_BODY_BYTES = 65_536;

    private static final List<String> ENDPOINTS = List.of("", "", "/catalogue", "/selection", "/selection", "/options",
            "/options", "/token", "/disable", "/enable", "/lucca-client", "/lucca-key", "/snapshot", "/status", "/audit",
            "/audit", "/preview/20", "/preview/", "/preview/99999999999999999999", "/preview/-1", "/preview/abc",
            "/preview/1e3", "/unknown", "/", "//selection", "/selection/x", "/status/x");
    private static final List<String> METHODS = List.of("GET", "GET", "POST", "PUT", "PUT", "DELETE", "PATCH", "HEAD",
            "OPTIONS", "FOO");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json",
            "application/json; charset=utf-8", "application/problem+json", "text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=utf-16",
            "application/json; charset=bogus", "*/*", "garbage", "", "application/json;;");
    private static final List<String> HUGE = List.of("1e308", "-1e308", "1e999", "9".repeat(400), "-0", "0.5",
            "9223372036854775808", "-9223372036854775809", "2147483648", "-2147483649", "1E-400", "NaN", "\"12\"");

    private final Random random;
    private final HostileValues words;
    private final String target;

    /** @param target the tenant made for the purpose, which the calls may change but never delete */
    HostileAdminRequests(long seed, String target) {
        this.random = new Random(seed);
        this.words = new HostileValues(new Random(seed));
        this.target = target;
    }

    /** One call: never a DELETE of the target tenant itself, never a body past the limit. */
    Probe probe() {
        String method = words.pick(METHODS);
        String path = path();
        if (method.equals("DELETE") && path.equals("/tenants/" + target)) {
            method = "GET";
        }
        String query = random.nextInt(3) == 0 ? "?" + query() : "";
        String[] account = words.pick(List.of(Admin.as(Admin.PAUL, Admin.PAUL_PASSWORD),
                Admin.as(Admin.CLEMENT, Admin.CLEMENT_PASSWORD), Admin.as(Admin.MANON, Admin.MANON_PASSWORD)));
        List<String> headers = new ArrayList<>(List.of(account));
        if (random.nextInt(10) > 0) {
            headers.addAll(List.of("X-Requested-With", random.nextInt(10) > 0 ? "lucca-okta-admin" : words.asciiText(8)));
        }
        if (random.nextInt(4) == 0) {
            headers.addAll(List.of("Accept", words.pick(List.of("application/json", "text/html", "*/*", "garbage",
                    "application/problem+json", "text/event-stream;q=0"))));
        }
        byte[] body = null;
        if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("DELETE")
                || method.equals("DELETE") && random.nextInt(4) == 0) {
            // Bodies past 64 KiB are another test's subject (the administration API's body limit).
            do {
                body = body(path);
            } while (body.length > MAX_BODY_BYTES);
            headers.addAll(List.of("Content-Type", words.pick(CONTENT_TYPES)));
        }
        // The server itself refuses a DELETE with a body (an empty 400) before the connector sees it.
        return new Probe(method, Http.baseUrl() + "/lucca-okta/admin/api" + path + query, headers,
                method.equals("DELETE") ? null : body, random.nextInt(10) == 0);
    }

    private String path() {
        int kind = random.nextInt(20);
        if (kind < 2) {
            return words.pick(List.of("/me", "/tenants", "/tenants/", "", "/", "/openapi", "/tenants/" + target + "/status/y"));
        }
        String id = kind < 15 ? target : words.pick(List.of("00000000-0000-0000-0000-000000000000", "x", "..", "%2e%2e",
                target.toUpperCase(), target + "x", "%20", "1", pathSegment(words.randomText(12))));
        return "/tenants/" + id + words.pick(ENDPOINTS);
    }

    private String query() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            String name = words.pick(List.of("offset", "count", "outcome", "userId", "x", "", "count[]", "OUTCOME"));
            String value = words.pick(List.of("0", "50", "-1", "201", "abc", "APPLIED", "refused", "PENDING", "",
                    "99999999999999999999", "1e3", words.randomText(10), words.pick(HUGE)));
            parts.add(name + "=" + words.queryValue(value));
        }
        return String.join("&", parts);
    }

    /** A JSON body shaped like the documented one of that path, with a value changed; or something else. */
    private byte[] body(String path) {
        int kind = random.nextInt(10);
        if (kind < 6) {
            return bytes(mutated(documented(path)));
        }
        return switch (kind) {
            case 6 -> bytes(words.json(3));
            case 7 -> {
                int depth = 1 + random.nextInt(10_000);
                yield bytes(random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                        : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
            }
            case 8 -> bytes(words.pick(List.of("", "null", "{", "{}}", "{'a':1}", "\u0000", "<x/>", "a=1", "[]", "\"x\"")));
            default -> {
                byte[] junk = new byte[1 + random.nextInt(2_000)];
                random.nextBytes(junk);
                yield junk;
            }
        };
    }

    private Map<String, String> documented(String path) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (path.endsWith("/selection")) {
            fields.put("properties", "[\"jobTitle\",\"e_bloodType\"]");
            fields.put("groupTypes", "[\"LUCCA_DEPT\"]");
        } else if (path.endsWith("/options")) {
            fields.put("leaversGraceDays", "90");
            fields.put("snapshotTtlSeconds", "900");
            fields.put("userNameSource", "\"LOGIN\"");
            fields.put("reverseSync", "false");
        } else if (path.endsWith("/token")) {
            fields.put("graceMinutes", "0");
        } else if (path.endsWith("/lucca-key")) {
            fields.put("apiKey", quoted(Sandbox.NO_PERMISSION_KEY));
        } else if (path.endsWith("/lucca-client")) {
            fields.put("clientId", "\"sbx-client-nobody\"");
            fields.put("clientSecret", "\"wrong\"");
        } else {
            fields.put("name", "\"Fuzzed company\"");
            fields.put("technicalAdminEmail", "\"fuzz@fuzz.example\"");
            fields.put("luccaBaseUrl", quoted(Http.sandboxUrl()));
            fields.put("luccaApiKey", quoted(Sandbox.NO_PERMISSION_KEY));
        }
        return fields;
    }

    private String mutated(Map<String, String> fields) {
        List<String> names = new ArrayList<>(fields.keySet());
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            String name = words.pick(names);
            switch (random.nextInt(8)) {
                case 0 -> fields.remove(name);
                case 1 -> fields.put(name, "null");
                case 2 -> fields.put(name, words.pick(HUGE));
                case 3 -> fields.put(name, quoted(words.randomText(random.nextInt(random.nextBoolean() ? 20 : 20_000))));
                case 4 -> fields.put(name, words.json(3));
                case 5 -> fields.put(name, "[" + words.pick(HUGE) + ",null,{}," + quoted(words.randomText(5)) + "]");
                case 6 -> fields.put(words.randomIdentifier(), words.json(2));
                default -> fields.put(name, "[".repeat(500) + "]".repeat(500));
            }
        }
        return fields.entrySet().stream().map(field -> quoted(field.getKey()) + ":" + field.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }
}
