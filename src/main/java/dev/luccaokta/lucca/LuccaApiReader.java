package dev.luccaokta.lucca;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads a whole Lucca directory through Lucca's current API (v5) with the tenant's OAuth client: employees of
 * every status by pages of 100 with their applicable employment and job position embedded (those Lucca leaves
 * out are fetched by lists of 100 ids, never one call per person), then the organisation collections and the
 * personal records and custom fields the client's scopes were asked for. Links are followed only to the same
 * Lucca.
 *
 * <pre>{@code
 * LuccaDirectoryData data = reader.read(instance);   // about N/100 + 3 calls, N/100 more with personal records
 * }</pre>
 */
@ApplicationScoped
public class LuccaApiReader {

    /** More pages than this (10 million items) is a cursor going round, not a directory. */
    private static final int MAX_PAGES = 100_000;

    @Inject
    LuccaGateway gateway;

    @Inject
    LuccaTokens tokens;

    @Inject
    Clock clock;

    /** @param customFields the codes of the custom fields to read ({@code e_bloodType}), none when empty */
    public LuccaDirectoryData read(LuccaInstance instance, Set<String> customFields) {
        LuccaOAuthClient client = instance.requireOAuth();
        requireGranted(tokens.grant(client));
        List<JsonObject> employees = new ArrayList<>();
        Map<Long, JsonObject> employments = new HashMap<>();
        Map<Long, JsonObject> jobPositions = new HashMap<>();
        walk(instance, LuccaResourceQuery.employees(), page -> {
            employees.addAll(items(page));
            JsonObject embedded = LuccaApiJson.object(page, "embedded").orElse(JsonValue.EMPTY_JSON_OBJECT);
            collect(LuccaApiJson.object(embedded, "employment").orElse(JsonValue.EMPTY_JSON_OBJECT), employments);
            collect(LuccaApiJson.object(embedded, "job-position").orElse(JsonValue.EMPTY_JSON_OBJECT), jobPositions);
        });
        // A token renewed during the walk may cover less than the one it replaced: Lucca's administrator changed it.
        requireGranted(tokens.grant(client));
        fetchMissing(instance, "employments", referenced(employees, "applicableEmployment"), employments);
        fetchMissing(instance, "job-positions", referenced(employees, "applicableJobPosition"), jobPositions);
        CustomFields custom = client.scopes().contains(LuccaScope.EMPLOYEE_ATTRIBUTES) && !customFields.isEmpty()
                ? customFields(instance, customFields) : new CustomFields(List.of(), Map.of());
        return new LuccaApiDirectory(clock.getZone(), employments, jobPositions, personalRecords(instance, client),
                custom.values()).data(employees,
                collection(instance, client, LuccaScope.DEPARTMENTS, "departments"),
                collection(instance, client, LuccaScope.BUSINESS_ESTABLISHMENTS, "business-establishments"),
                collection(instance, client, LuccaScope.LEGAL_ENTITIES, "legal-entities"), custom.definitions());
    }

    /** The personal records by employee id, when the client's scopes were asked for them. */
    private Map<Long, JsonObject> personalRecords(LuccaInstance instance, LuccaOAuthClient client) {
        Map<Long, JsonObject> records = new HashMap<>();
        if (client.scopes().contains(LuccaScope.PERSONAL_RECORDS)) {
            all(instance, "employee-personal-records").forEach(record -> LuccaApiJson
                    .refId(record, "employee", "a personal record").ifPresent(employee -> records.put(employee, record)));
        }
        return records;
    }

    /** Custom fields' definitions, and each employee's values as the legacy {@code extendedData} (code → value). */
    private record CustomFields(List<LuccaExtendedDataDefinition> definitions, Map<Long, JsonObject> values) {
    }

    private CustomFields customFields(LuccaInstance instance, Set<String> codes) {
        List<LuccaExtendedDataDefinition> definitions = all(instance, "employee-attribute-definitions").stream()
                .map(LuccaApiDirectory::definition).toList();
        Map<Long, JsonObjectBuilder> values = new HashMap<>();
        walk(instance, LuccaResourceQuery.attributes(codes, LocalDate.now(clock)), page -> items(page).forEach(attribute -> {
            long employee = LuccaApiJson.refId(attribute, "employee", "an employee attribute")
                    .orElseThrow(() -> new LuccaAnswerException("an employee attribute without its employee"));
            String code = LuccaApiJson.object(attribute, "definition").flatMap(d -> LuccaApiJson.text(d, "id"))
                    .orElseThrow(() -> new LuccaAnswerException("an employee attribute without its definition"));
            values.computeIfAbsent(employee, id -> Json.createObjectBuilder())
                    .add(code, attribute.getOrDefault("value", JsonValue.NULL));
        }));
        Map<Long, JsonObject> built = new HashMap<>();
        values.forEach((employee, builder) -> built.put(employee, builder.build()));
        return new CustomFields(definitions, built);
    }

    /**
     * The read scopes the tenant's OAuth client was not granted, whatever its selection needs now: what it could
     * not select, as Lucca's token endpoint says it now. Unknown (none) while that endpoint cannot be asked.
     */
    public Set<LuccaScope> scopesLacking(LuccaInstance instance) {
        LuccaOAuthClient client = instance.requireOAuth();
        try {
            return gateway.freshGrant(client.withScopes(EnumSet.allOf(LuccaScope.class))).missing();
        } catch (LuccaTokenRefusedException e) {
            return "invalid_scope".equals(e.error()) ? EnumSet.allOf(LuccaScope.class) : Set.of();
        } catch (LuccaTransientException e) {
            return Set.of();
        }
    }

    /**
     * The custom fields the tenant's Lucca defines, read through the current API with a token for that alone; none
     * when the client may not read them.
     */
    public List<LuccaExtendedDataDefinition> customFieldDefinitions(LuccaInstance instance) {
        LuccaOAuthClient client = instance.requireOAuth();
        LuccaInstance attributesOnly = new LuccaInstance(instance.baseUrl(), instance.apiKey(),
                client.withScopes(Set.of(LuccaScope.EMPLOYEE_ATTRIBUTES)));
        try {
            return all(attributesOnly, "employee-attribute-definitions").stream().map(LuccaApiDirectory::definition)
                    .toList();
        } catch (LuccaTokenRefusedException e) {
            return List.of();
        }
    }

    /** One employee as Lucca's current API gives them, or empty when the client cannot see them. */
    public Optional<JsonObject> employee(LuccaInstance instance, long id) {
        return items(gateway.resourcePage(instance, LuccaResourceQuery.employee(Long.toString(id)))).stream().findFirst();
    }

    /** Reads stop before the first call when the client lacks a scope the selection needs: Lucca would say 403. */
    private static void requireGranted(LuccaTokens.Grant grant) {
        if (!grant.missing().isEmpty()) {
            throw new LuccaApiException(403, "the OAuth client lacks " + grant.missing().stream()
                    .map(scope -> scope.code() + " (without it " + scope.withoutIt() + ")")
                    .collect(Collectors.joining(", ")), null);
        }
    }

    private List<JsonObject> collection(LuccaInstance instance, LuccaOAuthClient client, LuccaScope scope, String name) {
        return client.scopes().contains(scope) ? all(instance, name) : List.of();
    }

    private List<JsonObject> all(LuccaInstance instance, String collection) {
        List<JsonObject> items = new ArrayList<>();
        walk(instance, LuccaResourceQuery.all(collection), page -> items.addAll(items(page)));
        return items;
    }

    /** Pages through a collection by its {@code next} links, which must stay on this Lucca and never repeat. */
    private void walk(LuccaInstance instance, LuccaResourceQuery first, Consumer<JsonObject> pages) {
        Set<String> cursors = new HashSet<>();
        String cursor = null;
        int read = 0;
        do {
            JsonObject page = gateway.resourcePage(instance, first.at(cursor));
            pages.accept(page);
            cursor = nextCursor(instance, first.collection(), page);
            if (cursor != null && !cursors.add(cursor)) {
                throw new LuccaAnswerException("the " + first.collection() + " pages lead back to one already read");
            }
            if (++read > MAX_PAGES) {
                throw new LuccaAnswerException("more than " + MAX_PAGES + " pages of " + first.collection());
            }
        } while (cursor != null);
    }

    private void fetchMissing(LuccaInstance instance, String collection, Set<Long> wanted, Map<Long, JsonObject> known) {
        List<String> missing = wanted.stream().filter(id -> !known.containsKey(id)).sorted().map(String::valueOf).toList();
        for (int from = 0; from < missing.size(); from += LuccaResourcesApi.MAX_LIMIT) {
            List<String> ids = missing.subList(from, Math.min(missing.size(), from + LuccaResourcesApi.MAX_LIMIT));
            collect(items(gateway.resourcePage(instance, LuccaResourceQuery.byIds(collection, ids))), known);
        }
    }

    private static Set<Long> referenced(List<JsonObject> employees, String member) {
        Set<Long> ids = new HashSet<>();
        employees.forEach(e -> LuccaApiJson.refId(e, member, "an employee").ifPresent(ids::add));
        return ids;
    }

    private static void collect(JsonObject byId, Map<Long, JsonObject> into) {
        byId.values().forEach(value -> {
            if (value instanceof JsonObject resource) {
                into.put(LuccaApiJson.id(resource, "an embedded resource"), resource);
            }
        });
    }

    private static void collect(List<JsonObject> resources, Map<Long, JsonObject> into) {
        resources.forEach(resource -> into.put(LuccaApiJson.id(resource, "a resource"), resource));
    }

    private static List<JsonObject> items(JsonObject page) {
        return LuccaApiJson.array(page, "items").orElseThrow(() -> new LuccaAnswerException("a page without items"))
                .stream().map(item -> {
                    if (item instanceof JsonObject resource) {
                        return resource;
                    }
                    throw new LuccaAnswerException("a page item that is not an object");
                }).toList();
    }

    /** The port a URI reaches, the scheme's own when it names none. */
    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /**
     * The cursor of the next page, or null on the last; a link elsewhere than this collection of this Lucca is
     * refused. Only the cursor is taken: the next page is asked of the tenant's Lucca URL, which passes the
     * {@link LuccaUrlPolicy} at each call.
     */
    static String nextCursor(LuccaInstance instance, String collection, JsonObject page) {
        String href = LuccaApiJson.object(page, "links").flatMap(links -> LuccaApiJson.object(links, "next"))
                .flatMap(next -> LuccaApiJson.text(next, "href")).orElse(null);
        if (href == null) {
            return null;
        }
        URI next;
        try {
            next = URI.create(href);
        } catch (IllegalArgumentException e) {
            throw new LuccaAnswerException("a next link that is not a URL");
        }
        URI base = instance.baseUrl();
        String expectedPath = base.getPath().replaceAll("/+$", "") + "/lucca-api/" + collection;
        if (!base.getScheme().equalsIgnoreCase(String.valueOf(next.getScheme()))
                || !base.getHost().equalsIgnoreCase(String.valueOf(next.getHost()))
                || port(base) != port(next) || next.getRawUserInfo() != null || next.getRawFragment() != null
                || !expectedPath.equals(next.getPath())) {
            throw new LuccaAnswerException("a next link away from " + base + "/lucca-api/" + collection);
        }
        String query = next.getRawQuery() == null ? "" : next.getRawQuery();
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("page=") && parameter.length() > "page=".length()) {
                return URLDecoder.decode(parameter.substring("page=".length()), StandardCharsets.UTF_8);
            }
        }
        throw new LuccaAnswerException("a next link without a page cursor");
    }
}
