package dev.luccaokta.sandbox.json;

import dev.luccaokta.sandbox.data.InvalidDataException;
import dev.luccaokta.sandbox.data.LuccaDates;
import dev.luccaokta.sandbox.data.UserPatch;
import dev.luccaokta.sandbox.data.WritableField;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the body of {@code PUT /api/v3/users/{id}}: a flat JSON object of writable fields. Each value must have its
 * field's JSON shape (a string, a date string, an integer id, or {@code null}); whether the value itself is
 * acceptable is decided when the patch is applied.
 */
public final class UserPatchJson {
    private static final String WRITABLE = Arrays.stream(WritableField.values())
            .map(WritableField::code).collect(Collectors.joining(", "));

    private UserPatchJson() {
    }

    /** @throws InvalidDataException when the body is not such an object */
    public static UserPatch read(String body) {
        Map<WritableField, Object> values = new EnumMap<>(WritableField.class);
        JsonValues.parseObject(body).forEach((name, value) -> {
            WritableField field = WritableField.fromCode(name).orElseThrow(() -> new InvalidDataException(
                    "Field '" + name + "' is not writable; writable fields are " + WRITABLE));
            values.put(field, value(field, value));
        });
        return new UserPatch(values);
    }

    /** A field's value in its JSON shape, as {@link UserPatch} takes it. */
    static Object value(WritableField field, JsonValue value) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return switch (field.shape()) {
            case TEXT -> string(field, value);
            case DATE -> date(field, string(field, value));
            case ID -> id(field, value);
        };
    }

    private static String string(WritableField field, JsonValue value) {
        if (value instanceof JsonString text) {
            return text.getString();
        }
        throw new InvalidDataException("Field '" + field.code() + "' expects a string, not " + value);
    }

    private static Object date(WritableField field, String text) {
        try {
            return LuccaDates.parse(text).toLocalDate();
        } catch (IllegalArgumentException e) {
            throw new InvalidDataException("Field '" + field.code() + "': " + e.getMessage());
        }
    }

    private static Integer id(WritableField field, JsonValue value) {
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.bigIntegerValueExact().intValueExact();
            } catch (ArithmeticException e) {
                throw new InvalidDataException("Field '" + field.code() + "' is out of range: " + value);
            }
        }
        throw new InvalidDataException("Field '" + field.code() + "' expects an integer id, not " + value);
    }
}
