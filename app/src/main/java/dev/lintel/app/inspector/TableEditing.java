package dev.lintel.app.inspector;

import dev.lintel.app.editing.SchemaEditor;
import dev.lintel.model.dialect.ConstraintNames;
import dev.lintel.model.edit.ColumnEdits;
import dev.lintel.model.edit.Composite;
import dev.lintel.model.edit.ConstraintEdits;
import dev.lintel.model.edit.Edit;
import dev.lintel.model.edit.TableEdits;
import dev.lintel.model.edit.Validation;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.Constraint;
import dev.lintel.model.schema.PrimaryKey;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The inspector's edit commands for the selected table, in the terms of its fields (names and
 * texts as typed). Each {@code check...} says what is wrong with a value; each command checks
 * first and makes one undoable edit only from a valid value that differs from the current one.
 * Commands return the message to show at the field ({@link FieldMessage#NONE} when applied or
 * nothing to do).
 */
public final class TableEditing {
    private final SchemaEditor editor;
    private final Supplier<Optional<Table>> selectedTable;

    TableEditing(SchemaEditor editor, Supplier<Optional<Table>> selectedTable) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.selectedTable = selectedTable;
    }

    // Checks ----------------------------------------------------------------------------------

    public FieldMessage checkTableName(String name) {
        return table().map(t -> first(Validation.tableName(schema(), t.name().withName(name), t.name(), editor.dialect())))
                .orElse(FieldMessage.NONE);
    }

    public FieldMessage checkSchemaName(String namespace) {
        return table().map(t -> {
            FieldMessage own = first(Validation.schemaName(namespace, editor.dialect()));
            return own.isEmpty() ? first(Validation.tableName(schema(), t.name().withSchema(namespace), t.name(), editor.dialect())) : own;
        }).orElse(FieldMessage.NONE);
    }

    /** A column's new name; {@code current} is null for the add-column row. */
    public FieldMessage checkColumnName(String current, String name) {
        return table().map(t -> first(Validation.columnName(t, name, current, editor.dialect()))).orElse(FieldMessage.NONE);
    }

    public FieldMessage checkType(String text) {
        Validation.TypeCheck check = Validation.dataType(text, editor.dialect(), schema());
        return check.valid() ? check.warning() == null ? FieldMessage.NONE : new FieldMessage(check.warning(), false)
                : FieldMessage.error(check.error());
    }

    /** Types to offer in a type field for what is typed so far: the dialect's common types, then the schema's enums and domains. */
    public List<String> suggestTypes(String typed) {
        return TypeSuggestions.forPrefix(typed, editor.dialect(), schema());
    }

    // Commands --------------------------------------------------------------------------------

    public FieldMessage renameTable(String name) {
        return onTable(t -> name.equals(t.name().name()) ? null : new TableEdits.RenameTable(t.name(), name), checkTableName(name));
    }

    public FieldMessage moveToSchema(String namespace) {
        return onTable(t -> Objects.equals(blankToNull(namespace), t.name().schema()) ? null
                : new TableEdits.MoveTable(t.name(), blankToNull(namespace)), checkSchemaName(namespace));
    }

    public FieldMessage setTableComment(String comment) {
        return onTable(t -> Objects.equals(blankToNull(comment), blankToNull(t.comment())) ? null
                : new TableEdits.SetTableComment(t.name(), comment), FieldMessage.NONE);
    }

    public FieldMessage renameColumn(String column, String name) {
        return onTable(t -> column.equals(name) ? null : new ColumnEdits.RenameColumn(t.name(), column, name),
                checkColumnName(column, name));
    }

    public FieldMessage setType(String column, String text) {
        FieldMessage check = checkType(text);
        return onTable(t -> {
            var type = Validation.dataType(text, editor.dialect(), schema()).type();
            return Targets.column(t, column).type().equals(type) ? null : new ColumnEdits.SetColumnType(t.name(), column, type);
        }, check.error() ? check : FieldMessage.NONE, check);
    }

    public FieldMessage setNotNull(String column, boolean notNull) {
        return onTable(t -> Targets.column(t, column).nullable() != notNull ? null
                : new ColumnEdits.SetNullable(t.name(), column, !notNull), FieldMessage.NONE);
    }

    public FieldMessage setDefault(String column, String expression) {
        Optional<Column> c = table().flatMap(t -> t.column(column));
        if (c.isPresent() && (c.get().identity() != null || c.get().serial() != Column.SerialKind.NONE
                || c.get().generatedExpression() != null)) {
            return FieldMessage.error("The database generates this column's value: it takes no default");
        }
        return onTable(t -> Objects.equals(blankToNull(expression), Targets.column(t, column).defaultExpression()) ? null
                : new ColumnEdits.SetDefault(t.name(), column, blankToNull(expression)), FieldMessage.NONE);
    }

    public FieldMessage setColumnComment(String column, String comment) {
        return onTable(t -> Objects.equals(blankToNull(comment), blankToNull(Targets.column(t, column).comment())) ? null
                : new ColumnEdits.SetColumnComment(t.name(), column, comment), FieldMessage.NONE);
    }

    /** Adds or removes the column from the primary key (creating or dropping the key when it is the only column). */
    public FieldMessage setPrimaryKey(String column, boolean inKey) {
        return onTable(t -> {
            PrimaryKey pk = t.primaryKey();
            if (inKey == t.isPrimaryKeyColumn(column)) {
                return null;
            }
            if (pk == null) {
                return new ConstraintEdits.AddPrimaryKey(t.name(), PrimaryKey.of(freeName(t, ConstraintNames.primaryKey(t.name().name())), column));
            }
            List<String> columns = new ArrayList<>(pk.columns());
            if (inKey) {
                columns.add(column);
            } else {
                columns.remove(column);
            }
            if (columns.isEmpty()) {
                return new ConstraintEdits.DropPrimaryKey(t.name());
            }
            return Composite.of((inKey ? "Add " + column + " to" : "Remove " + column + " from") + " the primary key",
                    new ConstraintEdits.DropPrimaryKey(t.name()),
                    new ConstraintEdits.AddPrimaryKey(t.name(), pk.withColumns(columns)));
        }, FieldMessage.NONE);
    }

    /** Adds or drops a one-column UNIQUE constraint on the column. */
    public FieldMessage setUnique(String column, boolean unique) {
        return onTable(t -> {
            List<UniqueConstraint> own = t.uniqueConstraints().stream().filter(u -> u.columns().equals(List.of(column))).toList();
            if (unique == !own.isEmpty()) {
                return null;
            }
            if (unique) {
                String name = freeName(t, ConstraintNames.unique(t.name().name(), List.of(column)));
                return new ConstraintEdits.AddUnique(t.name(), UniqueConstraint.of(name, column));
            }
            return new ConstraintEdits.DropUnique(t.name(), own.get(0).name());
        }, FieldMessage.NONE);
    }

    /** Adds a nullable column at the end: the add-column row's Enter. */
    public FieldMessage addColumn(String name, String typeText) {
        FieldMessage nameCheck = checkColumnName(null, name);
        if (nameCheck.error()) {
            return nameCheck;
        }
        FieldMessage typeCheck = checkType(typeText);
        return onTable(t -> new ColumnEdits.AddColumn(t.name(),
                Column.of(name, Validation.dataType(typeText, editor.dialect(), schema()).type()), -1),
                typeCheck.error() ? typeCheck : FieldMessage.NONE, typeCheck);
    }

    public FieldMessage deleteColumn(String column) {
        return onTable(t -> new ColumnEdits.DropColumn(t.name(), column), FieldMessage.NONE);
    }

    /** Moves a column one place up ({@code -1}) or down ({@code +1}); nothing at either end. */
    public FieldMessage moveColumn(String column, int delta) {
        return onTable(t -> {
            int to = t.columns().indexOf(Targets.column(t, column)) + delta;
            return to < 0 || to >= t.columns().size() ? null : new ColumnEdits.MoveColumn(t.name(), column, to);
        }, FieldMessage.NONE);
    }

    // Plumbing --------------------------------------------------------------------------------

    private interface EditOf {
        Edit of(Table t);
    }

    private FieldMessage onTable(EditOf edit, FieldMessage check) {
        return onTable(edit, check, FieldMessage.NONE);
    }

    // An invalid value makes no edit; a valid one makes at most one, and a warning stays visible.
    private FieldMessage onTable(EditOf edit, FieldMessage check, FieldMessage afterwards) {
        if (check.error()) {
            return check;
        }
        Optional<Table> table = table();
        if (table.isEmpty()) {
            return FieldMessage.NONE;
        }
        Edit e = edit.of(table.get());
        if (e != null && !editor.apply(e)) {
            return FieldMessage.error(editor.lastError());
        }
        return afterwards;
    }

    private Optional<Table> table() {
        return selectedTable.get();
    }

    private Schema schema() {
        return editor.schema();
    }

    private static String freeName(Table t, String wanted) {
        List<String> taken = t.constraints().stream().map(Constraint::name).toList();
        String name = wanted;
        for (int n = 1; taken.contains(name); n++) {
            name = wanted + n;
        }
        return name;
    }

    private static FieldMessage first(List<String> messages) {
        return messages.isEmpty() ? FieldMessage.NONE : FieldMessage.error(messages.get(0));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Column lookups that cannot fail for a column the inspector shows. */
    private static final class Targets {
        static Column column(Table t, String name) {
            return t.column(name).orElseThrow(() -> new IllegalArgumentException("no column " + name + " in " + t.name()));
        }
    }
}
