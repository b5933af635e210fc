package dev.lintel.model.edit;

import dev.lintel.model.schema.EnumType;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Enum types and their values. */
public final class EnumEdits {
    private EnumEdits() {
    }

    /** Creates an enum type at {@code position} in the type list (-1: last). */
    public record CreateEnum(EnumType type, int position) implements Edit {
        public CreateEnum {
            Objects.requireNonNull(type, "type");
        }

        public String label() {
            return "Create enum type " + type.name().name();
        }

        public Schema change(Schema s) {
            if (s.enumType(type.name()).isPresent()) {
                throw new EditException("There is already an enum type " + type.name());
            }
            return s.withEnums(Targets.inserted(s.enums(), position, type));
        }

        @Override
        public Edit inverseAgainst(Schema before) {
            return new DropEnum(type.name());
        }
    }

    /** Drops an enum type that no column uses (PostgreSQL refuses otherwise, short of CASCADE). */
    public record DropEnum(QualifiedName type) implements Edit {
        public String label() {
            return "Drop enum type " + type.name();
        }

        public Schema change(Schema s) {
            enumOf(s, type);
            for (Table t : s.tables()) {
                t.columns().stream().filter(c -> type.equals(c.type().userType())).findFirst().ifPresent(c -> {
                    throw new EditException("Column " + t.name().name() + "." + c.name() + " uses " + type.name());
                });
            }
            return s.withEnums(s.enums().stream().filter(e -> !e.name().equals(type)).toList());
        }

        @Override
        public Edit inverseAgainst(Schema before) {
            return new CreateEnum(enumOf(before, type), before.enums().indexOf(enumOf(before, type)));
        }
    }

    /** Adds a value at {@code position} (-1: last; PostgreSQL's {@code ADD VALUE ... BEFORE/AFTER}). */
    public record AddEnumValue(QualifiedName type, String value, int position) implements Edit {
        public String label() {
            return "Add value '" + value + "' to " + type.name();
        }

        public Schema change(Schema s) {
            return onEnum(s, type, e -> {
                if (e.values().contains(value)) {
                    throw new EditException(type.name() + " already has the value '" + value + "'");
                }
                return e.withValues(Targets.inserted(e.values(), position, value));
            });
        }

        @Override
        public Edit inverseAgainst(Schema before) {
            return new DropEnumValue(type, value);
        }
    }

    /** Removes a value: the undo of {@link AddEnumValue} (PostgreSQL itself cannot drop enum values). */
    public record DropEnumValue(QualifiedName type, String value) implements Edit {
        public String label() {
            return "Remove value '" + value + "' from " + type.name();
        }

        public Schema change(Schema s) {
            return onEnum(s, type, e -> {
                if (!e.values().contains(value)) {
                    throw new EditException(type.name() + " has no value '" + value + "'");
                }
                return e.withValues(e.values().stream().filter(v -> !v.equals(value)).toList());
            });
        }

        @Override
        public Edit inverseAgainst(Schema before) {
            return new AddEnumValue(type, value, enumOf(before, type).values().indexOf(value));
        }
    }

    public record RenameEnumValue(QualifiedName type, String value, String newValue) implements Edit {
        public String label() {
            return "Rename value '" + value + "' of " + type.name() + " to '" + newValue + "'";
        }

        public Schema change(Schema s) {
            return onEnum(s, type, e -> {
                if (!e.values().contains(value)) {
                    throw new EditException(type.name() + " has no value '" + value + "'");
                }
                if (!value.equals(newValue) && e.values().contains(newValue)) {
                    throw new EditException(type.name() + " already has the value '" + newValue + "'");
                }
                return e.withValues(e.values().stream().map(v -> v.equals(value) ? newValue : v).toList());
            });
        }

        @Override
        public Edit inverseAgainst(Schema before) {
            return new RenameEnumValue(type, newValue, value);
        }
    }

    private static EnumType enumOf(Schema s, QualifiedName type) {
        return s.enumType(type).orElseThrow(() -> new EditException("There is no enum type " + type));
    }

    private static Schema onEnum(Schema s, QualifiedName type, java.util.function.UnaryOperator<EnumType> f) {
        EnumType old = enumOf(s, type);
        List<EnumType> enums = new ArrayList<>(s.enums());
        enums.set(enums.indexOf(old), f.apply(old));
        return s.withEnums(enums);
    }
}
