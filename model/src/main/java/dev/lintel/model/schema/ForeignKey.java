package dev.lintel.model.schema;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key. {@code referencedColumns} is empty when the source referenced the target's
 * primary key implicitly ({@code REFERENCES t}); {@link Schema#resolvedReferencedColumns} resolves it.
 *
 * @param notEnforced a relationship the design declares but the database does not enforce
 *        (SQL's {@code NOT ENFORCED}; a JPA association mapped with
 *        {@code @ForeignKey(ConstraintMode.NO_CONSTRAINT)}): the canvas and lint see it as a
 *        relationship, while DDL export, diff and migrations treat it as absent from the database
 */
public record ForeignKey(
        String name,
        List<String> columns,
        QualifiedName referencedTable,
        List<String> referencedColumns,
        Action onDelete,
        Action onUpdate,
        Match match,
        Deferrability deferrability,
        boolean notValid,
        boolean notEnforced) implements Constraint {

    public enum Action {
        NO_ACTION, RESTRICT, CASCADE, SET_NULL, SET_DEFAULT;

        public String sql() {
            return name().replace('_', ' ');
        }
    }

    public enum Match { SIMPLE, FULL, PARTIAL }

    public ForeignKey {
        columns = Lists.copy(columns);
        Objects.requireNonNull(referencedTable, "referencedTable");
        referencedColumns = Lists.copy(referencedColumns);
        onDelete = onDelete == null ? Action.NO_ACTION : onDelete;
        onUpdate = onUpdate == null ? Action.NO_ACTION : onUpdate;
        match = match == null ? Match.SIMPLE : match;
        deferrability = deferrability == null ? Deferrability.NOT_DEFERRABLE : deferrability;
    }

    public static ForeignKey of(String name, List<String> columns, QualifiedName target, List<String> targetColumns) {
        return new ForeignKey(name, columns, target, targetColumns, Action.NO_ACTION, Action.NO_ACTION,
                Match.SIMPLE, Deferrability.NOT_DEFERRABLE, false, false);
    }

    public ForeignKey withName(String v) {
        return new ForeignKey(v, columns, referencedTable, referencedColumns, onDelete, onUpdate, match, deferrability, notValid, notEnforced);
    }

    public ForeignKey withColumns(List<String> v) {
        return new ForeignKey(name, v, referencedTable, referencedColumns, onDelete, onUpdate, match, deferrability, notValid, notEnforced);
    }

    public ForeignKey withReferencedTable(QualifiedName v) {
        return new ForeignKey(name, columns, v, referencedColumns, onDelete, onUpdate, match, deferrability, notValid, notEnforced);
    }

    public ForeignKey withReferencedColumns(List<String> v) {
        return new ForeignKey(name, columns, referencedTable, v, onDelete, onUpdate, match, deferrability, notValid, notEnforced);
    }

    public ForeignKey withActions(Action delete, Action update) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, delete, update, match, deferrability, notValid, notEnforced);
    }

    public ForeignKey withMatch(Match v) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, v, deferrability, notValid, notEnforced);
    }

    public ForeignKey withDeferrability(Deferrability v) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, match, v, notValid, notEnforced);
    }

    public ForeignKey withNotEnforced(boolean v) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, match, deferrability, notValid, v);
    }

    /** Whether the database holds this key: false for a relationship declared {@link #notEnforced}. */
    public boolean enforced() {
        return !notEnforced;
    }

    public ForeignKey withNotValid(boolean v) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, match, deferrability, v, notEnforced);
    }
}
