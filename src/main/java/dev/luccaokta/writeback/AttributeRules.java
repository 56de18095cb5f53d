package dev.luccaokta.writeback;

import dev.luccaokta.directory.CatalogueEntry;
import dev.luccaokta.directory.PropertyCatalogue;
import dev.luccaokta.directory.PropertyKind;
import dev.luccaokta.directory.TenantView;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Why a SCIM attribute Okta sent cannot be written to Lucca: derived from what Lucca's property is (compound,
 * extended, read-only data), whether the tenant synchronises it, or what the connector derives it from.
 *
 * <pre>{@code
 * String reason = rules.whyNotWritable("urn:...:enterprise:2.0:User:department");
 * // "Department is compound data (a reference to another Lucca object): change it in Lucca"
 * }</pre>
 */
final class AttributeRules {

    /** Attributes the server sets, which RFC 7644 §3.5.1 lets clients send back: ignored without a word. */
    static final Set<String> SERVER_SET = Set.of("id", "meta", "schemas");

    static final String ACTIVE = "active";

    private static final Map<String, String> FIXED_REASONS = Map.of(
            "displayName", "the display name is made from Lucca's first and last names: change name.givenName or name.familyName",
            "name.formatted", "the formatted name is made from Lucca's first and last names: change name.givenName or name.familyName",
            ACTIVE, "employment status comes from the contract dates in Lucca",
            "groups", "group membership comes from Lucca's organisation",
            "phoneNumbers", "only the work number (direct line) and the mobile (professional mobile) are kept in Lucca, when the tenant synchronises them",
            "addresses", "only the work address is kept in Lucca, when the tenant synchronises it",
            "emails", "only the work e-mail is kept in Lucca");

    private static final String IDENTITY_KEPT = "login and professional e-mail say who a person is to Lucca and are "
            + "written from Okta only when the tenant opts in (loginMailWriteBack)";

    /** Where Okta carries login and mail: the userName (either one) and the work e-mail. */
    private static final Set<String> IDENTITY_ATTRIBUTES = Set.of("userName", "emails");

    private final TenantView tenant;
    private final PropertyCatalogue catalogue;
    private final boolean loginAndMail;

    /** @param loginAndMail whether the tenant lets Okta change login and mail */
    AttributeRules(TenantView tenant, PropertyCatalogue catalogue, boolean loginAndMail) {
        this.tenant = tenant;
        this.catalogue = catalogue;
        this.loginAndMail = loginAndMail;
    }

    /** @param attribute a top-level attribute, {@code name.x}, or an enterprise attribute with its schema URN */
    String whyNotWritable(String attribute) {
        if (!loginAndMail && IDENTITY_ATTRIBUTES.contains(attribute)) {
            return IDENTITY_KEPT;
        }
        String fixed = FIXED_REASONS.get(attribute);
        if (fixed != null) {
            return fixed;
        }
        return owner(attribute).map(this::whyNotWritable)
                .orElse("Lucca has no property this connector maps to " + attribute);
    }

    /** The property the table places at this attribute. */
    private Optional<CatalogueEntry> owner(String attribute) {
        return catalogue.entries().stream().filter(entry -> entry.sitsAt(attribute)).findFirst();
    }

    private String whyNotWritable(CatalogueEntry property) {
        String label = property.label() == null ? property.code() : property.label();
        if (!property.mandatory() && !tenant.selectedProperties().contains(property.code())) {
            return label + " is not synchronised for this tenant";
        }
        if (property.code().startsWith("e_")) {
            return label + " is extended data, which Okta cannot write";
        }
        if (property.kind() == PropertyKind.COMPOUND) {
            return label + " is compound data (a reference to another Lucca object): change it in Lucca";
        }
        if (property.kind() == PropertyKind.READ_ONLY) {
            return label + " is read-only data";
        }
        return label + " cannot be changed through Lucca's API";
    }
}
