package dev.lintel.model.lint;

import dev.lintel.model.schema.Table;
import java.util.Objects;

/**
 * A rule checked once per table, with scope {@link Scope#TABLE} or {@link Scope#NEIGHBOURS}, or
 * {@link Scope#SCHEMA} for an {@link IndexedTableRule} (one table checked against a schema-wide index).
 */
public abstract non-sealed class TableRule implements Rule {
    private final String id;
    private final Category category;
    private final Severity severity;
    private final Scope scope;

    protected TableRule(String id, Category category, Severity severity, Scope scope) {
        if (scope == Scope.SCHEMA && !(this instanceof IndexedTableRule)) {
            throw new IllegalArgumentException("a table rule reads a table or its neighbours: " + id);
        }
        this.id = Objects.requireNonNull(id);
        this.category = Objects.requireNonNull(category);
        this.severity = Objects.requireNonNull(severity);
        this.scope = scope;
    }

    /** Reports the problems of {@code table}; reports only objects of this table (the engine caches per table). */
    public abstract void check(Table table, LintContext ctx, FindingCollector out);

    /** How the engine calls the rule: {@code position} is the table's index in the schema's table list. */
    void checkAt(int position, Table table, LintContext ctx, FindingCollector out) {
        check(table, ctx, out);
    }

    @Override public final String id() { return id; }
    @Override public final Category category() { return category; }
    @Override public final Severity defaultSeverity() { return severity; }
    @Override public final Scope scope() { return scope; }

    @Override
    public String toString() {
        return id;
    }
}
