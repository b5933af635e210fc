package dev.lintel.model.lint;

import java.util.Objects;

/** A rule that reads the whole schema (e.g. cycles in the foreign-key graph); re-run after every edit. */
public abstract non-sealed class SchemaRule implements Rule {
    private final String id;
    private final Category category;
    private final Severity severity;

    protected SchemaRule(String id, Category category, Severity severity) {
        this.id = Objects.requireNonNull(id);
        this.category = Objects.requireNonNull(category);
        this.severity = Objects.requireNonNull(severity);
    }

    public abstract void check(LintContext ctx, FindingCollector out);

    @Override public final String id() { return id; }
    @Override public final Category category() { return category; }
    @Override public final Severity defaultSeverity() { return severity; }
    @Override public final Scope scope() { return Scope.SCHEMA; }

    @Override
    public String toString() {
        return id;
    }
}
