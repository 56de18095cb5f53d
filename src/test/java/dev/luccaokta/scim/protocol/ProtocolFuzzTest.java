package dev.luccaokta.scim.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.ScimException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The protocol logic under seeded random input, in memory, many more times than the integration test can afford
 * over HTTP (dev.luccaokta.it.HostileInputIT): list requests with grammar-made and mutated filters, sorting, paging
 * and projection; PATCH bodies parsed and applied to a user; PUT bodies merged into one. Each may refuse with a
 * {@link ScimException} of status 400; anything else (a runtime exception, another status) is a bug, reported with
 * the seed and the input.
 */
class ProtocolFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20_250_314L);
    private static final String ENTERPRISE = TestUsers.ENTERPRISE;
    private static final String PATCH_OP = PatchRequests.PATCH_OP_SCHEMA;

    private static final InMemoryResourceIndex USERS =
            InMemoryResourceIndex.of(TestUsers.generate(120, 7), "id", "userName", "emails.value");

    private static final List<String> ATTRIBUTES = List.of("id", "userName", "name", "name.givenName", "name.familyName",
            "displayName", "title", "active", "emails", "emails.value", "emails.type", "emails.primary", "phoneNumbers",
            "phoneNumbers.value", "addresses.formatted", "meta", "meta.created", "meta.lastModified", "meta.version",
            "schemas", "members", "members.value", "groups", "preferredLanguage", "USERNAME", "Name.GivenName",
            ENTERPRISE, ENTERPRISE + ":employeeNumber", ENTERPRISE + ":department", ENTERPRISE + ":manager",
            ENTERPRISE + ":manager.value", ENTERPRISE + ":e_bloodType", ENTERPRISE + ":dtContractStart",
            TestUsers.CORE + ":userName", TestUsers.CORE + ":name.givenName", "urn:x:y:z", "nonexistent", "a.b.c");
    private static final List<String> VALUE_PATHS = List.of("emails[type eq \"work\"].value", "emails[type eq \"work\"]",
            "phoneNumbers[type eq \"mobile\"].value", "addresses[type eq \"work\"].formatted", "members[value eq \"1\"]",
            "emails[primary eq true]", "emails[not (type eq \"work\")].value", "name[givenName pr]");
    private static final List<String> OPERATORS = List.of("eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le", "EQ", "Gt");
    private static final List<String> LITERALS = List.of("\"x\"", "\"\"", "\"Jane\"", "\"work\"", "\"2021-03-01T09:00:00Z\"",
            "\"2024-02-30T25:61:61Z\"", "\"2021-03-01\"", "1", "-1", "0", "3.14", "1e400", "-1e-400", "9".repeat(60), "true",
            "false", "null", "\"Zoé 😀 \\u0000 \\\"\"", "{}", "[]", "[1]", "{\"a\":1}", "'x'", "\"\\ud800\"");
    private static final List<String> HOSTILE = List.of("\u0000", "\"", "\\", "(", ")", "[", "]", ".", ":", " and ", " or ",
            "not", " pr", "😀", "\ud800", "\n", "urn:", "$", ",", "\u202e", "9".repeat(50));
    private static final List<String> VALUES = List.of("\"x\"", "\"\"", "\"True\"", "\"false\"", "true", "false", "null",
            "0", "-1", "1.5", "1e308", "9".repeat(30), "[]", "{}", "[1,\"a\",null]", "{\"value\":\"a@b.c\",\"type\":\"work\"}",
            "[{\"value\":\"a@b.c\",\"type\":\"work\",\"primary\":\"True\"}]", "{\"givenName\":1,\"familyName\":[]}",
            "{\"value\":\"7\",\"$ref\":\"x\"}", "[[[[[]]]]]", "{\"a\":{\"b\":{\"c\":{}}}}", "\"\\u0000\"");

    private final Random random = new Random(SEED);
    private final List<String> failures = new ArrayList<>();

    @Test
    void listRequestsRefuseOrAnswerButNeverFail() {
        for (int n = 0; n < 6_000; n++) {
            List<String> parameters = new ArrayList<>(List.of("filter", random.nextInt(5) == 0 ? mutate(filter(0)) : filter(0)));
            if (random.nextInt(3) == 0) {
                parameters.addAll(List.of("sortBy", random.nextInt(4) == 0 ? mutate(pick(ATTRIBUTES)) : pick(ATTRIBUTES)));
            }
            if (random.nextInt(3) == 0) {
                parameters.addAll(List.of(random.nextBoolean() ? "attributes" : "excludedAttributes",
                        pick(ATTRIBUTES) + "," + (random.nextBoolean() ? pick(VALUE_PATHS) : mutate(pick(ATTRIBUTES)))));
            }
            if (random.nextInt(3) == 0) {
                parameters.addAll(List.of("startIndex", pick(List.of("0", "-5", "1", "50", "2147483648", "x", "99999999999"))));
                parameters.addAll(List.of("count", pick(List.of("0", "-1", "10", "1000", "1001", "1e3", "9".repeat(40)))));
            }
            String[] given = parameters.toArray(String[]::new);
            check(n, String.join(" | ", given), () -> ResourceSearch.search(USERS, Requests.of(given)));
        }

        assertClean();
    }

    @Test
    void patchBodiesRefuseOrApplyButNeverFail() {
        for (int n = 0; n < 20_000; n++) {
            String body = random.nextInt(10) == 0 ? mutate(patchBody()) : patchBody();
            check(n, body, () -> PatchRequests.parse(RequestBodies.object(body)).apply(TestUsers.jane()));
        }

        assertClean();
    }

    @Test
    void putBodiesMergeOrRefuseButNeverFail() {
        for (int n = 0; n < 10_000; n++) {
            ObjectNode user = TestUsers.jane();
            List<String> members = new ArrayList<>();
            for (int i = random.nextInt(5); i >= 0; i--) {
                members.add(quoted(pick(ATTRIBUTES)) + ":" + value(2));
            }
            String body = "{" + String.join(",", members) + "}";
            String sent = random.nextInt(8) == 0 ? mutate(body) : body;
            check(n, sent, () -> PutMerge.merge(user, RequestBodies.object(sent)));
        }

        assertClean();
    }

    @FunctionalInterface
    private interface Attempt {
        Object run() throws ScimException;
    }

    private void check(int n, String input, Attempt attempt) {
        try {
            attempt.run();
        } catch (ScimException refused) {
            int status = refused.getScimError().getStatus();
            String detail = String.valueOf(refused.getScimError().getDetail());
            if (status != 400 || detail.contains("Exception") || detail.contains("com.unboundid")) {
                failures.add("#" + n + " refused with " + status + " '" + detail + "': " + input);
            }
        } catch (RuntimeException | StackOverflowError bug) {
            failures.add("#" + n + " " + bug + ": " + input);
        }
    }

    private void assertClean() {
        assertThat(failures).as("seed %d (-Dfuzz.seed=%d replays): %d failures", SEED, SEED, failures.size())
                .isEmpty();
    }

    private String filter(int depth) {
        return switch (random.nextInt(depth > 3 ? 3 : 8)) {
            case 0, 1, 2 -> (random.nextInt(5) == 0 ? pick(VALUE_PATHS) : pick(ATTRIBUTES)) + " "
                    + (random.nextInt(7) == 0 ? "pr" : pick(OPERATORS) + " " + pick(LITERALS));
            case 3, 4 -> filter(depth + 1) + pick(List.of(" and ", " or ", " AND ")) + filter(depth + 1);
            case 5 -> "not (" + filter(depth + 1) + ")";
            case 6 -> "(" + filter(depth + 1) + ")";
            default -> pick(List.of("emails", "members", "name", "addresses", ENTERPRISE + ":manager")) + "[" + filter(depth + 2) + "]";
        };
    }

    private String patchBody() {
        List<String> operations = new ArrayList<>();
        for (int i = random.nextInt(4); i >= 0; i--) {
            List<String> fields = new ArrayList<>();
            if (random.nextInt(10) > 0) {
                fields.add("\"op\":" + quoted(pick(List.of("add", "replace", "remove", "Replace", "ADD", "move", ""))));
            }
            boolean pathless = random.nextInt(4) == 0;
            if (!pathless) {
                fields.add("\"path\":" + (random.nextInt(12) == 0 ? value(1)
                        : quoted(random.nextInt(4) == 0 ? pick(VALUE_PATHS) : random.nextInt(6) == 0 ? mutate(pick(ATTRIBUTES)) : pick(ATTRIBUTES))));
            }
            if (random.nextInt(8) > 0) {
                fields.add("\"value\":" + (pathless ? "{" + quoted(pick(ATTRIBUTES)) + ":" + value(2) + "}" : value(2)));
            }
            operations.add("{" + String.join(",", fields) + "}");
        }
        return "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[" + String.join(",", operations) + "]}";
    }

    private String value(int depth) {
        if (depth > 0 && random.nextInt(4) == 0) {
            return random.nextBoolean()
                    ? "{" + quoted(random.nextBoolean() ? pick(ATTRIBUTES) : "value") + ":" + value(depth - 1) + "}"
                    : "[" + value(depth - 1) + "," + value(depth - 1) + "]";
        }
        return pick(VALUES);
    }

    private String mutate(String text) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
        return switch (random.nextInt(4)) {
            case 0 -> text.substring(0, at);
            case 1 -> text.substring(0, at) + pick(HOSTILE) + text.substring(at);
            case 2 -> text.replaceFirst("\"", "\"\"");
            default -> at < text.length() ? text.substring(0, at) + text.substring(at + 1) : text + pick(HOSTILE);
        };
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u0000", "\\u0000").replace("\n", "\\n") + "\"";
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
