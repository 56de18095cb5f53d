package dev.luccaokta.scim.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.Path;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.utils.FilterEvaluator;
import com.unboundid.scim2.common.utils.JsonUtils;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search results agree with plain Java predicates over a few hundred generated users, and the connector's
 * evaluator agrees with the SDK's on randomly composed filters.
 */
class FilterAgreementTest {

    private static final String EXT = TestUsers.ENTERPRISE + ":";
    private static final ResourceIndex INDEX =
            InMemoryResourceIndex.of(TestUsers.generate(400, 7), "id", "userName", "emails.value");
    private static final List<ObjectNode> USERS = INDEX.all();

    @Test
    void searchAgreesWithJavaPredicates() throws ScimException {
        Random random = new Random(11);
        for (int round = 0; round < 20; round++) {
            ObjectNode sample = TestUsers.pick(USERS, random);
            String userName = TestUsers.randomCase(sample.path("userName").asText(), random);
            String family = sample.path("name").path("familyName").asText().substring(0, 2);
            String instant = TestUsers.format(Instant.parse("2019-01-01T00:00:00Z")
                    .plusSeconds(random.nextInt(150_000_000)), ZoneOffset.ofHours(random.nextInt(5)));
            String day = "20" + (18 + random.nextInt(7)) + "-0" + (1 + random.nextInt(9)) + "-15";

            agree("userName eq \"" + userName + "\"", user -> text(user, "userName").equalsIgnoreCase(userName));
            agree("urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"" + userName + "\"",
                    user -> text(user, "userName").equalsIgnoreCase(userName));
            agree("name.familyName sw \"" + family.toUpperCase(Locale.ROOT) + "\"",
                    user -> lower(user.path("name").path("familyName")).startsWith(family.toLowerCase(Locale.ROOT)));
            agree("NAME.GIVENNAME pr", user -> user.path("name").has("givenName"));
            agree("title co \"engineer\"", user -> lower(user.path("title")).contains("engineer"));
            agree("title ne \"Engineer\"", user -> !lower(user.path("title")).equals("engineer"));
            agree("emails.value ew \".ORG\"",
                    user -> emails(user).anyMatch(e -> lower(e.path("value")).endsWith(".org")));
            agree("emails[type eq \"home\" and value co \"@example.com\"]", user -> emails(user).anyMatch(
                    e -> lower(e.path("type")).equals("home") && lower(e.path("value")).contains("@example.com")));
            agree("active eq true and not (phoneNumbers pr)",
                    user -> user.path("active").asBoolean() && !user.has("phoneNumbers"));
            Instant bound = OffsetDateTime.parse(instant).toInstant();
            agree("meta.created gt \"" + instant + "\"", user -> created(user).isAfter(bound));
            agree("meta.created le \"" + instant + "\"", user -> !created(user).isAfter(bound));
            agree(EXT + "dtContractStart ge \"" + day + "\" and " + EXT + "dtContractStart lt \"2023-01-01\"",
                    user -> text(TestUsers.enterprise(user), "dtContractStart").compareTo(day) >= 0
                            && text(TestUsers.enterprise(user), "dtContractStart").compareTo("2023-01-01") < 0);
            agree(EXT + "department eq \"SALES\" or (" + EXT + "department eq \"Finance\" and active eq false)",
                    user -> lower(TestUsers.enterprise(user).path("department")).equals("sales")
                            || (lower(TestUsers.enterprise(user).path("department")).equals("finance")
                            && !user.path("active").asBoolean()));
            agree(EXT + "manager.value eq \"" + sample.path("id").asText() + "\"",
                    user -> TestUsers.enterprise(user).path("manager").path("value").asText()
                            .equals(sample.path("id").asText()));
            agree("not (" + EXT + "department pr)", user -> !TestUsers.enterprise(user).has("department"));
        }
    }

    @Test
    void connectorEvaluatorAgreesWithTheSdkEvaluator() throws ScimException {
        Random random = new Random(3);
        Map<String, Integer> outcomes = new HashMap<>();
        for (int round = 0; round < 300; round++) {
            String text = randomFilter(random, 3);
            Filter filter = FilterGuard.defaults().parse(text);
            for (ObjectNode user : USERS) {
                String expected = outcome(() -> FilterEvaluator.evaluate(filter, user));
                assertThat(outcome(() -> ResourceFilterEvaluator.matches(filter, user)))
                        .as("%s on %s", text, user.path("id"))
                        .isEqualTo(expected);
                outcomes.merge(expected, 1, Integer::sum);
            }
        }
        // The generated filters must exercise both answers, and the refusals, to prove anything.
        assertThat(outcomes.get("true")).isGreaterThan(10_000);
        assertThat(outcomes.get("false")).isGreaterThan(10_000);
        assertThat(outcomes.get("BadRequestException/invalidFilter")).isGreaterThan(100);
    }

    private static void agree(String filter, Predicate<ObjectNode> expected) throws ScimException {
        List<String> found = TestUsers.ids(ResourceSearch.search(INDEX, Requests.of("filter", filter,
                "count", "1000")).resources());
        assertThat(found).as(filter).containsExactlyElementsOf(TestUsers.ids(USERS.stream().filter(expected).toList()));
    }

    private static final List<String> ATTRIBUTES = List.of("userName", "title", "name.givenName", "name.familyName",
            "emails.value", "emails.type", "emails.primary", "active", "meta.created", "meta.lastModified", "id",
            EXT + "department", EXT + "dtContractStart", EXT + "employeeNumber", "nickName");
    private static final List<String> OPERATORS = List.of("eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le", "pr");

    private static String randomFilter(Random random, int depth) {
        int shape = depth == 0 ? 0 : random.nextInt(5);
        return switch (shape) {
            case 1 -> randomFilter(random, depth - 1) + " and " + randomFilter(random, depth - 1);
            case 2 -> randomFilter(random, depth - 1) + " or " + randomFilter(random, depth - 1);
            case 3 -> "not (" + randomFilter(random, depth - 1) + ")";
            default -> comparison(random);
        };
    }

    private static String comparison(Random random) {
        String attribute = TestUsers.pick(ATTRIBUTES, random);
        String operator = TestUsers.pick(OPERATORS, random);
        if (operator.equals("pr")) {
            return attribute + " pr";
        }
        return attribute + " " + operator + " " + value(attribute, random);
    }

    /** A value drawn from the data (so that comparisons hit), case shuffled, or a JSON literal of another kind. */
    private static String value(String attribute, Random random) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return TestUsers.pick(List.of("true", "false", "null", "42", "\"\""), random);
        }
        ObjectNode user = TestUsers.pick(USERS, random);
        List<JsonNode> values = new ArrayList<>();
        try {
            values.addAll(JsonUtils.findMatchingPaths(Path.fromString(attribute), user));
        } catch (ScimException e) {
            throw new IllegalStateException(e);
        }
        JsonNode found = values.isEmpty() ? null : values.get(0).isArray() && !values.get(0).isEmpty()
                ? values.get(0).get(0) : values.get(0);
        if (found == null || !found.isValueNode()) {
            return "\"" + TestUsers.randomCase("zz", random) + "\"";
        }
        if (!found.isTextual()) {
            return found.toString();
        }
        String text = found.textValue();
        if (text.matches("\\d{4}-\\d\\d-\\d\\dT.*")) {
            return "\"" + sameInstantElsewhere(text, random) + "\"";
        }
        int cut = kind < 5 ? text.length() : random.nextInt(text.length() + 1);
        return "\"" + TestUsers.randomCase(text.substring(0, cut), random) + "\"";
    }

    /** A dateTime is rewritten in another offset half of the time: it must still compare as the same instant. */
    private static String sameInstantElsewhere(String text, Random random) {
        if (random.nextBoolean()) {
            return text;
        }
        return TestUsers.format(OffsetDateTime.parse(text).toInstant(), ZoneOffset.ofHours(random.nextInt(10) - 5));
    }

    private interface Evaluation {
        boolean run() throws ScimException;
    }

    /** "true", "false", or the class and scimType of what was thrown. */
    private static String outcome(Evaluation evaluation) {
        try {
            return String.valueOf(evaluation.run());
        } catch (ScimException e) {
            return e.getClass().getSimpleName() + "/" + e.getScimError().getScimType();
        }
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).asText();
    }

    private static String lower(JsonNode node) {
        return node.asText().toLowerCase(Locale.ROOT);
    }

    private static Stream<JsonNode> emails(ObjectNode user) {
        return StreamSupport.stream(user.path("emails").spliterator(), false);
    }

    private static Instant created(ObjectNode user) {
        return OffsetDateTime.parse(user.path("meta").path("created").asText()).toInstant();
    }
}
