package dev.luccaokta.it;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Seeded random pieces of hostile SCIM requests: filters from the RFC 7644 grammar and past its limits, attribute
 * paths known and made up, comparison values of every JSON type, random JSON, text full of controls, escapes and
 * non-ASCII, query values with invalid escapes, and random damage to any of these. The same seed gives the same
 * pieces in the same order.
 */
final class HostileValues {

    static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    static final String CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String CORE_GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
    static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    private static final List<String> ATTRIBUTES = List.of("id", "externalId", "userName", "name", "name.givenName",
            "name.familyName", "name.formatted", "displayName", "title", "active", "emails", "emails.value",
            "emails.type", "emails.primary", "phoneNumbers", "phoneNumbers.value", "phoneNumbers.type", "addresses",
            "addresses.formatted", "addresses.type", "preferredLanguage", "locale", "groups", "groups.value", "meta",
            "meta.created", "meta.lastModified", "meta.version", "meta.resourceType", "meta.location", "schemas",
            "members", "members.value", "members.display", "members.$ref", "displayname", "USERNAME", "Name.GivenName",
            ENTERPRISE + ":employeeNumber", ENTERPRISE + ":department", ENTERPRISE + ":manager",
            ENTERPRISE + ":manager.value", ENTERPRISE + ":manager.displayName", ENTERPRISE + ":manager.$ref",
            ENTERPRISE + ":e_bloodType", ENTERPRISE + ":e_commuteDistanceKm", ENTERPRISE + ":e_hasCompanyCar",
            ENTERPRISE + ":e_badgeIssuedOn", ENTERPRISE + ":e_tShirtSize", ENTERPRISE + ":dtContractStart",
            ENTERPRISE + ":birthDate", ENTERPRISE + ":habilitedRoles", ENTERPRISE + ":theoreticalCompensation",
            ENTERPRISE + ":cspId", ENTERPRISE, CORE_USER + ":userName", CORE_USER + ":name.givenName",
            CORE_USER + ":emails.value", CORE_GROUP + ":displayName", CORE_GROUP + ":members.value",
            "urn:ietf:params:scim:schemas:extension:other:2.0:User:x", "e_bloodType", "nonexistent", "a.b.c.d");
    static final List<String> VALUE_PATHS = List.of("emails[type eq \"work\"].value",
            "emails[type eq \"work\"]", "emails[primary eq true].value", "phoneNumbers[type eq \"mobile\"].value",
            "phoneNumbers[type eq \"work\"]", "addresses[type eq \"work\"].formatted", "members[value eq \"1\"]",
            "members[value eq \"1\"].display", "emails[value co \"@\" and type ne \"home\"]",
            "emails[not (type eq \"work\")].value", "groups[value pr]", "name[givenName eq \"a\"]",
            CORE_USER + ":emails[type eq \"work\"].value", ENTERPRISE + ":manager[value eq \"3\"].displayName");
    private static final List<String> OPERATORS = List.of("eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le",
            "EQ", "Co", "sW", "GT", "le");
    private static final List<String> WORDS = List.of("paul", "paul.nguyen", "work", "home", "Sales", "fr-FR",
            "LUCCA_DEPT_1", "1", "20", "true", "sandbox-industries.example", "Zoé", "O'Connor", "Núñez-Vidal", "");
    private static final List<String> HOSTILE = List.of("\u0000", "\u0001", "\u0007", "\b", "\t", "\n", "\r",
            "\u001f", "\u007f", "\u0085", "\u00a0", "\u2028", "\u2029", "\ufeff", "\ufffd", "\uffff", "\ud800", "\udfff",
            "😀", "中文", "é", "e\u0301", "\u202e", "\"", "\"\"", "\\", "\\\\", "\\\"", "\\u", "\\u00", "\\x41", "'", "`",
            "(", ")", "[", "]", "{", "}", ".", ":", ",", ";", "%", "%00", "&", "=", "+", "#", "?", "/", "*", "$", "<", ">",
            " and ", " or ", "not", " pr", " eq ", "[type eq \"work\"]", "urn:", "null", "-", "--", "../");
    private static final List<String> RAW_ESCAPES = List.of("%FF", "%C3%28", "%ED%A0%80", "%00", "%F0%9F%98",
            "%C0%AF", "%E2%82", "%80", "%25", "%2525", "%0D%0A", "%FE%FF", "%EF%BB%BF");

    private final Random random;

    /** @param random the generator shared by every piece of one fuzzer, so that a seed replays them all */
    HostileValues(Random random) {
        this.random = random;
    }

    // ---------------------------------------------------------------- filters

    /** A filter from the RFC 7644 grammar, mutated two times in five. */
    String filter() {
        String filter = random.nextInt(12) == 0 ? extremeFilter() : expression(0);
        return random.nextInt(5) < 2 ? mutate(filter) : filter;
    }

    /** A filter expression, deeper ones mostly plain comparisons. */
    String expression(int depth) {
        int kind = random.nextInt(depth > 3 ? 4 : 10);
        return switch (kind) {
            case 0, 1, 2, 3 -> comparison();
            case 4, 5 -> expression(depth + 1) + space() + pick(List.of("and", "or", "AND", "Or", "aNd"))
                    + space() + expression(depth + 1);
            case 6 -> pick(List.of("not", "NOT", "not ", "Not")) + "(" + expression(depth + 1) + ")";
            case 7 -> "(" + expression(depth + 1) + ")";
            case 8 -> complexAttribute() + "[" + expression(depth + 2) + "]";
            default -> pick(VALUE_PATHS) + space() + comparisonTail();
        };
    }

    /** An attribute or value path compared to a literal, or tested for presence. */
    String comparison() {
        return (random.nextInt(6) == 0 ? pick(VALUE_PATHS) : attribute()) + space() + comparisonTail();
    }

    private String comparisonTail() {
        return random.nextInt(8) == 0 ? pick(List.of("pr", "PR", "Pr")) : pick(OPERATORS) + space() + literal();
    }

    private String space() {
        return pick(List.of(" ", " ", " ", "  ", "\t", " \n "));
    }

    /** A name that may be followed by a filter in brackets: complex attributes, and a few that are not. */
    String complexAttribute() {
        return pick(List.of("emails", "phoneNumbers", "addresses", "members", "groups", "name", "meta",
                ENTERPRISE + ":manager", CORE_USER + ":emails", "userName", "title", randomText(5)));
    }

    /** An attribute path: known ones in any case, URN-qualified, or made up. */
    String attribute() {
        int kind = random.nextInt(20);
        if (kind < 15) {
            return pick(ATTRIBUTES);
        }
        if (kind < 17) {
            return CORE_USER + ":" + pick(ATTRIBUTES);
        }
        if (kind < 18) {
            return ENTERPRISE + ":" + randomIdentifier();
        }
        return randomIdentifier() + (random.nextBoolean() ? "" : "." + randomIdentifier());
    }

    /** Letters, digits and a few other characters, as an attribute name or a JSON member. */
    String randomIdentifier() {
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-$é:";
        StringBuilder id = new StringBuilder();
        int length = 1 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            id.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return id.toString();
    }

    /** A comparison value of every JSON type and a few that are none. */
    private String literal() {
        return switch (random.nextInt(13)) {
            case 0, 1 -> quoted(pick(WORDS));
            case 2 -> quoted(randomText(random.nextInt(20)));
            case 3 -> Integer.toString(random.nextInt(2_000) - 1_000);
            case 4 -> pick(List.of("-1", "3.14", "1e10", "-0", "0.0", "1E-7", "-2.5e+3", "0.1e1", "1.", ".5", "01"));
            case 5 -> pick(List.of("9".repeat(20), "9".repeat(400), "1e400", "-1e-400", "1e999999999",
                    "123456789012345678901234567890.5", "1" + "0".repeat(1_500), "0." + "0".repeat(900) + "1"));
            case 6 -> pick(List.of("true", "false", "null", "TRUE", "False", "Null", "nul", "tru"));
            case 7 -> quoted(pick(List.of("2024-01-01T00:00:00Z", "2024-02-30T25:61:61Z", "2011-05-13",
                    "0000-00-00T00:00:00", "+999999999-12-31T23:59:59Z", "2024-01-01T00:00:00.123456789+14:00",
                    "1970-01-01T00:00:00-18:00", "2024-W01", "yesterday")));
            case 8 -> quoted("Zoé 😀 中文 \u202e \ud800");
            case 9 -> pick(List.of("\"\\u00e9\\n\\t\\\"\\\\\"", "\"\\x\"", "\"\\u12\"", "\"\\uD800\"", "\"\\uDC00\\uD800\"",
                    "\"\\/\"", "\"\\", "\"unterminated", "\"a\"\"b\"", "\"\\u0000\""));
            case 10 -> pick(WORDS).isEmpty() ? "x" : pick(WORDS).replace("\"", "");
            case 11 -> quoted("x".repeat(100 + random.nextInt(1_000)));
            default -> pick(List.of("[]", "{}", "\"\"", "'single'", "[1,2]", "{\"a\":1}", "()", "@", ""));
        };
    }

    /** Filters at and past the limits: deep, long, wide. */
    private String extremeFilter() {
        return switch (random.nextInt(8)) {
            case 0 -> {
                int depth = 1 + random.nextInt(40);
                yield "(".repeat(depth) + comparison() + ")".repeat(depth);
            }
            case 1 -> {
                int depth = 1 + random.nextInt(30);
                yield "emails[".repeat(depth) + "value pr" + "]".repeat(depth);
            }
            case 2 -> "userName eq \"" + "a".repeat(1_900 + random.nextInt(200)) + "\"";
            case 3 -> String.join(" or ", Collections.nCopies(40 + random.nextInt(20), comparison()));
            case 4 -> "not (".repeat(5 + random.nextInt(10)) + comparison() + ")".repeat(5 + random.nextInt(10));
            case 5 -> "userName eq " + "9".repeat(1_000 + random.nextInt(900));
            case 6 -> "(".repeat(random.nextInt(12)) + ")".repeat(random.nextInt(12)) + "[".repeat(random.nextInt(12));
            default -> "userName eq \"" + "\\\"".repeat(random.nextInt(900)) + "\"";
        };
    }

    /** One to three random damages: truncation, doubled quotes, inserted hostile text, deletions, repetition. */
    String mutate(String text) {
        String mutated = text;
        int damages = 1 + random.nextInt(3);
        for (int i = 0; i < damages; i++) {
            int at = mutated.isEmpty() ? 0 : random.nextInt(mutated.length() + 1);
            mutated = switch (random.nextInt(9)) {
                case 0 -> mutated.substring(0, at);
                case 1 -> mutated.replaceFirst("\"", "\"\"");
                case 2, 3 -> mutated.substring(0, at) + pick(HOSTILE) + mutated.substring(at);
                case 4 -> at < mutated.length() ? mutated.substring(0, at) + mutated.substring(at + 1) : mutated;
                case 5 -> mutated.substring(0, at) + mutated.substring(at).toUpperCase();
                case 6 -> mutated.substring(0, at) + mutated.substring(0, at) + mutated.substring(at);
                case 7 -> mutated.substring(0, at) + " " + pick(List.of("and", "or", "not", "pr", "eq", "[", "]"))
                        + " " + mutated.substring(at);
                default -> mutated.substring(0, at) + pick(List.of("9".repeat(500), "\"" + "x".repeat(3_000) + "\"",
                        "😀".repeat(100), "\u0000".repeat(10))) + mutated.substring(at);
            };
        }
        return mutated;
    }

    // ---------------------------------------------------------------- JSON

    /** Random JSON of every type, nested up to {@code depth}. */
    String json(int depth) {
        int kind = random.nextInt(depth > 0 ? 10 : 7);
        return switch (kind) {
            case 0 -> quoted(randomText(random.nextInt(30)));
            case 1 -> pick(List.of("0", "-1", "1.5", "1e308", "-1e-308", "9".repeat(100), "3", "-0"));
            case 2 -> pick(List.of("true", "false"));
            case 3 -> "null";
            case 4 -> quoted(pick(WORDS));
            case 5 -> quoted(pick(List.of("True", "False", "2024-01-01", "urn:x", "W/\"1\"")));
            case 6 -> "\"\"";
            case 7, 8 -> {
                int n = random.nextInt(4);
                List<String> members = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    members.add(quoted(random.nextBoolean() ? attribute() : randomIdentifier()) + ":" + json(depth - 1));
                }
                yield "{" + String.join(",", members) + "}";
            }
            default -> {
                int n = random.nextInt(4);
                List<String> items = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    items.add(json(depth - 1));
                }
                yield "[" + String.join(",", items) + "]";
            }
        };
    }

    // ---------------------------------------------------------------- text

    /** Random text: letters, digits, punctuation, controls, non-ASCII and hostile pieces. */
    String randomText(int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int kind = random.nextInt(10);
            if (kind < 5) {
                text.append((char) (' ' + random.nextInt(95)));
            } else if (kind < 7) {
                text.append(pick(HOSTILE));
            } else if (kind < 8) {
                text.append((char) random.nextInt(0x20));
            } else if (kind < 9) {
                text.append((char) (0xa0 + random.nextInt(0x2000)));
            } else {
                text.appendCodePoint(0x1f600 + random.nextInt(80));
            }
        }
        return text.toString();
    }

    /** Printable ASCII, what a header value may hold. */
    String asciiText(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) (' ' + random.nextInt(95)));
        }
        return text.toString();
    }

    /** A query parameter value, percent-encoded, with an invalid escape now and then. */
    String queryValue(String text) {
        String encoded = Scim.encode(text);
        if (random.nextInt(25) == 0) {
            int at = random.nextInt(encoded.length() + 1);
            while (at > 0 && at < encoded.length() && (encoded.charAt(at - 1) == '%'
                    || at > 1 && encoded.charAt(at - 2) == '%')) {
                at--;
            }
            encoded = encoded.substring(0, at) + pick(RAW_ESCAPES) + encoded.substring(at);
        }
        return encoded;
    }

    /** One of the items, at random. */
    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** One path segment, percent-encoded; without backslash and NUL, which the server refuses before the connector. */
    static String pathSegment(String text) {
        return URLEncoder.encode(text.replace("\\", "").replace("\u0000", ""), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The text as a JSON string. */
    static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    /** The text in UTF-8. */
    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
