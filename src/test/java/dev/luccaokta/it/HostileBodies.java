package dev.luccaokta.it;

import static dev.luccaokta.it.HostileValues.CORE_USER;
import static dev.luccaokta.it.HostileValues.ENTERPRISE;
import static dev.luccaokta.it.HostileValues.PATCH_OP;
import static dev.luccaokta.it.HostileValues.VALUE_PATHS;
import static dev.luccaokta.it.HostileValues.bytes;
import static dev.luccaokta.it.HostileValues.quoted;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded random bodies of SCIM writes: PATCH requests with random operations, paths and values, PUT bodies made
 * from a person as Okta read them, and bodies that no parser should take.
 */
final class HostileBodies {

    private final Random random;
    private final HostileValues values;

    /** @param random the generator {@code values} draws from too, so that a seed replays them all */
    HostileBodies(Random random, HostileValues values) {
        this.random = random;
        this.values = values;
    }

    /** Bodies that no parser should take: the write fails validation before Lucca is asked. */
    byte[] brokenBody(String method) {
        return switch (random.nextInt(12)) {
            case 0 -> new byte[0];
            case 1 -> bytes(values.pick(List.of("null", "[]", "\"text\"", "42", "true", "[{}]", "{", "}", "{}}", "{\"a\":1}x",
                    "{'a':1}", "{a:1}", "{\"a\":01}", "{\"a\":NaN}", "{\"a\":\"\\x\"}", "\u0000", "﻿{}", "// x\n{}")));
            case 2 -> bytes("[".repeat(20_000));
            case 3 -> bytes("{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000));
            case 4 -> bytes("""
                    {"schemas":["%s"],"Operations":[{"op":"replace","path":"title","value":"a"}],"Operations":[]}"""
                    .formatted(PATCH_OP));
            case 5 -> bytes("{\"title\":\"a\",\"title\":\"b\"}");
            case 6 -> {
                byte[] junk = new byte[1 + random.nextInt(2_000)];
                random.nextBytes(junk);
                yield junk;
            }
            case 7 -> new byte[] {(byte) 0xC3, 0x28, '{', '}'};
            case 8 -> bytes("<user><title>x</title></user>");
            case 9 -> bytes("title=x&userName=y");
            case 10 -> method.equals("PATCH")
                    ? bytes("{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":" + values.pick(List.of("null", "[]", "{}", "\"x\"",
                    "[" + String.join(",", Collections.nCopies(101, "{\"op\":\"remove\",\"path\":\"title\"}")) + "]")) + "}")
                    : bytes("{\"a\":" + "9".repeat(2_000) + "}");
            default -> bytes(values.mutate("""
                    {"schemas":["%s"],"Operations":[{"op":"replace","path":"title","value":"a"}]}""".formatted(PATCH_OP))
                    + values.pick(List.of("", "x", "}", "\u0000")));
        };
    }

    /** A PATCH body: mostly well-formed with random operations, sometimes broken in structure. */
    String patchBody(JsonObject person) {
        return switch (random.nextInt(10)) {
            case 0 -> values.json(2);
            case 1 -> "{\"schemas\":" + values.pick(List.of("[]", "null", "\"" + PATCH_OP + "\"", "[\"" + CORE_USER + "\"]", "[1]",
                    "[" + quoted(PATCH_OP.toUpperCase()) + "]")) + ",\"Operations\":[" + operation() + "]}";
            case 2 -> "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":" + values.json(2) + "}";
            case 3 -> values.mutate(validPatch());
            default -> validPatch();
        };
    }

    /** A PATCH request with well-formed structure and random operations. */
    String validPatch() {
        int n = 1 + random.nextInt(random.nextInt(10) == 0 ? 30 : 3);
        List<String> operations = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            operations.add(operation());
        }
        return "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[" + String.join(",", operations) + "]}";
    }

    private String operation() {
        List<String> fields = new ArrayList<>();
        if (random.nextInt(12) > 0) {
            fields.add("\"op\":" + (random.nextInt(10) == 0 ? values.json(1) : quoted(values.pick(List.of("add", "replace",
                    "remove", "Replace", "ADD", "Remove", "move", "copy", "test", "", "replace ")))));
        }
        boolean pathless = random.nextInt(4) == 0;
        if (!pathless) {
            fields.add("\"path\":" + (random.nextInt(10) == 0 ? values.json(1) : quoted(patchPath())));
        }
        if (random.nextInt(8) > 0) {
            fields.add("\"value\":" + (pathless && random.nextInt(4) > 0 ? pathlessValue() : patchValue()));
        }
        if (random.nextInt(15) == 0) {
            fields.add("\"" + values.randomIdentifier() + "\":" + values.json(1));
        }
        Collections.shuffle(fields, random);
        return "{" + String.join(",", fields) + "}";
    }

    private String patchPath() {
        int kind = random.nextInt(10);
        if (kind < 4) {
            return values.pick(List.of("title", "name.givenName", "name.familyName", "userName", "emails[type eq \"work\"].value",
                    "phoneNumbers[type eq \"work\"].value", "phoneNumbers[type eq \"mobile\"].value",
                    "addresses[type eq \"work\"].formatted", ENTERPRISE + ":employeeNumber", ENTERPRISE + ":birthDate",
                    ENTERPRISE + ":gender", ENTERPRISE + ":nationality", ENTERPRISE + ":personalMobile",
                    ENTERPRISE + ":personalEmail", "active", "displayName", "name", "emails", "phoneNumbers",
                    ENTERPRISE + ":manager", ENTERPRISE + ":manager.value", ENTERPRISE + ":department",
                    ENTERPRISE + ":e_bloodType", ENTERPRISE + ":theoreticalCompensation", ENTERPRISE, "meta", "id",
                    "schemas", "groups", "members", "emails[type eq \"work\"]", "emails[value eq \"x\"].primary",
                    "addresses[type eq \"work\"]", "name.formatted", "", " "));
        }
        if (kind < 7) {
            return values.attribute();
        }
        if (kind < 8) {
            return values.pick(VALUE_PATHS);
        }
        return values.mutate(values.pick(List.of("emails[type eq \"work\"].value", "name.givenName",
                ENTERPRISE + ":employeeNumber", "members[value eq \"1\"]")));
    }

    private String pathlessValue() {
        int n = 1 + random.nextInt(4);
        List<String> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            members.add(quoted(random.nextInt(3) == 0 ? values.attribute() : patchPath()) + ":" + patchValue());
        }
        return "{" + String.join(",", members) + "}";
    }

    String patchValue() {
        return switch (random.nextInt(10)) {
            case 0, 1, 2 -> quoted(values.pick(List.of("Zoé", "Buyer", "x", "", "True", "False", "1980-05-06", "06/05/1980",
                    "not-a-mail", "paul.nguyen@sandbox-industries.example", "+33 1 23 45 67 89", "F", "FRA", "X-1",
                    " ", "null", "2024-02-30", "9".repeat(30))));
            case 3 -> quoted(values.randomText(random.nextInt(40)));
            case 4 -> values.pick(List.of("true", "false", "null", "0", "-1", "1.5", "1e308", "9".repeat(300), "[]", "{}"));
            case 5 -> "[{\"value\":" + quoted(values.pick(List.of("a@b.example", "x", ""))) + ",\"type\":"
                    + quoted(values.pick(List.of("work", "home", "mobile")))
                    + (random.nextBoolean() ? ",\"primary\":" + values.pick(List.of("true", "\"True\"", "1", "null")) : "") + "}]";
            case 6 -> "{\"givenName\":" + values.json(0) + ",\"familyName\":" + values.json(0) + "}";
            case 7 -> "{\"value\":" + values.json(0) + ",\"displayName\":" + values.json(0) + "}";
            default -> values.json(3);
        };
    }

    /** A PUT body: the person as Okta read them, changed at random; or random JSON. */
    String putBody(JsonObject person) {
        return switch (random.nextInt(8)) {
            case 0 -> values.json(3);
            case 1 -> values.mutate(mutatedUser(person));
            case 2 -> "{\"schemas\":[\"" + CORE_USER + "\"],\"title\":" + quoted("x".repeat(random.nextInt(60_000))) + "}";
            default -> mutatedUser(person);
        };
    }

    /** The person, with a few attributes removed, replaced by values of other types, or added. */
    String mutatedUser(JsonObject person) {
        Map<String, JsonValue> user = new LinkedHashMap<>(person);
        List<String> names = new ArrayList<>(user.keySet());
        int changes = 1 + random.nextInt(4);
        StringBuilder extra = new StringBuilder();
        for (int i = 0; i < changes; i++) {
            int kind = random.nextInt(6);
            String name = values.pick(names);
            if (kind == 0) {
                user.remove(name);
            } else if (kind < 3) {
                user.put(name, Http.Answer.json("{\"v\":" + values.json(2) + "}").get("v"));
            } else if (kind < 4 && user.get(name) instanceof JsonObject object && !object.isEmpty()) {
                Map<String, JsonValue> inner = new LinkedHashMap<>(object);
                inner.put(values.pick(new ArrayList<>(inner.keySet())), Http.Answer.json("{\"v\":" + patchValue() + "}").get("v"));
                user.put(name, Json.createObjectBuilder(inner).build());
            } else if (kind < 5) {
                user.put(values.pick(List.of("title", "userName", "externalId", "nickName", values.randomIdentifier())),
                        Http.Answer.json("{\"v\":" + patchValue() + "}").get("v"));
            } else {
                extra.append(",").append(quoted(values.pick(names))).append(":").append(values.json(1));
            }
        }
        String body = Json.createObjectBuilder(user).build().toString();
        return extra.length() == 0 ? body : body.substring(0, body.length() - 1) + extra + "}";
    }
}
