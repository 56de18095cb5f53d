package dev.luccaokta.scim.protocol;

import com.unboundid.scim2.common.types.AttributeDefinition;
import com.unboundid.scim2.common.types.AttributeDefinition.Mutability;
import com.unboundid.scim2.common.types.AttributeDefinition.Type;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A tenant-specific attribute of the enterprise User extension, such as a Lucca custom field
 * ({@code dtContractStart}, {@code e_bloodType}), as {@code /Schemas} advertises it: a name, a SCIM type
 * ({@code string}, {@code dateTime}, {@code boolean}, {@code decimal}, {@code integer}, {@code complex}…), whether
 * it is multi-valued, its mutability and a description. Strings are advertised case-insensitive, returned by
 * default, not unique. A complex attribute may list its sub-attributes.
 *
 * <pre>{@code
 * CustomAttribute start = CustomAttribute.of("dtContractStart", Type.STRING, false, Mutability.READ_ONLY,
 *         "Start of the current contract, yyyy-MM-dd");
 * }</pre>
 */
public final class CustomAttribute {

    /** RFC 7643 §2.1: ALPHA *( "-" / "_" / DIGIT / ALPHA ). */
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private final String name;
    private final Type type;
    private final boolean multiValued;
    private final Mutability mutability;
    private final String description;
    private final List<CustomAttribute> subAttributes;

    private CustomAttribute(String name, Type type, boolean multiValued, Mutability mutability, String description,
                            List<CustomAttribute> subAttributes) {
        this.name = name;
        this.type = type;
        this.multiValued = multiValued;
        this.mutability = mutability;
        this.description = description;
        this.subAttributes = subAttributes;
    }

    /** @throws IllegalArgumentException when the name is not a SCIM attribute name */
    public static CustomAttribute of(String name, Type type, boolean multiValued, Mutability mutability,
                                     String description) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a SCIM attribute name");
        }
        if (type == null || mutability == null) {
            throw new IllegalArgumentException("Attribute " + name + " needs a type and a mutability");
        }
        return new CustomAttribute(name, type, multiValued, mutability, description, List.of());
    }

    /**
     * This complex attribute with the given sub-attributes.
     *
     * @throws IllegalArgumentException when this attribute is not complex, or a sub-attribute is (RFC 7643 §2.3.8)
     */
    public CustomAttribute withSubAttributes(List<CustomAttribute> subAttributes) {
        if (type != Type.COMPLEX || subAttributes.stream().anyMatch(sub -> sub.type == Type.COMPLEX)) {
            throw new IllegalArgumentException("Only a complex attribute has sub-attributes, and they are not complex: "
                    + name);
        }
        return new CustomAttribute(name, type, multiValued, mutability, description, List.copyOf(subAttributes));
    }

    public String name() {
        return name;
    }

    AttributeDefinition definition() {
        return new AttributeDefinition.Builder()
                .setName(name)
                .setType(type)
                .setMultiValued(multiValued)
                .setMutability(mutability)
                .setReturned(AttributeDefinition.Returned.DEFAULT)
                .setUniqueness(AttributeDefinition.Uniqueness.NONE)
                .setDescription(description)
                .addSubAttributes(subAttributes.stream().map(CustomAttribute::definition)
                        .toArray(AttributeDefinition[]::new))
                .build();
    }
}
