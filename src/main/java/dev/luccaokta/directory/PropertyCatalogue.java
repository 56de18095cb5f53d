package dev.luccaokta.directory;

import dev.luccaokta.lucca.LuccaExtendedDataDefinition;
import dev.luccaokta.lucca.LuccaScope;
import dev.luccaokta.tenant.GroupType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Lucca properties a tenant can send to Okta: the standard ones and the instance's extended data, each
 * with whether it can be synchronised and why not. A tenant's selection is interpreted against it.
 *
 * <pre>{@code
 * PropertyCatalogue catalogue = PropertyCatalogue.of(lucca.extendedDataDefinitions());
 * List<CustomAttribute> declared = catalogue.customAttributes(tenant.getSelectedProperties());
 * }</pre>
 */
public final class PropertyCatalogue {

    private static final List<WritableProperty> WRITABLE = Arrays.stream(StandardProperty.values())
            .filter(StandardProperty::writableFromOkta)
            .map(p -> new WritableProperty(p.code(), p.mandatory(), p.slots().get(0), p::toLucca)).toList();

    /** The properties that say who a person is (to Lucca and to the integration's administrators): Okta writes them
     * only when the tenant opts in. */
    private static final Set<String> IDENTITY = Set.of(StandardProperty.LOGIN.code(), StandardProperty.MAIL.code());

    private static final Set<String> MANDATORY = Arrays.stream(StandardProperty.values()).filter(StandardProperty::mandatory)
            .map(StandardProperty::code).collect(Collectors.toUnmodifiableSet());

    /** Lucca's custom fields ("extended data") have codes starting with this. */
    public static final String CUSTOM_FIELD_PREFIX = "e_";

    private final List<ExtendedProperty> extended;

    private PropertyCatalogue(List<ExtendedProperty> extended) {
        this.extended = extended;
    }

    /**
     * Whether Okta may write a property that can be written back at all: login and professional mail, which say who a
     * person is (and so who may administer a tenant), only where the tenant opted in.
     */
    public static boolean writableFromOkta(String code, boolean loginAndMailOptIn) {
        return loginAndMailOptIn || !IDENTITY.contains(code);
    }

    public static PropertyCatalogue of(Collection<LuccaExtendedDataDefinition> definitions) {
        return new PropertyCatalogue(definitions.stream()
                .filter(d -> d.code() != null && d.code().startsWith(CUSTOM_FIELD_PREFIX))
                .map(ExtendedProperty::new)
                .toList());
    }

    /** What a tenant reading with its API key (Lucca's legacy API) can send. */
    public List<CatalogueEntry> entries() {
        List<CatalogueEntry> entries = new ArrayList<>();
        Arrays.stream(StandardProperty.values()).map(StandardProperty::entry).forEach(entries::add);
        extended.stream().map(ExtendedProperty::entry).forEach(entries::add);
        return List.copyOf(entries);
    }

    /**
     * What a tenant reading through Lucca's current API (v5) can send: what that API does not carry, and what needs
     * a scope the tenant's OAuth client was not granted, is offered as not synchronisable, with the reason.
     */
    public List<CatalogueEntry> entriesThroughLuccaApi(Set<LuccaScope> scopesLacking) {
        List<CatalogueEntry> entries = new ArrayList<>();
        Arrays.stream(StandardProperty.values()).map(p -> withheld(p.entry(), p.luccaApi().absence()
                .or(() -> lacking(p.luccaApi().scopes(), scopesLacking)))).forEach(entries::add);
        extended.stream().map(p -> withheld(p.entry(), lacking(Set.of(LuccaScope.EMPLOYEE_ATTRIBUTES), scopesLacking)))
                .forEach(entries::add);
        return List.copyOf(entries);
    }

    private static Optional<String> lacking(Set<LuccaScope> needed, Set<LuccaScope> scopesLacking) {
        return needed.stream().filter(scopesLacking::contains).findFirst().map(scope -> "Needs the scope "
                + scope.code() + ", which Lucca did not grant this tenant's OAuth client");
    }

    /**
     * The scopes of Lucca's current API a tenant's selection needs: the people and their contracts and positions
     * always, the organisation collections its properties and groups name, personal records and custom fields only
     * when a selected property is in them.
     */
    public static Set<LuccaScope> scopesNeeded(Set<String> selection, Set<GroupType> groupTypes) {
        Set<LuccaScope> scopes = EnumSet.of(LuccaScope.EMPLOYEES, LuccaScope.EMPLOYMENTS, LuccaScope.JOB_POSITIONS);
        Arrays.stream(StandardProperty.values()).filter(p -> p.mandatory() || selection.contains(p.code()))
                .forEach(p -> scopes.addAll(p.luccaApi().scopes()));
        if (selection.stream().anyMatch(code -> code.startsWith(CUSTOM_FIELD_PREFIX))) {
            scopes.add(LuccaScope.EMPLOYEE_ATTRIBUTES);
        }
        for (GroupType type : groupTypes) {
            switch (type) {
                case LUCCA_DEPT -> scopes.add(LuccaScope.DEPARTMENTS);
                case LUCCA_ETS -> scopes.add(LuccaScope.BUSINESS_ESTABLISHMENTS);
                case LUCCA_LU, LUCCA_COUNTRY -> scopes.addAll(
                        List.of(LuccaScope.BUSINESS_ESTABLISHMENTS, LuccaScope.LEGAL_ENTITIES));
            }
        }
        return scopes;
    }

    /** The properties every tenant sends to Okta, whatever its selection. */
    public static Set<String> mandatory() {
        return MANDATORY;
    }

    /** The properties Okta may write, in the table's order; the same instances every time. */
    public static List<WritableProperty> writable() {
        return WRITABLE;
    }

    /** The selected properties Lucca's current API does not carry, each with the reason. */
    public static Map<String, String> notInLuccaApi(Set<String> selection) {
        Map<String, String> absent = new TreeMap<>();
        for (String code : selection) {
            StandardProperty.byCode(code).flatMap(p -> p.luccaApi().absence()).ifPresent(why -> absent.put(code, why));
        }
        return absent;
    }

    private static CatalogueEntry withheld(CatalogueEntry entry, Optional<String> absence) {
        if (absence.isEmpty() || entry.mandatory() || entry.notSynchronisable().isPresent()) {
            return entry;
        }
        return new CatalogueEntry(entry.code(), entry.label(), entry.kind(), entry.mandatory(), absence,
                entry.writableFromOkta(), entry.customAttributes(), entry.slots());
    }

    /** The custom attributes the selection adds to the enterprise extension, for {@code /Schemas}. */
    public List<CustomAttribute> customAttributes(Set<String> selection) {
        return Stream.concat(
                        standard(selection).stream().map(StandardProperty::entry),
                        extended(selection).stream().map(ExtendedProperty::entry))
                .flatMap(entry -> entry.customAttributes().stream().map(a -> a.writable(entry.writableFromOkta())))
                .toList();
    }

    /** The selected optional standard properties, in catalogue order; unknown codes are ignored. */
    List<StandardProperty> standard(Set<String> selection) {
        return Arrays.stream(StandardProperty.values())
                .filter(p -> !p.mandatory() && selection.contains(p.code()))
                .toList();
    }

    /** The selected extended properties that can be synchronised; the others are ignored. */
    List<ExtendedProperty> extended(Set<String> selection) {
        return extended.stream().filter(p -> p.synchronisable() && selection.contains(p.code())).toList();
    }
}
