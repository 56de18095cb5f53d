package dev.luccaokta.lucca;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * Reads a Lucca directory through Lucca's current API (v5) with the tenant's OAuth client: employees of every status
 * by pages of 100 with their applicable employment and job position embedded (those Lucca leaves out are fetched
 * by lists of 100 ids, never one call per person), then the organisation collections and the personal records and
 * custom fields the client's scopes were asked for. It also re-reads some employees by id, and pages Lucca's history
 * of events. Links are followed only to the same Lucca.
 *
 * <pre>{@code
 * LuccaDirectoryData data = reader.read(instance, Set.of());   // about N/100 + 3 calls, N/100 more with personal records
 * List<LuccaUser> changed = reader.employees(instance, List.of(416L), Set.of(), data, Map.of());   // 1 to 3 calls
 * }</pre>
 */
@ApplicationScoped
public class LuccaApiReader {

    /** More pages than this (10 million items) is a cursor going round, not a directory. */
    private static final int MAX_PAGES = 100_000;
    private static final String PERSONAL_RECORDS = "employee-personal-records";
    /** The delivery statuses Lucca's history of events is filtered by. */
    private static final Set<String> EVENT_STATUSES = Set.of("scheduled", "delivered", "failed");

    private final LuccaGateway gateway;
    private final LuccaTokens tokens;
    private final Clock clock;

    @Inject
    public LuccaApiReader(LuccaGateway gateway, LuccaTokens tokens, Clock clock) {
        this.gateway = gateway;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** For the container's proxy, which hands every call to an instance made with the constructor above. */
    protected LuccaApiReader() {
        this(null, null, null);
    }

    /** @param customFields the codes of the custom fields to read ({@code e_bloodType}), none when empty */
    public LuccaDirectoryData read(LuccaInstance instance, Set<String> customFields) {
        LuccaOAuthClient client = instance.requireOAuth();
        requireGranted(tokens.grant(client));
        People people = new People();
        walk(instance, LuccaResourceQuery.employees(), people::add);
        // A token renewed during the walk may cover less than the one it replaced: Lucca's administrator changed it.
        requireGranted(tokens.grant(client));
        people.fetchMissing(instance);
        boolean withCustomFields = client.scopes().contains(LuccaScope.EMPLOYEE_ATTRIBUTES) && !customFields.isEmpty();
        List<LuccaExtendedDataDefinition> definitions = withCustomFields
                ? all(instance, LuccaResourceQuery.all("employee-attribute-definitions")).stream()
                        .map(LuccaApiDirectory::definition).toList()
                : List.of();
        Map<Long, JsonObject> customValues = withCustomFields
                ? attributeValues(instance, List.of(LuccaResourceQuery.attributes(customFields, LocalDate.now(clock))))
                : Map.of();
        Map<Long, JsonObject> records = client.scopes().contains(LuccaScope.PERSONAL_RECORDS)
                ? byEmployee(all(instance, LuccaResourceQuery.all(PERSONAL_RECORDS))) : Map.of();
        return people.directory(records, customValues).data(people.employees,
                collection(instance, client, LuccaScope.DEPARTMENTS, "departments"),
                collection(instance, client, LuccaScope.BUSINESS_ESTABLISHMENTS, "business-establishments"),
                collection(instance, client, LuccaScope.LEGAL_ENTITIES, "legal-entities"), definitions);
    }

    /**
     * These employees as Lucca has them now, whatever their status, mapped as {@link #read} maps them. They are
     * asked for by lists of {@value LuccaResourcesApi#MAX_LIMIT} ids: about n/100 calls for the employees and as many
     * for each other collection needed (employments and job positions Lucca did not embed, personal records when
     * the client's scopes include them, the custom fields named), never one call per person. Ids Lucca does not
     * return (deleted, or out of the client's sight) are absent from the answer.
     *
     * @param customFields the codes of the custom fields to read ({@code e_bloodType}), none when empty
     * @param organisation the directory last read, for the names of departments and establishments
     * @param knownNames   "First Last" by employee id, for the managers who are not among those re-read
     */
    public List<LuccaUser> employees(LuccaInstance instance, Collection<Long> ids, Set<String> customFields,
                                     LuccaDirectoryData organisation, Map<Long, String> knownNames) {
        Set<Long> wanted = Set.copyOf(ids);
        if (wanted.isEmpty()) {
            return List.of();
        }
        LuccaOAuthClient client = instance.requireOAuth();
        requireGranted(tokens.grant(client));
        People people = new People();
        batches(wanted).forEach(batch -> people.add(gateway.resourcePage(instance, LuccaResourceQuery.employees(batch))));
        // Only those asked for, should Lucca's filter ever let others through.
        people.employees.removeIf(employee -> !wanted.contains(LuccaApiJson.id(employee, "an employee")));
        people.fetchMissing(instance);
        List<List<String>> found = batches(people.employees.stream()
                .map(employee -> LuccaApiJson.id(employee, "an employee")).toList());
        Map<Long, JsonObject> records = client.scopes().contains(LuccaScope.PERSONAL_RECORDS)
                ? byEmployee(found.stream().flatMap(batch -> all(instance,
                        LuccaResourceQuery.ofEmployees(PERSONAL_RECORDS, batch)).stream()).toList())
                : Map.of();
        LocalDate today = LocalDate.now(clock);
        Map<Long, JsonObject> customValues = client.scopes().contains(LuccaScope.EMPLOYEE_ATTRIBUTES)
                && !customFields.isEmpty()
                ? attributeValues(instance, found.stream()
                        .map(batch -> LuccaResourceQuery.attributes(customFields, today, batch)).toList())
                : Map.of();
        return people.directory(records, customValues).users(people.employees,
                names(organisation.departments(), LuccaDepartment::id, LuccaDepartment::name),
                names(organisation.establishments(), LuccaEstablishment::id, LuccaEstablishment::name), knownNames);
    }

    /**
     * Lucca's history of events (kept two months) whose delivery has this status, page after page, each event handed
     * to {@code each} as Lucca gives it; read with a token for the webhook endpoints' scope.
     *
     * @param status   {@code scheduled}, {@code delivered} or {@code failed}; null for every event
     * @param maxPages how many pages of 100 events to read at most
     * @return true when the last page was read, false when {@code maxPages} pages were read and more remain
     */
    public boolean events(LuccaInstance instance, String status, int maxPages, Consumer<JsonObject> each) {
        if (status != null && !EVENT_STATUSES.contains(status) || maxPages < 1) {
            throw new IllegalArgumentException("Events are read by delivery status " + EVENT_STATUSES
                    + " (or all), one page at least");
        }
        LuccaInstance webhooks = instance.withOAuthScopes(Set.of(LuccaScope.WEBHOOK_ENDPOINTS));
        LuccaResourceQuery first = LuccaResourceQuery.events(status);
        return LuccaApiPages.walk(instance, first.collection(), maxPages,
                cursor -> gateway.resourcePage(webhooks, first.at(cursor)),
                page -> LuccaApiPages.items(page).forEach(each));
    }

    /**
     * The read scopes the tenant's OAuth client was not granted, whatever its selection needs now: what it could
     * not select, as Lucca's token endpoint says it now. Unknown (none) while that endpoint cannot be asked.
     */
    public Set<LuccaScope> scopesLacking(LuccaInstance instance) {
        LuccaOAuthClient client = instance.requireOAuth();
        try {
            return gateway.freshGrant(client.withScopes(LuccaScope.reads())).missing();
        } catch (LuccaFailure failure) {
            return switch (failure.kind()) {
                case TOKEN_REFUSED -> "invalid_scope".equals(((LuccaTokenRefusedException) failure).error())
                        ? LuccaScope.reads() : Set.of();
                case TRANSIENT -> Set.of();
                case ERROR_STATUS, UNUSABLE_ANSWER, THROTTLED, UNAVAILABLE, URL_REFUSED, HOST_UNRESOLVED ->
                        throw failure;
            };
        }
    }

    /**
     * The custom fields the tenant's Lucca defines, read through the current API with a token for that alone; none
     * when the client may not read them.
     */
    public List<LuccaExtendedDataDefinition> customFieldDefinitions(LuccaInstance instance) {
        LuccaInstance attributesOnly = instance.withOAuthScopes(Set.of(LuccaScope.EMPLOYEE_ATTRIBUTES));
        try {
            return all(attributesOnly, LuccaResourceQuery.all("employee-attribute-definitions")).stream()
                    .map(LuccaApiDirectory::definition).toList();
        } catch (LuccaTokenRefusedException e) {
            return List.of();
        }
    }

    /** One employee as Lucca's current API gives them, or empty when the client cannot see them. */
    public Optional<JsonObject> employee(LuccaInstance instance, long id) {
        return LuccaApiPages.items(gateway.resourcePage(instance, LuccaResourceQuery.employee(Long.toString(id))))
                .stream().findFirst();
    }

    /** Employees and the employments and job positions they refer to, as pages of employees bring them. */
    private final class People {
        private final List<JsonObject> employees = new ArrayList<>();
        private final Map<Long, JsonObject> employments = new HashMap<>();
        private final Map<Long, JsonObject> jobPositions = new HashMap<>();

        void add(JsonObject page) {
            employees.addAll(LuccaApiPages.items(page));
            JsonObject embedded = LuccaApiJson.object(page, "embedded").orElse(JsonValue.EMPTY_JSON_OBJECT);
            collect(LuccaApiJson.object(embedded, "employment").orElse(JsonValue.EMPTY_JSON_OBJECT), employments);
            collect(LuccaApiJson.object(embedded, "job-position").orElse(JsonValue.EMPTY_JSON_OBJECT), jobPositions);
        }

        /** Fetches the employments and job positions the pages did not embed, by lists of 100 ids. */
        void fetchMissing(LuccaInstance instance) {
            fetch(instance, "employments", referenced("applicableEmployment"), employments);
            fetch(instance, "job-positions", referenced("applicableJobPosition"), jobPositions);
        }

        LuccaApiDirectory directory(Map<Long, JsonObject> records, Map<Long, JsonObject> customValues) {
            return new LuccaApiDirectory(clock.getZone(), employments, jobPositions, records, customValues);
        }

        private Set<Long> referenced(String member) {
            Set<Long> ids = new HashSet<>();
            employees.forEach(e -> LuccaApiJson.refId(e, member, "an employee").ifPresent(ids::add));
            return ids;
        }

        private void fetch(LuccaInstance instance, String collection, Set<Long> wanted, Map<Long, JsonObject> known) {
            batches(wanted.stream().filter(id -> !known.containsKey(id)).toList()).forEach(ids -> LuccaApiPages
                    .items(gateway.resourcePage(instance, LuccaResourceQuery.byIds(collection, ids)))
                    .forEach(resource -> known.put(LuccaApiJson.id(resource, "a resource"), resource)));
        }
    }

    /** Employee attribute values, each employee's as the legacy {@code extendedData} (code → value). */
    private Map<Long, JsonObject> attributeValues(LuccaInstance instance, List<LuccaResourceQuery> queries) {
        Map<Long, JsonObjectBuilder> values = new HashMap<>();
        queries.forEach(query -> walk(instance, query, page -> LuccaApiPages.items(page).forEach(attribute -> {
            long employee = LuccaApiJson.refId(attribute, "employee", "an employee attribute")
                    .orElseThrow(() -> new LuccaUnusableAnswerException("an employee attribute without its employee"));
            String code = LuccaApiJson.object(attribute, "definition").flatMap(d -> LuccaApiJson.text(d, "id"))
                    .orElseThrow(() -> new LuccaUnusableAnswerException("an employee attribute without its definition"));
            values.computeIfAbsent(employee, id -> Json.createObjectBuilder())
                    .add(code, attribute.getOrDefault("value", JsonValue.NULL));
        })));
        Map<Long, JsonObject> built = new HashMap<>();
        values.forEach((employee, builder) -> built.put(employee, builder.build()));
        return built;
    }

    /** Personal records by the id of their employee. */
    private static Map<Long, JsonObject> byEmployee(List<JsonObject> records) {
        Map<Long, JsonObject> byEmployee = new HashMap<>();
        records.forEach(record -> LuccaApiJson.refId(record, "employee", "a personal record")
                .ifPresent(employee -> byEmployee.put(employee, record)));
        return byEmployee;
    }

    /** Reads stop before the first call when the client lacks a scope the selection needs: Lucca would say 403. */
    private static void requireGranted(LuccaTokens.Grant grant) {
        if (!grant.missing().isEmpty()) {
            throw new LuccaErrorStatusException(403, "the OAuth client lacks " + grant.missing().stream()
                    .map(scope -> scope.code() + " (without it " + scope.withoutIt() + ")")
                    .collect(Collectors.joining(", ")), null);
        }
    }

    private List<JsonObject> collection(LuccaInstance instance, LuccaOAuthClient client, LuccaScope scope, String name) {
        return client.scopes().contains(scope) ? all(instance, LuccaResourceQuery.all(name)) : List.of();
    }

    private List<JsonObject> all(LuccaInstance instance, LuccaResourceQuery first) {
        List<JsonObject> items = new ArrayList<>();
        walk(instance, first, page -> items.addAll(LuccaApiPages.items(page)));
        return items;
    }

    /** Pages through a collection by its {@code next} links, which must stay on this Lucca and never repeat. */
    private void walk(LuccaInstance instance, LuccaResourceQuery first, Consumer<JsonObject> pages) {
        if (!LuccaApiPages.walk(instance, first.collection(), MAX_PAGES,
                cursor -> gateway.resourcePage(instance, first.at(cursor)), pages)) {
            throw new LuccaUnusableAnswerException("more than " + MAX_PAGES + " pages of " + first.collection());
        }
    }

    /** Ids by sorted lists of at most {@value LuccaResourcesApi#MAX_LIMIT}, as Lucca's id filters take them. */
    private static List<List<String>> batches(Collection<Long> ids) {
        List<String> sorted = ids.stream().distinct().sorted().map(String::valueOf).toList();
        List<List<String>> batches = new ArrayList<>();
        for (int from = 0; from < sorted.size(); from += LuccaResourcesApi.MAX_LIMIT) {
            batches.add(sorted.subList(from, Math.min(sorted.size(), from + LuccaResourcesApi.MAX_LIMIT)));
        }
        return batches;
    }

    /** Names by id, null names included (Lucca may leave one out). */
    private static <T> Map<Long, String> names(List<T> items, ToLongFunction<T> id, Function<T, String> name) {
        Map<Long, String> names = new HashMap<>();
        items.forEach(item -> names.put(id.applyAsLong(item), name.apply(item)));
        return names;
    }

    private static void collect(JsonObject byId, Map<Long, JsonObject> into) {
        byId.values().forEach(value -> {
            if (value instanceof JsonObject resource) {
                into.put(LuccaApiJson.id(resource, "an embedded resource"), resource);
            }
        });
    }
}
