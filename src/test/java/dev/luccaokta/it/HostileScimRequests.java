package dev.luccaokta.it;

import static dev.luccaokta.it.HostileValues.CORE_GROUP;
import static dev.luccaokta.it.HostileValues.CORE_USER;
import static dev.luccaokta.it.HostileValues.ENTERPRISE;
import static dev.luccaokta.it.HostileValues.PATCH_OP;
import static dev.luccaokta.it.HostileValues.VALUE_PATHS;
import static dev.luccaokta.it.HostileValues.bytes;
import static dev.luccaokta.it.HostileValues.pathSegment;
import static dev.luccaokta.it.HostileValues.quoted;
import static dev.luccaokta.it.Probe.bearer;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Seeded random requests on the SCIM endpoints: reads (grammar-made and mutated filters, paging, sorting and
 * projection parameters, random parameters, paths, methods and headers), writes (PATCH and PUT bodies, content
 * types, conditions) and PATCH operations whose paths are deep, long, malformed or hold filters. The same seed gives
 * the same requests in the same order, for the same people.
 */
final class HostileScimRequests {

    /** Bodies past it are refused before they are read, which is another test's subject. */
    static final int MAX_BODY_BYTES = 65_536;
    /**
     * Longest URL sent: Payara Micro refuses a request whose line and headers pass 8 KiB before the connector sees it
     * (HTTP/1.1: an empty 400; HTTP/2: a reset stream), which is the server's configuration.
     */
    private static final int MAX_URL = 7_000;
    private static final String WRITER = Scim.WRITEBACK_TOKEN;

    /**
     * Escapes for paths: the server itself refuses a path with an invalid UTF-8 escape, {@code %00} or {@code %5C}
     * (an empty 400 before the connector sees it), so those go only in query strings, which the connector decodes.
     */
    private static final List<String> PATH_ESCAPES = List.of("%25", "%2525", "%0D%0A", "%EF%BB%BF", "%2F", "%3B",
            "%E2%80%AE", "%7F", "%F0%9F%98%80", "%3F", "%23", "%20");
    private static final List<String> CONTENT_TYPES = List.of("application/scim+json", "application/json",
            "application/json; charset=utf-8", "application/scim+json;charset=UTF-8", "application/json; charset=utf-16",
            "application/json; charset=ISO-8859-1", "application/json; charset=bogus-charset",
            "application/json; charset=\"\"", "application/json;charset=", "text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=xyz", "*/*", "application/*",
            "garbage", "application/json;;", "application/json, text/plain", "application/scim+json; q=0.5",
            "application/merge-patch+json", "application/json-patch+json", "text/html; charset=utf-8",
            "application/octet-stream", "application/json; boundary=\"\\\"", "application/vnd.api+json", "",
            "application/", "/json", "application/json; charset", "application/json;=x");
    private static final List<String> ACCEPTS = List.of("application/scim+json", "application/json", "*/*",
            "application/xml", "text/html", "application/scim+json;q=0.1, text/plain;q=0.9", "garbage",
            "application/*", "text/*", "application/json; charset=utf-16", "*/*;q=0", "application/scim+json;q=0",
            "image/png", "application/json;q=abc", ";;;", "application/scim+json, application/json");
    private static final List<String> METHODS = List.of("GET", "GET", "GET", "HEAD", "OPTIONS", "POST", "PUT",
            "PATCH", "DELETE", "FOO", "PROPFIND", "get");
    private static final List<String> PARAMETERS = List.of("filter", "sortBy", "sortOrder", "startIndex", "count",
            "attributes", "excludedAttributes", "FILTER", "Filter", "sortby", "SORTORDER", "StartIndex", "COUNT",
            "Attributes", "excludedattributes", "cursor", "domain", "callback", "format", "q", "", "filter ", " count",
            "filter[]", "count.x", "$filter", "_", "%00", "ﬁlter");

    private final Random random;
    private final HostileValues values;
    private final HostileBodies bodies;

    HostileScimRequests(long seed) {
        this.random = new Random(seed);
        this.values = new HostileValues(random);
        this.bodies = new HostileBodies(random, values);
    }

    // ---------------------------------------------------------------- read probes

    /** A read: a list with random parameters, one resource, discovery, a random path or odd headers. */
    Probe readProbe(List<String> userIds, List<String> groupIds) {
        Probe probe;
        do {
            probe = anyReadProbe(userIds, groupIds);
        } while (probe.url().length() > MAX_URL);
        return probe;
    }

    private Probe anyReadProbe(List<String> userIds, List<String> groupIds) {
        int kind = random.nextInt(100);
        String collection = random.nextInt(4) == 0 ? "/Groups" : "/Users";
        if (kind < 50) {
            return get(collection + "?" + listQuery());
        }
        if (kind < 62) {
            String id = collection.equals("/Users") ? values.pick(userIds) : values.pick(groupIds);
            String query = random.nextBoolean() ? "" : "?" + projectionQuery();
            List<String> headers = bearer(token());
            if (random.nextInt(3) == 0) {
                headers = with(headers, "If-None-Match", values.pick(List.of("*", "W/\"x\"", "\"", "W/", "W/\"\"",
                        "\"a\", \"b\"", values.asciiText(20), "W/\"" + values.asciiText(10) + "\"")));
            }
            return new Probe("GET", Scim.baseUrl() + collection + "/" + pathSegment(id) + query, headers, null, false);
        }
        if (kind < 72) {
            return new Probe(values.pick(METHODS), Scim.baseUrl() + collection + randomPath(userIds, groupIds)
                    + (random.nextBoolean() ? "" : "?" + randomQuery()), bearer(token()), null, false);
        }
        if (kind < 80) {
            return get(discoveryPath() + (random.nextBoolean() ? "" : "?" + randomQuery()));
        }
        if (kind < 90) {
            return get(collection + "?" + randomQuery());
        }
        return headerProbe(collection, userIds);
    }

    private Probe get(String pathAndQuery) {
        return new Probe("GET", Scim.baseUrl() + pathAndQuery, bearer(token()), null, false);
    }

    /** Mostly the main tenant's token; the write-back tenant's sometimes, a broken token rarely. */
    private String token() {
        int n = random.nextInt(20);
        return n < 16 ? Scim.TOKEN : n < 19 ? WRITER : values.pick(List.of("", "x", Scim.TOKEN + "x", "Bearer " + Scim.TOKEN,
                " " + Scim.TOKEN + " ", Scim.TOKEN.toUpperCase(), "a".repeat(600), "%00"));
    }

    private Probe headerProbe(String collection, List<String> userIds) {
        String url = Scim.baseUrl() + collection + (random.nextBoolean() ? "" : "/" + values.pick(userIds))
                + (random.nextBoolean() ? "" : "?" + listQuery());
        List<String> headers = new ArrayList<>();
        int auth = random.nextInt(10);
        if (auth < 6) {
            headers.addAll(bearer(Scim.TOKEN));
        } else if (auth < 9) {
            headers.addAll(List.of("Authorization", values.pick(List.of("bearer " + Scim.TOKEN, "BEARER   " + Scim.TOKEN,
                    Scim.TOKEN, "Basic " + Base64.getEncoder().encodeToString("a:b".getBytes(StandardCharsets.UTF_8)),
                    "Bearer", "Bearer " + "x".repeat(513), "Digest realm=x", "Bearer " + Scim.TOKEN + ", Bearer x",
                    "Bearer\t" + Scim.TOKEN))));
        }
        if (random.nextBoolean()) {
            headers.addAll(List.of("Accept", values.pick(ACCEPTS)));
        }
        if (random.nextInt(3) == 0) {
            headers.addAll(List.of("Accept-Charset", values.pick(List.of("utf-16", "bogus", "*", "iso-8859-1;q=0"))));
        }
        if (random.nextInt(3) == 0) {
            headers.addAll(List.of("If-None-Match", values.pick(List.of("*", "W/\"x\"", "\"", "garbage", "W/"))));
        }
        if (random.nextInt(4) == 0) {
            headers.addAll(List.of("X-Request-Id", values.pick(List.of("abc", "x".repeat(300), "a b", "a\"b", "<script>"))));
        }
        if (random.nextInt(4) == 0) {
            headers.addAll(List.of("Accept-Language", values.pick(List.of("fr-FR", "*", "xx-YY;q=2", "garbage;;;"))));
        }
        return new Probe(values.pick(List.of("GET", "GET", "HEAD", "OPTIONS", "DELETE", "POST")), url, headers, null, false);
    }

    /** The parameters of a list request: mostly a filter, with paging, sorting and projection now and then. */
    private String listQuery() {
        List<String> parts = new ArrayList<>();
        if (random.nextInt(10) < 8) {
            parts.add("filter=" + values.queryValue(values.filter()));
        }
        if (random.nextInt(3) == 0) {
            parts.add("sortBy=" + values.queryValue(random.nextInt(5) == 0 ? values.mutate(values.attribute())
                    : values.attribute()));
        }
        if (random.nextInt(4) == 0) {
            parts.add("sortOrder=" + values.queryValue(values.pick(List.of("ascending", "descending", "ASCENDING", "Descending",
                    " descending ", "up", "", "-1", "asc", values.randomText(8)))));
        }
        if (random.nextInt(3) == 0) {
            parts.add("startIndex=" + values.queryValue(number()));
        }
        if (random.nextInt(3) == 0) {
            parts.add("count=" + values.queryValue(number()));
        }
        if (random.nextInt(4) == 0) {
            parts.add(projectionQuery());
        }
        if (random.nextInt(8) == 0) {
            parts.add(randomQuery());
        }
        Collections.shuffle(parts, random);
        return String.join("&", parts);
    }

    private String projectionQuery() {
        String name = random.nextInt(5) == 0 ? "excludedAttributes" : "attributes";
        String query = name + "=" + values.queryValue(attributeList());
        if (random.nextInt(10) == 0) {
            query += "&" + (name.equals("attributes") ? "excludedAttributes" : "attributes") + "="
                    + values.queryValue(attributeList());
        }
        return query;
    }

    private String attributeList() {
        int n = random.nextInt(10) == 0 ? 200 : 1 + random.nextInt(5);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(12);
            names.add(kind < 8 ? values.attribute() : kind < 9 ? values.pick(VALUE_PATHS)
                    : kind < 11 ? values.mutate(values.attribute()) : values.randomText(12));
        }
        String list = String.join(values.pick(List.of(",", ",", ", ", " , ", ",,", ";")), names);
        return random.nextInt(20) == 0 ? list + ",".repeat(random.nextInt(50)) + "x".repeat(random.nextInt(5_000)) : list;
    }

    /** Random parameters: known names in odd cases, repeated, unknown names, odd values. */
    private String randomQuery() {
        int n = 1 + random.nextInt(6);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = random.nextInt(4) == 0 ? values.randomText(6) : values.pick(PARAMETERS);
            String text = switch (random.nextInt(6)) {
                case 0 -> values.filter();
                case 1 -> number();
                case 2 -> values.attribute();
                case 3 -> values.randomText(30);
                case 4 -> "";
                default -> values.mutate(values.filter());
            };
            parts.add(random.nextInt(10) == 0 ? values.queryValue(name) : values.queryValue(name) + "=" + values.queryValue(text));
        }
        return String.join(random.nextInt(10) == 0 ? ";" : "&", parts);
    }

    /** Numbers as clients send them, and as they should not. */
    private String number() {
        return switch (random.nextInt(8)) {
            case 0 -> Integer.toString(random.nextInt(1_100));
            case 1 -> Integer.toString(-random.nextInt(5));
            case 2 -> values.pick(List.of("0", "1", "2", "99", "100", "101", "499", "500", "1000", "1001", "2147483647",
                    "2147483648", "-2147483648", "-2147483649", "9223372036854775807", "9223372036854775808"));
            case 3 -> "9".repeat(1 + random.nextInt(400));
            case 4 -> values.pick(List.of("1.5", "1e3", "0x10", "abc", " 3 ", "+4", "-0", "00000000000000000001", "１",
                    "٣", "1,2", "NaN", "Infinity", "-", "+", "1 2", "0b1", "1_000", "true", "null"));
            case 5 -> "-" + "9".repeat(1 + random.nextInt(30));
            case 6 -> values.randomText(5);
            default -> Long.toString(random.nextLong());
        };
    }

    // ---------------------------------------------------------------- paths

    private String randomPath(List<String> userIds, List<String> groupIds) {
        return switch (random.nextInt(12)) {
            case 0 -> "";
            case 1 -> "/";
            case 2 -> "/" + pathSegment(values.pick(userIds)) + "/" + pathSegment(values.randomText(5));
            case 3 -> "//" + values.pick(userIds);
            case 4 -> "/" + values.pick(List.of(".search", "%2e%2e", "..", ".", "%2F", "%2f..%2fGroups", ";a=b", "%3Bx",
                    "%2500", "%25FF", "*", "~", "Me", "Bulk", "%20", "%09", "%7F", "%C2%85", "%EF%BF%BF"));
            case 5 -> "/" + pathSegment(values.randomText(1 + random.nextInt(300)));
            case 6 -> "/" + values.pick(groupIds) + "/members";
            case 7 -> "/" + values.pick(List.of("0", "-1", "99999999999999999999", "1e3", "+1", "01", "0x1", "1.0",
                    "LUCCA_DEPT_" + "9".repeat(40), "LUCCA_COUNTRY_", "LUCCA_", "lucca_dept_1", "LUCCA_DEPT_-1"));
            case 8 -> "/" + pathSegment(values.pick(userIds)) + ";" + values.randomIdentifier() + "="
                    + pathSegment(values.randomText(4));
            case 9 -> "/" + pathSegment(values.pick(userIds)) + "/";
            case 10 -> "/" + pathSegment(values.pick(userIds)) + values.pick(PATH_ESCAPES);
            default -> "/" + pathSegment(values.mutate(values.pick(userIds)));
        };
    }

    private String discoveryPath() {
        return values.pick(List.of("/ServiceProviderConfig", "/ServiceProviderConfigs", "/Schemas", "/Schemas/",
                "/Schemas/" + CORE_USER, "/Schemas/" + ENTERPRISE, "/Schemas/" + CORE_GROUP,
                "/Schemas/" + pathSegment(ENTERPRISE.toUpperCase()), "/Schemas/" + pathSegment(values.randomText(20)),
                "/Schemas/urn:ietf:params:scim:schemas:core:2.0:User:userName", "/ResourceTypes",
                "/ResourceTypes/User", "/ResourceTypes/Group", "/ResourceTypes/user",
                "/ResourceTypes/" + pathSegment(values.randomText(8)),
                "/ResourceTypes/User/x", "/serviceproviderconfig", "/schemas", "", "/", "/Me", "/Bulk", "/.search",
                "/Schemas/" + values.pick(PATH_ESCAPES), "/ResourceTypes/%2e%2e"));
    }

    // ---------------------------------------------------------------- write probes

    /**
     * A write that costs Lucca nothing: the main tenant's token (reverse sync off, refused after the body is
     * read), the write-back token on an id Lucca cannot have, a body that fails validation, or a Group.
     */
    Probe cheapWriteProbe(List<JsonObject> people) {
        Probe probe;
        do {
            probe = anyCheapWriteProbe(people);
        } while (probe.url().length() > MAX_URL);
        return probe;
    }

    private Probe anyCheapWriteProbe(List<JsonObject> people) {
        String method = random.nextBoolean() ? "PATCH" : "PUT";
        JsonObject person = values.pick(people);
        byte[] body = bytes(method.equals("PATCH") ? bodies.patchBody(person) : bodies.putBody(person));
        int target = random.nextInt(10);
        String path;
        String token;
        if (target < 5) {
            path = "/Users/" + person.getString("id");
            token = Scim.TOKEN;
        } else if (target < 7) {
            path = "/Users/" + pathSegment(values.pick(List.of("abc", "1.5", "1e3", "", "%00", "LUCCA_DEPT_1",
                    "99999999999999999999", "12abc", " 12", "😀", values.randomText(10))));
            token = WRITER;
        } else if (target < 9) {
            path = "/Users/" + person.getString("id");
            token = WRITER;
            body = bodies.brokenBody(method);
        } else {
            path = values.pick(List.of("/Groups/LUCCA_DEPT_1", "/Groups", "/Users", "/Groups/x", "/Schemas",
                    "/ServiceProviderConfig"));
            token = random.nextBoolean() ? WRITER : Scim.TOKEN;
        }
        List<String> headers = bearer(token);
        if (random.nextInt(4) == 0) {
            String contentType = values.pick(CONTENT_TYPES);
            headers = with(headers, "Content-Type", contentType);
        } else if (random.nextInt(10) > 0) {
            headers = with(headers, "Content-Type", method.equals("PATCH") ? "application/scim+json" : "application/json");
        }
        if (random.nextInt(5) == 0) {
            headers = with(headers, "If-Match", values.pick(List.of("*", "W/\"x\"", "\"", "garbage",
                    person.getJsonObject("meta").getString("version"))));
        }
        boolean chunked = random.nextInt(8) == 0;
        String sent = random.nextInt(30) == 0 ? values.pick(List.of("POST", "DELETE", "patch")) : method;
        // The server itself refuses a DELETE with a body (an empty 400) before the connector sees it.
        return new Probe(sent, Scim.baseUrl() + path, headers, sent.equals("DELETE") ? null : body, chunked);
    }

    /** A well-formed write on a real person with the write-back token: Lucca is read, and written when a value changed. */
    Probe luccaWriteProbe(List<JsonObject> people) {
        JsonObject person = values.pick(people);
        boolean patch = random.nextInt(3) > 0;
        String body = patch ? bodies.validPatch() : bodies.mutatedUser(person);
        return new Probe(patch ? "PATCH" : "PUT", Scim.baseUrl() + "/Users/" + person.getString("id"),
                bearer(WRITER, "Content-Type", "application/scim+json"), bytes(body), false);
    }

    /**
     * One PATCH operation on a real person whose path is hostile (deep, long, malformed, a filter inside), with the
     * write-back token and an If-Match no version has, so that a path the server takes still writes nothing.
     */
    Probe patchPathProbe(List<String> people) {
        byte[] body;
        do {
            String path = hostilePath();
            String op = quoted(values.pick(List.of("add", "replace", "remove", "Replace")));
            String operation = random.nextInt(5) == 0
                    ? "{\"op\":" + op + ",\"value\":{" + quoted(path) + ":" + bodies.patchValue() + "}}"
                    : "{\"op\":" + op + ",\"path\":" + quoted(path) + ",\"value\":" + bodies.patchValue() + "}";
            body = bytes("{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[" + operation + "]}");
        } while (body.length > MAX_BODY_BYTES);
        return new Probe("PATCH", Scim.baseUrl() + "/Users/" + values.pick(people), bearer(WRITER, "Content-Type",
                "application/scim+json", "If-Match", "W/\"fuzz\""), body, false);
    }

    private String hostilePath() {
        return switch (random.nextInt(8)) {
            case 0 -> {
                int depth = random.nextInt(6) == 0 ? random.nextInt(25_000) : random.nextInt(16);
                yield values.complexAttribute() + "[" + "(".repeat(depth) + values.expression(0) + ")".repeat(depth) + "]"
                        + values.pick(List.of("", ".value", ".type", ".display"));
            }
            case 1 -> values.pick(List.of("emails[", "(", "[", "emails[type eq \"work\"", "not(", "]", ")"))
                    .repeat(1 + random.nextInt(random.nextBoolean() ? 20 : 20_000)) + values.pick(List.of("", "x", "]", "\""));
            case 2 -> values.attribute() + "." + "x".repeat(1 + random.nextInt(6_000));
            case 3 -> values.pick(List.of("emails[type eq \"work\"][type eq \"home\"]", "emails..value", "name.givenName.x.y",
                    CORE_USER + ":", ":", "[", "]", "emails[]", "emails[type]", "emails[type eq]", "emails[type eq \"work\"].",
                    "emails[value sw \"a\" and not (type eq \"b\")].display", "emails[type eq \"w\"].value[x eq 1]",
                    "$ref", "emails.$ref", "emails[type eq \"work\"]value", "urn:x:y", ENTERPRISE + ":manager[value eq \"1\"]",
                    "members[value eq \"1\"].display", "emails[type eq \"work\" or type eq \"home\"]", "meta.version",
                    "name[givenName pr]", "emails[type eq \"\\u0000\"].value", "é", "😀", "emails[type eq \"work\"] ", " title"));
            case 4 -> values.mutate(values.pick(VALUE_PATHS));
            case 5 -> values.complexAttribute() + "[" + IntStream.range(0, 1 + random.nextInt(80))
                    .mapToObj(i -> values.comparison()).collect(Collectors.joining(values.pick(List.of(" or ", " and "))))
                    + "].value";
            case 6 -> values.randomText(1 + random.nextInt(50));
            default -> values.complexAttribute() + "[" + values.filter() + "]"
                    + values.pick(List.of("", ".value", "." + values.randomIdentifier()));
        };
    }

    private static List<String> with(List<String> headers, String name, String value) {
        List<String> all = new ArrayList<>(headers);
        all.addAll(List.of(name, value));
        return all;
    }
}
