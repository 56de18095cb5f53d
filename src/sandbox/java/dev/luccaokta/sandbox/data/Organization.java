package dev.luccaokta.sandbox.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reference data user files point to: the organisation structure (departments, establishments, legal units,
 * countries), roles, cultures, calendars, occupation categories and extended data definitions. It never changes
 * while the sandbox runs, so it is shared freely between threads. Lists keep id order.
 */
public final class Organization {
    private final Map<Integer, Department> departments;
    private final Map<Integer, Establishment> establishments;
    private final Map<Integer, LegalUnit> legalUnits;
    private final Map<Integer, Country> countries;
    private final Map<Integer, Role> roles;
    private final Map<Integer, NamedItem> cultures;
    private final Map<Integer, NamedItem> calendars;
    private final Map<Integer, NamedItem> csps;
    private final Map<String, ExtendedDataDefinition> extendedData;

    /** Builds the reference data; every reference between items must resolve. */
    public Organization(List<Department> departments, List<Establishment> establishments, List<LegalUnit> legalUnits,
                        List<Country> countries, List<Role> roles, ReferenceLists lists) {
        this.departments = byKey(departments, Department::id);
        this.establishments = byKey(establishments, Establishment::id);
        this.legalUnits = byKey(legalUnits, LegalUnit::id);
        this.countries = byKey(countries, Country::id);
        this.roles = byKey(roles, Role::id);
        this.cultures = byKey(lists.cultures(), NamedItem::id);
        this.calendars = byKey(lists.calendars(), NamedItem::id);
        this.csps = byKey(lists.csps(), NamedItem::id);
        this.extendedData = byKey(lists.extendedData(), ExtendedDataDefinition::code);
        checkReferences();
    }

    private static <K, V> Map<K, V> byKey(List<V> items, Function<V, K> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> {
            throw new IllegalArgumentException("Duplicate reference item " + a);
        }, LinkedHashMap::new));
    }

    private void checkReferences() {
        departments.values().stream().filter(d -> d.parentId() != null)
                .forEach(d -> require(departments.containsKey(d.parentId()), "parent of " + d));
        establishments.values().forEach(e -> require(legalUnits.containsKey(e.legalUnitId()), "legal unit of " + e));
        legalUnits.values().forEach(u -> require(countries.containsKey(u.countryId()), "country of " + u));
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalArgumentException("Unresolved reference: " + what);
        }
    }

    public List<Department> departments() {
        return List.copyOf(departments.values());
    }

    public List<Establishment> establishments() {
        return List.copyOf(establishments.values());
    }

    public List<LegalUnit> legalUnits() {
        return List.copyOf(legalUnits.values());
    }

    public List<Country> countries() {
        return List.copyOf(countries.values());
    }

    public List<Role> roles() {
        return List.copyOf(roles.values());
    }

    public List<ExtendedDataDefinition> extendedDataDefinitions() {
        return List.copyOf(extendedData.values());
    }

    /** The ids from the root down to the department, as Lucca writes them: {@code /1/2/48/}. */
    public String hierarchy(Department department) {
        StringBuilder path = new StringBuilder(department.id() + "/");
        for (Integer parent = department.parentId(); parent != null; parent = departments.get(parent).parentId()) {
            path.insert(0, parent + "/");
        }
        return "/" + path;
    }

    public Optional<Department> department(int id) {
        return Optional.ofNullable(departments.get(id));
    }

    public Optional<Establishment> establishment(int id) {
        return Optional.ofNullable(establishments.get(id));
    }

    public Optional<LegalUnit> legalUnit(int id) {
        return Optional.ofNullable(legalUnits.get(id));
    }

    public Optional<Country> country(int id) {
        return Optional.ofNullable(countries.get(id));
    }

    public Optional<Role> role(int id) {
        return Optional.ofNullable(roles.get(id));
    }

    public Optional<NamedItem> culture(int id) {
        return Optional.ofNullable(cultures.get(id));
    }

    public Optional<NamedItem> calendar(int id) {
        return Optional.ofNullable(calendars.get(id));
    }

    public Optional<NamedItem> csp(int id) {
        return Optional.ofNullable(csps.get(id));
    }

    /** The lists of simple reference items, grouped to keep the constructor readable. */
    public record ReferenceLists(List<NamedItem> cultures, List<NamedItem> calendars, List<NamedItem> csps,
                                 List<ExtendedDataDefinition> extendedData) {
        public ReferenceLists {
            cultures = List.copyOf(cultures);
            calendars = List.copyOf(calendars);
            csps = List.copyOf(csps);
            extendedData = List.copyOf(extendedData);
        }
    }
}
