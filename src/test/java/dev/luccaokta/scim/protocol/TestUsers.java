package dev.luccaokta.scim.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** SCIM users for tests: one fixed, or many generated from a seed with the variety real data has. */
final class TestUsers {

    static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    static final String CORE = "urn:ietf:params:scim:schemas:core:2.0:User";

    private static final List<String> GIVEN =
            List.of("Jane", "john", "Élodie", "Marc", "anne", "Zoé", "Paul", "marie");
    private static final List<String> FAMILY =
            List.of("Doe", "martin", "Bernard", "Dubois", "durand", "Petit", "Adams");
    private static final List<String> TITLES = List.of("Engineer", "Sales Engineer", "Accountant", "HR Partner", "CEO");
    private static final List<String> DEPARTMENTS = List.of("Sales", "R&D", "Finance", "sales", "Support");
    private static final List<ZoneOffset> OFFSETS =
            List.of(ZoneOffset.UTC, ZoneOffset.ofHours(1), ZoneOffset.ofHours(-5), ZoneOffset.ofHoursMinutes(5, 30));

    private TestUsers() {
    }

    /** A complete user, every attribute set. */
    static ObjectNode jane() {
        ObjectNode user = base("42", "Jane.Doe@Example.com");
        user.putObject("name").put("givenName", "Jane").put("familyName", "Doe").put("formatted", "Jane Doe");
        user.put("displayName", "Jane Doe").put("title", "Engineer");
        ArrayNode emails = user.putArray("emails");
        emails.addObject().put("value", "jane.doe@example.com").put("type", "work").put("primary", true);
        emails.addObject().put("value", "jane@home.org").put("type", "home");
        user.putArray("phoneNumbers").addObject().put("value", "+33 6 12 34 56 78").put("type", "mobile");
        user.putArray("addresses").addObject().put("formatted", "1 rue de la Paix, Paris").put("type", "work");
        user.put("preferredLanguage", "fr-FR").put("locale", "fr-FR").put("active", true);
        ObjectNode enterprise = user.putObject(ENTERPRISE);
        enterprise.put("employeeNumber", "E042").put("department", "Sales").put("organization", "Lucca SAS")
                .put("division", "Paris").put("dtContractStart", "2021-03-01").put("e_bloodType", "O+");
        enterprise.putObject("manager").put("value", "7").put("displayName", "Marc Bernard")
                .put("$ref", "https://scim.example/Users/7");
        user.withObjectProperty("meta").put("created", "2021-03-01T09:00:00+01:00")
                .put("lastModified", "2024-05-02T10:15:30Z");
        return user;
    }

    /** {@code count} users with varied, sometimes missing, values; the same for the same seed. */
    static List<ObjectNode> generate(int count, long seed) {
        Random random = new Random(seed);
        List<ObjectNode> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            users.add(generated(i, random));
        }
        return users;
    }

    private static ObjectNode generated(int i, Random random) {
        String given = pick(GIVEN, random);
        String family = pick(FAMILY, random);
        ObjectNode user = base("u" + i, randomCase(given + "." + family + i + "@example.com", random));
        ObjectNode name = user.putObject("name").put("familyName", family);
        if (random.nextInt(5) > 0) {
            name.put("givenName", given);
        }
        user.put("displayName", given + " " + family);
        if (random.nextInt(4) > 0) {
            user.put("title", pick(TITLES, random));
        }
        ArrayNode emails = user.putArray("emails");
        int emailCount = random.nextInt(3);
        for (int e = 0; e < emailCount; e++) {
            String domain = random.nextBoolean() ? "example.com" : "example.org";
            ObjectNode email = emails.addObject().put("value", given.toLowerCase() + e + "." + i + "@" + domain)
                    .put("type", e == 0 ? "work" : "home");
            if (e == emailCount - 1 && random.nextBoolean()) {
                email.put("primary", true);
            }
        }
        if (random.nextBoolean()) {
            user.putArray("phoneNumbers").addObject().put("value", "+33 1 00 00 " + i)
                    .put("type", random.nextBoolean() ? "mobile" : "work");
        }
        user.put("active", random.nextInt(3) > 0);
        ObjectNode enterprise = user.putObject(ENTERPRISE).put("employeeNumber", String.format("E%05d", i));
        if (random.nextInt(5) > 0) {
            enterprise.put("department", pick(DEPARTMENTS, random));
        }
        enterprise.put("dtContractStart", LocalDate.of(2018, 1, 1).plusDays(random.nextInt(2_500)).toString());
        if (i > 0) {
            enterprise.putObject("manager").put("value", "u" + random.nextInt(i));
        }
        Instant created = Instant.parse("2019-01-01T00:00:00Z").plusSeconds(random.nextInt(150_000_000));
        user.withObjectProperty("meta").put("created", format(created, pick(OFFSETS, random)))
                .put("lastModified", format(created.plusSeconds(random.nextInt(10_000_000)), ZoneOffset.UTC));
        return user;
    }

    private static ObjectNode base(String id, String userName) {
        ObjectNode user = JsonNodeFactory.instance.objectNode();
        user.putArray("schemas").add(CORE).add(ENTERPRISE);
        user.put("id", id).put("userName", userName);
        user.putObject("meta").put("resourceType", "User").put("location", "https://scim.example/Users/" + id);
        return user;
    }

    static String format(Instant instant, ZoneOffset offset) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(offset));
    }

    static String randomCase(String text, Random random) {
        StringBuilder mixed = new StringBuilder();
        for (char c : text.toCharArray()) {
            mixed.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        return mixed.toString();
    }

    static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    /** The ids of {@code resources}, in order. */
    static List<String> ids(List<ObjectNode> resources) {
        return resources.stream().map(resource -> resource.path("id").asText()).toList();
    }

    static JsonNode enterprise(JsonNode user) {
        return user.path(ENTERPRISE);
    }
}
