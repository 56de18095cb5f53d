package dev.luccaokta.sandbox.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The parsed {@code fields} parameter: a list of field names, each optionally followed by a bracketed selection of
 * its own sub-fields, e.g. {@code id,name,manager[id,name],extendedData[e_bloodType]}. Names may contain letters,
 * digits, underscores and dots ({@code collection.count}). Which names exist is for the resource to decide; this
 * class only knows the syntax.
 */
public final class FieldSelection {
    private static final FieldSelection NONE = new FieldSelection(List.of());

    private final List<Field> fields;

    private FieldSelection(List<Field> fields) {
        this.fields = List.copyOf(fields);
    }

    /** The empty selection, which stands for "the resource's default fields". */
    public static FieldSelection none() {
        return NONE;
    }

    /**
     * Parses a {@code fields} value; a missing or blank value gives the empty selection.
     *
     * @throws QueryException when the value is not well formed or names a field twice at the same level
     */
    public static FieldSelection parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        return new Parser(text).parseAll();
    }

    public List<Field> fields() {
        return fields;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public Optional<Field> find(String name) {
        return fields.stream().filter(field -> field.name().equals(name)).findFirst();
    }

    /** This selection without the named field. */
    public FieldSelection without(String name) {
        return new FieldSelection(fields.stream().filter(field -> !field.name().equals(name)).toList());
    }

    @Override
    public String toString() {
        return String.join(",", fields.stream().map(Field::toString).toList());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldSelection selection && selection.fields.equals(fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    /** One selected field and the selection of its sub-fields (empty when no brackets followed the name). */
    public record Field(String name, FieldSelection children) {
        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(children, "children");
        }

        @Override
        public String toString() {
            return children.isEmpty() ? name : name + "[" + children + "]";
        }
    }

    /** A recursive-descent reader of the grammar {@code list := item (',' item)*; item := name ('[' list ']')?}. */
    private static final class Parser {
        private final String text;
        private int position;

        Parser(String text) {
            this.text = text;
        }

        FieldSelection parseAll() {
            FieldSelection selection = list();
            skipSpaces();
            if (position < text.length()) {
                throw error("unexpected '" + text.charAt(position) + "'");
            }
            return selection;
        }

        private FieldSelection list() {
            List<Field> items = new ArrayList<>();
            do {
                Field item = item();
                if (items.stream().anyMatch(existing -> existing.name().equals(item.name()))) {
                    throw new QueryException("Invalid fields: '" + item.name() + "' is selected twice");
                }
                items.add(item);
            } while (accept(','));
            return new FieldSelection(items);
        }

        private Field item() {
            skipSpaces();
            int start = position;
            while (position < text.length() && isNameCharacter(text.charAt(position))) {
                position++;
            }
            if (start == position) {
                throw error(position < text.length() ? "a field name is missing before '" + text.charAt(position) + "'"
                        : "a field name is missing at the end");
            }
            String name = text.substring(start, position);
            if (!accept('[')) {
                return new Field(name, NONE);
            }
            FieldSelection children = list();
            if (!accept(']')) {
                throw error("']' expected to close '" + name + "['");
            }
            return new Field(name, children);
        }

        private boolean accept(char expected) {
            skipSpaces();
            if (position < text.length() && text.charAt(position) == expected) {
                position++;
                return true;
            }
            return false;
        }

        private void skipSpaces() {
            while (position < text.length() && text.charAt(position) == ' ') {
                position++;
            }
        }

        private static boolean isNameCharacter(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '.';
        }

        private QueryException error(String problem) {
            return new QueryException(
                    "Invalid fields '" + text + "': " + problem + " (position " + (position + 1) + ")");
        }
    }
}
