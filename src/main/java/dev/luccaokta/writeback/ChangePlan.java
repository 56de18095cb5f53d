package dev.luccaokta.writeback;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;

/**
 * What one write does to Lucca: the fields it changes, with the values Lucca takes for them, and what Okta
 * sent that is left alone.
 */
record ChangePlan(List<FieldChange> changes, List<IgnoredAttribute> ignored, Map<String, String> luccaValues) {

    boolean changesNothing() {
        return changes.isEmpty();
    }

    /** The body of Lucca's partial {@code PUT /api/v3/users/{id}}: only the changed fields, null to clear one. */
    JsonObject luccaBody() {
        JsonObjectBuilder body = Json.createObjectBuilder();
        luccaValues.forEach((field, value) -> {
            if (value == null) {
                body.addNull(field);
            } else {
                body.add(field, value);
            }
        });
        return body.build();
    }
}
