package dev.luccaokta.writeback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import dev.luccaokta.directory.ScimNames;
import dev.luccaokta.directory.ScimSlot;
import dev.luccaokta.directory.WritableProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares a user as Lucca has it with the user Okta wants (both as SCIM representations) and plans the write:
 * each writable property whose value differs becomes a Lucca field change; every other difference is ignored
 * with its reason or, for a strict request (PATCH), refused as {@code mutability}, except {@code active}, whose
 * changes are accepted and ignored since the contract decides it.
 *
 * <pre>{@code
 * ChangePlan plan = new ChangePlanner(WriteBindings.of(tenant, loginAndMail), rules).plan(current, desired, false);
 * }</pre>
 */
final class ChangePlanner {

    /** Complex attributes compared one sub-attribute at a time, so that a reason names the sub-attribute. */
    private static final Set<String> COMPARED_BY_SUB_ATTRIBUTE = Set.of("name", ScimNames.ENTERPRISE_SCHEMA);

    private final List<WriteBindings.Binding> bindings;
    private final AttributeRules rules;

    ChangePlanner(List<WriteBindings.Binding> bindings, AttributeRules rules) {
        this.bindings = bindings;
        this.rules = rules;
    }

    ChangePlan plan(ObjectNode current, ObjectNode desired, boolean strict) throws BadRequestException {
        Map<WritableProperty, FieldChange> changes = new LinkedHashMap<>();
        Map<String, String> luccaValues = new LinkedHashMap<>();
        for (WriteBindings.Binding binding : bindings) {
            ScimSlot slot = binding.slot();
            String before = scalar(slot.path(), slot.read(current));
            String after = scalar(slot.path(), slot.read(desired));
            if (Objects.equals(before, after)) {
                continue;
            }
            WritableProperty property = binding.property();
            FieldChange change = new FieldChange(slot.path(), property.code(), before, after);
            FieldChange earlier = changes.putIfAbsent(property, change);
            if (earlier != null && !Objects.equals(earlier.after(), after)) {
                throw BadRequestException.invalidValue(earlier.attribute() + " and " + change.attribute()
                        + " both carry Lucca's " + property.code() + " and ask for different values");
            }
            luccaValues.put(property.code(), property.toLucca(after));
        }
        List<IgnoredAttribute> ignored = new ArrayList<>();
        for (String attribute : otherDifferences(current, desired)) {
            String reason = rules.whyNotWritable(attribute);
            if (strict && !attribute.equals(AttributeRules.ACTIVE)) {
                throw BadRequestException.mutability(attribute + " cannot be written to Lucca: " + reason);
            }
            ignored.add(new IgnoredAttribute(attribute, reason));
        }
        return new ChangePlan(List.copyOf(changes.values()), List.copyOf(ignored), luccaValues);
    }

    /**
     * The attributes that differ once every value a writable property carries is set aside. A display name (or
     * formatted name) that matches the new given and family names is what the connector will send anyway, so
     * it is no difference.
     */
    private Set<String> otherDifferences(ObjectNode current, ObjectNode desired) {
        ObjectNode before = current.deepCopy();
        ObjectNode after = desired.deepCopy();
        String derived = (desired.path("name").path("givenName").asText("") + " "
                + desired.path("name").path("familyName").asText("")).strip();
        if (derived.equals(after.path("displayName").asText(null))) {
            after.set("displayName", before.get("displayName"));
        }
        if (after.get("name") instanceof ObjectNode name && derived.equals(name.path("formatted").asText(null))) {
            name.set("formatted", before.path("name").get("formatted"));
        }
        for (WriteBindings.Binding binding : bindings) {
            binding.slot().erase(before);
            binding.slot().erase(after);
        }
        Set<String> differing = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        names.removeAll(AttributeRules.SERVER_SET);
        for (String name : names) {
            JsonNode was = before.get(name);
            JsonNode is = after.get(name);
            if (COMPARED_BY_SUB_ATTRIBUTE.contains(name) && isObjectOrAbsent(was) && isObjectOrAbsent(is)) {
                Set<String> subNames = new LinkedHashSet<>();
                if (was != null) {
                    was.fieldNames().forEachRemaining(subNames::add);
                }
                if (is != null) {
                    is.fieldNames().forEachRemaining(subNames::add);
                }
                String prefix = name.equals("name") ? "name." : name + ":";
                subNames.stream()
                        .filter(sub -> !same(was == null ? null : was.get(sub), is == null ? null : is.get(sub)))
                        .forEach(sub -> differing.add(prefix + sub));
            } else if (!same(was, is)) {
                differing.add(name);
            }
        }
        return differing;
    }

    private static boolean isObjectOrAbsent(JsonNode node) {
        return node == null || node.isNull() || node.isObject();
    }

    /** Equal values; scalars compare by text, so that {@code "True"} and {@code true} are the same. */
    private static boolean same(JsonNode a, JsonNode b) {
        boolean aEmpty = a == null || a.isNull();
        boolean bEmpty = b == null || b.isNull();
        if (aEmpty || bEmpty) {
            return aEmpty && bEmpty;
        }
        if (a.isValueNode() && b.isValueNode()) {
            boolean booleans = a.isBoolean() || b.isBoolean();
            return booleans ? a.asText().equalsIgnoreCase(b.asText()) : a.asText().equals(b.asText());
        }
        return a.equals(b);
    }

    /** A writable property's value as text, {@code null} when absent or empty. */
    private static String scalar(String path, JsonNode node) throws BadRequestException {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isValueNode()) {
            throw BadRequestException.invalidValue(path + " takes a single value, not " + node.getNodeType().name().toLowerCase());
        }
        String text = node.asText();
        return text.isEmpty() ? null : text;
    }
}
