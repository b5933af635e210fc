package dev.lintel.app.inspector;

import dev.lintel.app.editing.SchemaEditor;
import dev.lintel.model.ddl.parse.ExpressionSyntax;
import dev.lintel.model.dialect.ConstraintNames;
import dev.lintel.model.edit.ConstraintEdits;
import dev.lintel.model.edit.Edit;
import dev.lintel.model.edit.Validation;
import dev.lintel.model.schema.CheckConstraint;
import dev.lintel.model.schema.Constraint;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.PrimaryKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.UniqueConstraint;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inspector's constraint commands for the selected table: add a UNIQUE, a CHECK or a foreign
 * key from the add rows' fields, and drop any constraint by name. The primary key is edited through
 * the column grid's PK boxes. Each command is one undoable edit, made only from valid fields.
 */
public final class ConstraintEditing {
    /** Referential actions as written in SQL, NO ACTION (the default) first. */
    public static final List<String> ACTIONS = Arrays.stream(ForeignKey.Action.values()).map(ForeignKey.Action::sql).toList();

    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

    private final SchemaEditor editor;
    private final Supplier<Optional<Table>> selectedTable;

    ConstraintEditing(SchemaEditor editor, Supplier<Optional<Table>> selectedTable) {
        this.editor = editor;
        this.selectedTable = selectedTable;
    }

    // Checks ----------------------------------------------------------------------------------

    /** A new constraint's name; blank is fine (the constraint is named as PostgreSQL would). */
    public FieldMessage checkName(String name) {
        return on(t -> IndexEditing.first(Validation.constraintName(t, name == null ? "" : name.strip(), editor.dialect())));
    }

    /** Columns of the selected table, comma-separated, at least one. */
    public FieldMessage checkColumns(String text) {
        return on(t -> IndexEditing.first(Validation.columnList(t, text, editor.dialect(), true)));
    }

    public FieldMessage checkExpression(String text) {
        return IndexEditing.first(Validation.expression(text, editor.dialect()));
    }

    public FieldMessage checkTargetTable(String text) {
        return on(t -> target(t, text).isPresent() ? FieldMessage.NONE
                : FieldMessage.error(text == null || text.isBlank() ? "A referenced table is required" : "There is no table " + text.strip()));
    }

    /** The referenced columns: columns of the target table; blank means its primary key, which it must have. */
    public FieldMessage checkTargetColumns(String targetTable, String text) {
        return on(t -> target(t, targetTable).map(target -> {
            if (text == null || text.isBlank()) {
                return target.primaryKey() == null
                        ? FieldMessage.error("Table " + target.name().name() + " has no primary key: name the referenced columns")
                        : FieldMessage.NONE;
            }
            return IndexEditing.first(Validation.columnList(target, text, editor.dialect(), true));
        }).orElse(FieldMessage.NONE));
    }

    // Commands --------------------------------------------------------------------------------

    public FieldMessage addUnique(String name, String columns) {
        FieldMessage check = firstError(checkName(name), checkColumns(columns));
        return check.error() ? check : on(t -> {
            List<String> cols = names(columns);
            String chosen = named(t, name, ConstraintNames.unique(t.name().name(), cols));
            return apply(new ConstraintEdits.AddUnique(t.name(), new UniqueConstraint(chosen, cols, false, null)));
        });
    }

    public FieldMessage addCheck(String name, String expression) {
        FieldMessage check = firstError(checkName(name), checkExpression(expression));
        return check.error() ? check : on(t -> {
            String chosen = named(t, name, ConstraintNames.check(t.name().name(), firstColumn(t, expression)));
            return apply(new ConstraintEdits.AddCheck(t.name(), CheckConstraint.of(chosen, expression.strip())));
        });
    }

    public FieldMessage addForeignKey(ForeignKeyForm form) {
        FieldMessage check = firstError(checkName(form.name()), checkColumns(form.columns()), checkTargetTable(form.targetTable()),
                checkTargetColumns(form.targetTable(), form.targetColumns()), action(form.onDelete()), action(form.onUpdate()));
        return check.error() ? check : on(t -> {
            Table target = target(t, form.targetTable()).orElseThrow();
            List<String> cols = names(form.columns());
            List<String> targetCols = form.targetColumns().isBlank() ? target.primaryKey().columns() : names(form.targetColumns());
            if (targetCols.size() != cols.size()) {
                return FieldMessage.error(cols.size() + " column(s) cannot reference " + targetCols.size() + " column(s)");
            }
            String chosen = named(t, form.name(), ConstraintNames.foreignKey(t.name().name(), cols));
            ForeignKey fk = ForeignKey.of(chosen, cols, target.name(), targetCols)
                    .withActions(actionOf(form.onDelete()), actionOf(form.onUpdate()));
            return apply(new ConstraintEdits.AddForeignKey(t.name(), fk));
        });
    }

    /** Drops the named constraint of the selected table, whatever its kind. */
    public FieldMessage dropConstraint(String name) {
        return on(t -> t.constraints().stream().filter(c -> name.equals(c.name())).findFirst().map(c -> apply(dropOf(t, c)))
                .orElse(FieldMessage.error("Table " + t.name().name() + " has no constraint " + name)));
    }

    // Plumbing --------------------------------------------------------------------------------

    private static Edit dropOf(Table t, Constraint c) {
        if (c instanceof PrimaryKey) {
            return new ConstraintEdits.DropPrimaryKey(t.name());
        }
        if (c instanceof UniqueConstraint) {
            return new ConstraintEdits.DropUnique(t.name(), c.name());
        }
        if (c instanceof ForeignKey) {
            return new ConstraintEdits.DropForeignKey(t.name(), c.name());
        }
        if (c instanceof CheckConstraint) {
            return new ConstraintEdits.DropCheck(t.name(), c.name());
        }
        throw new IllegalArgumentException("The inspector cannot drop " + c.name() + " yet");
    }

    private Optional<Table> target(Table from, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String[] parts = text.strip().split("\\.", 2);
        QualifiedName name = parts.length == 2 ? QualifiedName.of(parts[0], parts[1]) : from.name().withName(parts[0]);
        return editor.schema().table(name);
    }

    private static FieldMessage action(String sql) {
        return ACTIONS.contains(sql) ? FieldMessage.NONE : FieldMessage.error("Choose one of " + String.join(", ", ACTIONS));
    }

    private static ForeignKey.Action actionOf(String sql) {
        return ForeignKey.Action.valueOf(sql.replace(' ', '_'));
    }

    private List<String> names(String text) {
        return ExpressionSyntax.names(text, editor.dialect()).names();
    }

    // The first word of the expression that is one of the table's columns, as PostgreSQL names checks.
    private static String firstColumn(Table t, String expression) {
        Matcher m = WORD.matcher(expression);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (t.hasColumn(word)) {
                return word;
            }
        }
        return null;
    }

    private static String named(Table t, String typed, String wanted) {
        if (typed != null && !typed.isBlank()) {
            return typed.strip();
        }
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

    private static FieldMessage firstError(FieldMessage... checks) {
        return Arrays.stream(checks).filter(FieldMessage::error).findFirst().orElse(FieldMessage.NONE);
    }

    private FieldMessage apply(Edit edit) {
        return editor.apply(edit) ? FieldMessage.NONE : FieldMessage.error(editor.lastError());
    }

    private FieldMessage on(Function<Table, FieldMessage> f) {
        return selectedTable.get().map(f).orElse(FieldMessage.NONE);
    }
}
