package dev.luccaokta.scim.protocol;

import com.unboundid.scim2.common.types.AttributeDefinition;
import com.unboundid.scim2.common.types.AttributeDefinition.Mutability;
import com.unboundid.scim2.common.types.AttributeDefinition.Type;
import com.unboundid.scim2.common.types.AttributeDefinition.Uniqueness;
import com.unboundid.scim2.common.utils.SchemaUtils;

import java.util.List;

/**
 * The attributes the connector serves of the core User and Group schemas and of the enterprise User extension
 * (RFC 7643 §4, §8.7), with the connector's mutability: what Lucca derives from contracts and the org structure
 * ({@code displayName}, {@code active}, groups and memberships, {@code department}, {@code organization},
 * {@code division}, {@code manager}) is read-only to Okta.
 */
final class StandardSchemas {

    static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
    static final String ENTERPRISE_USER = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    private StandardSchemas() {
    }

    static List<AttributeDefinition> user() {
        return List.of(
                SchemaUtils.ID_ATTRIBUTE_DEFINITION,
                attribute("userName", Type.STRING, Mutability.READ_WRITE,
                        "Unique identifier of the user for signing in; case-insensitive")
                        .setRequired(true).setUniqueness(Uniqueness.SERVER).build(),
                attribute("name", Type.COMPLEX, Mutability.READ_WRITE, "The components of the user's name")
                        .addSubAttributes(
                                string("formatted", Mutability.READ_WRITE, "The full name"),
                                string("familyName", Mutability.READ_WRITE, "The family name"),
                                string("givenName", Mutability.READ_WRITE, "The given name"))
                        .build(),
                string("displayName", Mutability.READ_ONLY, "The name of the user, as Lucca displays it"),
                string("title", Mutability.READ_WRITE, "The user's job title"),
                multiValued("emails", Mutability.READ_WRITE, "E-mail addresses of the user",
                        string("value", Mutability.READ_WRITE, "An e-mail address"),
                        typeOf(Mutability.READ_WRITE, "work", "home", "other"),
                        attribute("primary", Type.BOOLEAN, Mutability.READ_WRITE,
                                "Whether this is the preferred address").build()),
                multiValued("phoneNumbers", Mutability.READ_WRITE, "Phone numbers of the user",
                        string("value", Mutability.READ_WRITE, "A phone number"),
                        typeOf(Mutability.READ_WRITE, "work", "home", "mobile", "fax", "pager", "other")),
                multiValued("addresses", Mutability.READ_WRITE, "Postal addresses of the user",
                        string("formatted", Mutability.READ_WRITE, "The full address, as displayed"),
                        typeOf(Mutability.READ_WRITE, "work", "home", "other")),
                string("preferredLanguage", Mutability.READ_WRITE, "Preferred language, e.g. fr-FR"),
                string("locale", Mutability.READ_WRITE, "Default location for formatting, e.g. fr-FR"),
                attribute("active", Type.BOOLEAN, Mutability.READ_ONLY,
                        "Whether the user has a current contract").build(),
                multiValued("groups", Mutability.READ_ONLY, "The groups the user belongs to",
                        string("value", Mutability.READ_ONLY, "The id of the group"),
                        reference("$ref", "The URI of the group", "User", "Group"),
                        string("display", Mutability.READ_ONLY, "The display name of the group")),
                SchemaUtils.META_ATTRIBUTE_DEFINITION);
    }

    static List<AttributeDefinition> group() {
        return List.of(
                SchemaUtils.ID_ATTRIBUTE_DEFINITION,
                attribute("displayName", Type.STRING, Mutability.READ_ONLY, "The name of the group")
                        .setRequired(true).build(),
                multiValued("members", Mutability.READ_ONLY, "The users in the group",
                        string("value", Mutability.READ_ONLY, "The id of the member"),
                        reference("$ref", "The URI of the member", "User", "Group"),
                        string("display", Mutability.READ_ONLY, "The display name of the member")),
                SchemaUtils.META_ATTRIBUTE_DEFINITION);
    }

    static List<AttributeDefinition> enterpriseUser() {
        return List.of(
                string("employeeNumber", Mutability.READ_WRITE, "The employee number in Lucca"),
                string("department", Mutability.READ_ONLY, "The user's department"),
                string("organization", Mutability.READ_ONLY, "The user's legal entity"),
                string("division", Mutability.READ_ONLY, "The user's establishment"),
                attribute("manager", Type.COMPLEX, Mutability.READ_ONLY, "The user's manager")
                        .addSubAttributes(
                                string("value", Mutability.READ_ONLY, "The id of the manager"),
                                reference("$ref", "The URI of the manager", "User"),
                                string("displayName", Mutability.READ_ONLY, "The display name of the manager"))
                        .build());
    }

    private static AttributeDefinition.Builder attribute(String name, Type type, Mutability mutability,
                                                         String description) {
        return new AttributeDefinition.Builder()
                .setName(name)
                .setType(type)
                .setMutability(mutability)
                .setReturned(AttributeDefinition.Returned.DEFAULT)
                .setUniqueness(Uniqueness.NONE)
                .setDescription(description);
    }

    private static AttributeDefinition string(String name, Mutability mutability, String description) {
        return attribute(name, Type.STRING, mutability, description).build();
    }

    private static AttributeDefinition reference(String name, String description, String... referenceTypes) {
        return attribute(name, Type.REFERENCE, Mutability.READ_ONLY, description)
                .addReferenceTypes(referenceTypes).build();
    }

    private static AttributeDefinition typeOf(Mutability mutability, String... canonicalValues) {
        return attribute("type", Type.STRING, mutability, "A label for the value's function")
                .addCanonicalValues(canonicalValues).build();
    }

    private static AttributeDefinition multiValued(String name, Mutability mutability, String description,
                                                   AttributeDefinition... subAttributes) {
        return attribute(name, Type.COMPLEX, mutability, description)
                .setMultiValued(true).addSubAttributes(subAttributes).build();
    }
}
