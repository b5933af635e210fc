package dev.lintel.app.inspector;

import dev.lintel.app.editing.SchemaEditor;
import dev.lintel.model.edit.Edit;
import dev.lintel.model.edit.EnumEdits;
import dev.lintel.model.schema.EnumType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The inspector's commands for a selected enum type: add, rename and remove a value, each one
 * undoable edit. Values are labels, not identifiers: any text goes, but not blank, not twice, and
 * (in PostgreSQL) not over 63 bytes.
 */
public final class EnumEditing {
    private static final int POSTGRES_LABEL_BYTES = 63;

    private final SchemaEditor editor;
    private final Supplier<Optional<EnumType>> selectedEnum;

    EnumEditing(SchemaEditor editor, Supplier<Optional<EnumType>> selectedEnum) {
        this.editor = editor;
        this.selectedEnum = selectedEnum;
    }

    /** The selected enum's values in order; empty when no enum is selected. */
    public List<String> values() {
        return selectedEnum.get().map(EnumType::values).orElse(List.of());
    }

    /** A value typed for the add row ({@code current} null) or as the new text of {@code current}. */
    public FieldMessage checkValue(String current, String value) {
        return on(e -> {
            if (value == null || value.isEmpty()) {
                return FieldMessage.error("A value is required");
            }
            if (!value.equals(value.strip())) {
                return FieldMessage.error("Remove the spaces around the value");
            }
            if (value.getBytes(StandardCharsets.UTF_8).length > POSTGRES_LABEL_BYTES) {
                return FieldMessage.error("Longer than PostgreSQL allows for an enum value (63 bytes)");
            }
            if (!value.equals(current) && e.values().contains(value)) {
                return FieldMessage.error(e.name().name() + " already has the value '" + value + "'");
            }
            return FieldMessage.NONE;
        });
    }

    public FieldMessage addValue(String value) {
        FieldMessage check = checkValue(null, value);
        return check.error() ? check : on(e -> apply(new EnumEdits.AddEnumValue(e.name(), value, -1)));
    }

    public FieldMessage renameValue(String value, String newValue) {
        FieldMessage check = checkValue(value, newValue);
        return check.error() ? check : on(e -> value.equals(newValue) ? FieldMessage.NONE
                : apply(new EnumEdits.RenameEnumValue(e.name(), value, newValue)));
    }

    /** Removes a value; PostgreSQL itself cannot, so a migration will recreate the type. */
    public FieldMessage dropValue(String value) {
        return on(e -> apply(new EnumEdits.DropEnumValue(e.name(), value)));
    }

    private FieldMessage apply(Edit edit) {
        return editor.apply(edit) ? FieldMessage.NONE : FieldMessage.error(editor.lastError());
    }

    private FieldMessage on(Function<EnumType, FieldMessage> f) {
        return selectedEnum.get().map(f).orElse(FieldMessage.NONE);
    }
}
