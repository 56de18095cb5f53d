package dev.luccaokta.sandbox.admin;

import dev.luccaokta.sandbox.api.LuccaException;
import dev.luccaokta.sandbox.auth.OAuthClient;
import dev.luccaokta.sandbox.json.JsonValues;
import dev.luccaokta.sandbox.traffic.Deprecation;
import dev.luccaokta.sandbox.traffic.FaultField;
import dev.luccaokta.sandbox.traffic.FaultSettings;
import dev.luccaokta.sandbox.traffic.RequestLog;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Reads the admin endpoints' JSON bodies, refusing anything malformed with a 400, and renders their answers. */
final class AdminJson {
    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final Set<String> DEPRECATION_FIELDS = Set.of("route", "deprecation", "sunset");

    private AdminJson() {
    }

    /** @throws dev.luccaokta.sandbox.data.InvalidDataException (a 400) when the body is not a JSON object */
    static JsonObject object(String body) {
        return JsonValues.parseObject(body);
    }

    /** @throws LuccaException 400 naming the first field of the body that is not one of {@code fields} */
    static void onlyFields(JsonObject body, String... fields) {
        List<String> expected = List.of(fields);
        body.keySet().stream().filter(field -> !expected.contains(field)).findFirst().ifPresent(field -> {
            throw LuccaException.badRequest("Unknown field '" + field + "': expected " + String.join(", ", expected));
        });
    }

    /** @throws LuccaException 400 when the member is not an array of strings */
    static Set<String> strings(JsonObject body, String name) {
        if (!(body.get(name) instanceof JsonArray array)
                || !array.stream().allMatch(value -> value.getValueType() == JsonValue.ValueType.STRING)) {
            throw LuccaException.badRequest("'" + name + "' must be an array of strings");
        }
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).collect(Collectors.toSet());
    }

    /** @throws LuccaException 400 when the member is not an array of whole numbers that fit an int */
    static Set<Integer> integers(JsonObject body, String name) {
        if (!(body.get(name) instanceof JsonArray array)) {
            throw LuccaException.badRequest("'" + name + "' must be an array of whole numbers");
        }
        return array.stream().map(value -> integer(name, value)).collect(Collectors.toCollection(TreeSet::new));
    }

    /** A client's id, scopes and business establishments (empty: all of them); never its secret. */
    static JsonObject client(OAuthClient client) {
        JsonArrayBuilder establishmentIds = PROVIDER.createArrayBuilder();
        client.establishmentIds().stream().sorted().forEach(establishmentIds::add);
        return JsonValues.object().add("clientId", client.clientId())
                .add("scopes", array(client.scopes()))
                .add("establishmentIds", establishmentIds).build();
    }

    static JsonArray array(Collection<String> values) {
        JsonArrayBuilder array = PROVIDER.createArrayBuilder();
        values.stream().sorted().forEach(array::add);
        return array.build();
    }

    /** @throws LuccaException 400 when the value is not a whole number that fits an int */
    static int integer(String name, JsonValue value) {
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.bigIntegerValueExact().intValueExact();
            } catch (ArithmeticException e) {
                throw LuccaException.badRequest(name + " is out of range: " + value);
            }
        }
        throw LuccaException.badRequest(name + " must be a whole number, not " + value);
    }

    static JsonObject faults(FaultSettings settings) {
        JsonObjectBuilder json = JsonValues.object();
        settings.asMap().forEach((field, value) -> json.add(field.code(), value));
        return json.build();
    }

    static JsonObject requests(RequestLog.Snapshot snapshot) {
        return JsonValues.object()
                .add("total", snapshot.total())
                .add("byEndpoint", counts(snapshot.byEndpoint()))
                .add("byStatus", counts(snapshot.byStatus()))
                .build();
    }

    private static JsonObjectBuilder counts(Map<String, Long> counts) {
        JsonObjectBuilder json = JsonValues.object();
        counts.forEach(json::add);
        return json;
    }

    /** Applies the fields present in {@code changes} to {@code settings}; unknown fields and bad values are refused. */
    static FaultSettings applyFaults(FaultSettings settings, JsonObject changes) {
        FaultSettings result = settings;
        for (Map.Entry<String, JsonValue> change : changes.entrySet()) {
            FaultField field = FaultField.fromCode(change.getKey()).orElseThrow(() -> LuccaException.badRequest(
                    "Unknown fault setting '" + change.getKey() + "'"));
            try {
                result = result.with(field, integer(field.code(), change.getValue()));
            } catch (IllegalArgumentException e) {
                throw LuccaException.badRequest(e.getMessage());
            }
        }
        return result;
    }

    /** The end of one route, {@code sunset} optional; unknown fields and bad values are refused. */
    static Deprecation deprecation(JsonObject body) {
        for (String field : body.keySet()) {
            if (!DEPRECATION_FIELDS.contains(field)) {
                throw LuccaException.badRequest("Unknown field '" + field + "': expected route, deprecation and sunset");
            }
        }
        try {
            return new Deprecation(JsonValues.optionalString(body, "route"),
                    JsonValues.optionalString(body, "deprecation"), JsonValues.optionalString(body, "sunset"));
        } catch (IllegalArgumentException e) {
            throw LuccaException.badRequest(e.getMessage());
        }
    }

    static JsonObject deprecations(List<Deprecation> deprecations) {
        JsonArrayBuilder list = PROVIDER.createArrayBuilder();
        deprecations.forEach(deprecation -> list.add(JsonValues.object()
                .add("route", deprecation.route())
                .add("deprecation", deprecation.deprecation())
                .add("sunset", JsonValues.text(deprecation.sunset()))));
        return JsonValues.object().add("deprecations", list).build();
    }
}
