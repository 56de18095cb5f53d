package dev.luccaokta.sandbox.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The value one employee holds for an extended data field. Each variant matches one
 * {@link ExtendedDataKind}/{@link ExtendedDataType}; a field the employee has no value for is simply absent from
 * the employee's map.
 */
public sealed interface ExtendedValue {

    /** A simple string value. */
    record Text(String value) implements ExtendedValue {
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A simple date value. */
    record Day(LocalDate value) implements ExtendedValue {
        public Day {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A simple number value. */
    record Number(BigDecimal value) implements ExtendedValue {
        public Number {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A simple boolean value. */
    record Flag(boolean value) implements ExtendedValue {
    }

    /** The chosen item of a compound field. */
    record Choice(int id, String name) implements ExtendedValue {
        public Choice {
            Objects.requireNonNull(name, "name");
        }
    }

    /** The sub-field values of a configurable compound field, or of one occurrence, in definition order. */
    record Composite(Map<String, ExtendedValue> values) implements ExtendedValue {
        public Composite {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /** The occurrences of a multiple-occurrences field, in order. */
    record Occurrences(List<Composite> items) implements ExtendedValue {
        public Occurrences {
            items = List.copyOf(items);
        }
    }
}
