package dev.lintel.app.inspector;

import dev.lintel.app.editing.SchemaEditor;
import dev.lintel.model.ddl.parse.ExpressionSyntax;
import dev.lintel.model.dialect.ConstraintNames;
import dev.lintel.model.edit.Composite;
import dev.lintel.model.edit.ConstraintEdits;
import dev.lintel.model.edit.Edit;
import dev.lintel.model.edit.Validation;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.IndexKey;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The inspector's index commands for the selected table: add, drop, and edit, where an edit
 * replaces the index (drop + add in one {@link Composite}) so that one undo restores it. Every
 * field is checked with the model's validation; nothing is edited while a field is invalid.
 */
public final class IndexEditing {
    /** The access methods offered; the first is the default. */
    public static final List<String> METHODS = List.of("btree", "hash", "gin", "gist", "brin");

    private final SchemaEditor editor;
    private final Supplier<Optional<Table>> selectedTable;

    IndexEditing(SchemaEditor editor, Supplier<Optional<Table>> selectedTable) {
        this.editor = editor;
        this.selectedTable = selectedTable;
    }

    /** The selected table's indexes as field texts, in the table's order. */
    public List<IndexForm> indexes() {
        return selectedTable.get().map(t -> t.indexes().stream().map(IndexEditing::formOf).toList()).orElse(List.of());
    }

    // Checks ----------------------------------------------------------------------------------

    /** The name of a new index ({@code current} null) or of the index {@code current} being edited. */
    public FieldMessage checkName(String current, String name) {
        if (current == null && (name == null || name.isBlank())) {
            return FieldMessage.NONE;
        }
        return on(t -> first(Validation.indexName(t, name, current, editor.dialect())));
    }

    public FieldMessage checkKeys(String text) {
        return on(t -> first(Validation.indexKeys(t, text, editor.dialect())));
    }

    public FieldMessage checkInclude(String text) {
        return on(t -> first(Validation.columnList(t, text, editor.dialect(), false)));
    }

    public FieldMessage checkWhere(String text) {
        return text == null || text.isBlank() ? FieldMessage.NONE : first(Validation.expression(text, editor.dialect()));
    }

    public FieldMessage checkMethod(String method) {
        return METHODS.contains(method) ? FieldMessage.NONE : FieldMessage.error("Choose one of " + String.join(", ", METHODS));
    }

    // Commands --------------------------------------------------------------------------------

    /** Adds an index from the add row's fields. */
    public FieldMessage addIndex(IndexForm form) {
        FieldMessage check = check(null, form);
        if (check.error()) {
            return check;
        }
        return on(t -> apply(new ConstraintEdits.AddIndex(t.name(), indexOf(t, form))));
    }

    /** Replaces index {@code name} with the fields' index; nothing when they describe it as it is. */
    public FieldMessage replaceIndex(String name, IndexForm form) {
        FieldMessage check = check(name, form);
        if (check.error()) {
            return check;
        }
        return on(t -> {
            Index old = t.indexes().stream().filter(i -> i.name().equals(name)).findFirst().orElse(null);
            if (old == null) {
                return FieldMessage.error("Table " + t.name().name() + " has no index " + name);
            }
            Index now = indexOf(t, form.name().isEmpty() ? new IndexForm(name, form.keys(), form.method(), form.unique(),
                    form.include(), form.where()) : form);
            // A flag the fields do not show is kept as it was.
            now = new Index(now.name(), now.unique(), now.method(), now.keys(), now.include(), now.where(), old.nullsNotDistinct());
            if (now.equals(old)) {
                return FieldMessage.NONE;
            }
            return apply(Composite.of("Edit index " + name, new ConstraintEdits.DropIndex(t.name(), name),
                    new ConstraintEdits.AddIndex(t.name(), now)));
        });
    }

    public FieldMessage dropIndex(String name) {
        return on(t -> apply(new ConstraintEdits.DropIndex(t.name(), name)));
    }

    // Plumbing --------------------------------------------------------------------------------

    private FieldMessage check(String current, IndexForm form) {
        for (FieldMessage m : List.of(checkName(current, form.name()), checkKeys(form.keys()), checkMethod(form.method()),
                checkInclude(form.include()), checkWhere(form.where()))) {
            if (m.error()) {
                return m;
            }
        }
        return FieldMessage.NONE;
    }

    private Index indexOf(Table t, IndexForm form) {
        List<IndexKey> keys = ExpressionSyntax.indexKeys(form.keys(), editor.dialect()).keys();
        List<String> include = ExpressionSyntax.names(form.include(), editor.dialect()).names();
        String name = form.name().isEmpty() ? freeName(t, keys) : form.name();
        return new Index(name, form.unique(), form.method(), keys, include, form.where().isBlank() ? null : form.where().strip(), false);
    }

    private static String freeName(Table t, List<IndexKey> keys) {
        List<String> parts = new ArrayList<>();
        for (IndexKey k : keys) {
            parts.add(k.isColumn() ? k.column() : "expr");
        }
        String wanted = ConstraintNames.index(t.name().name(), parts);
        String name = wanted;
        for (int n = 1; taken(t, name); n++) {
            name = wanted + n;
        }
        return name;
    }

    private static boolean taken(Table t, String name) {
        return t.indexes().stream().anyMatch(i -> i.name().equals(name))
                || t.constraints().stream().anyMatch(c -> name.equals(c.name()));
    }

    private FieldMessage apply(Edit edit) {
        return editor.apply(edit) ? FieldMessage.NONE : FieldMessage.error(editor.lastError());
    }

    private FieldMessage on(java.util.function.Function<Table, FieldMessage> f) {
        return selectedTable.get().map(f).orElse(FieldMessage.NONE);
    }

    static IndexForm formOf(Index i) {
        return new IndexForm(i.name(), String.join(", ", i.keys().stream().map(DefinitionText::key).toList()), i.method(),
                i.unique(), String.join(", ", i.include()), i.where() == null ? "" : i.where());
    }

    static FieldMessage first(List<String> messages) {
        return messages.isEmpty() ? FieldMessage.NONE : FieldMessage.error(messages.get(0));
    }
}
