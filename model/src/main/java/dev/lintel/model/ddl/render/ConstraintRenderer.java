package dev.lintel.model.ddl.render;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.CheckConstraint;
import dev.lintel.model.schema.Constraint;
import dev.lintel.model.schema.Deferrability;
import dev.lintel.model.schema.ExclusionConstraint;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.PrimaryKey;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.UniqueConstraint;
import java.util.List;
import java.util.Locale;

/**
 * Table constraints as {@code CONSTRAINT name ...} clauses, usable inside CREATE TABLE and after
 * {@code ALTER TABLE ... ADD}. A null result means the target cannot express the constraint at
 * all; the note says why.
 */
final class ConstraintRenderer {
    private final RenderContext ctx;
    private final DefaultExpressions expressions;

    ConstraintRenderer(RenderContext ctx) {
        this.ctx = ctx;
        this.expressions = new DefaultExpressions(ctx);
    }

    String primaryKey(Table table, PrimaryKey pk, List<String> notes) {
        return named(table, pk) + "PRIMARY KEY (" + columns(pk.columns()) + ")"
                + deferrability(pk.deferrability(), notes, subject(table, pk.name()));
    }

    String unique(Table table, UniqueConstraint unique, List<String> notes) {
        String subject = subject(table, unique.name());
        String nulls = "";
        if (unique.nullsNotDistinct()) {
            if (ctx.is(Dialect.MYSQL)) {
                ctx.limitation(notes, "MySQL has no UNIQUE NULLS NOT DISTINCT; " + subject + " treats NULLs as distinct",
                        subject);
            } else {
                nulls = "NULLS NOT DISTINCT ";
            }
        }
        return named(table, unique) + "UNIQUE " + nulls + "(" + columns(unique.columns()) + ")"
                + deferrability(unique.deferrability(), notes, subject);
    }

    /** The clause without NOT VALID: PostgreSQL accepts that only in ALTER TABLE, see {@link #notValidSuffix}. */
    String check(Table table, CheckConstraint check, List<String> notes) {
        String clause = named(table, check) + "CHECK " + SqlText.parenthesized(expressions.portable(check.expression()));
        if (check.noInherit()) {
            if (ctx.is(Dialect.POSTGRES)) {
                clause += " NO INHERIT";
            } else {
                ctx.limitation(notes, ctx.dialectName() + " has no table inheritance; NO INHERIT of "
                        + subject(table, check.name()) + " dropped", subject(table, check.name()));
            }
        }
        return clause;
    }

    String exclusion(Table table, ExclusionConstraint exclusion, List<String> notes) {
        String subject = subject(table, exclusion.name());
        if (!ctx.is(Dialect.POSTGRES)) {
            ctx.limitation(notes, ctx.dialectName() + " has no exclusion constraints; " + subject + " omitted", subject);
            return null;
        }
        String definition = exclusion.definition().strip();
        if (!definition.toUpperCase(Locale.ROOT).startsWith("EXCLUDE")) {
            definition = "EXCLUDE " + definition;
        }
        return named(table, exclusion) + definition + deferrability(exclusion.deferrability(), notes, subject);
    }

    String foreignKey(Table table, ForeignKey fk, List<String> notes) {
        String subject = subject(table, fk.name());
        List<String> targetColumns = fk.referencedColumns();
        if (targetColumns.isEmpty() && ctx.is(Dialect.MYSQL)) {
            // MySQL does not default the referenced columns to the primary key.
            targetColumns = ctx.schema().resolvedReferencedColumns(fk);
        }
        StringBuilder sb = new StringBuilder(named(table, fk))
                .append("FOREIGN KEY (").append(columns(fk.columns())).append(") REFERENCES ")
                .append(ctx.qualified(fk.referencedTable()));
        if (!targetColumns.isEmpty()) {
            sb.append(" (").append(columns(targetColumns)).append(')');
        }
        if (fk.match() != ForeignKey.Match.SIMPLE) {
            if (ctx.is(Dialect.POSTGRES) && fk.match() == ForeignKey.Match.FULL) {
                sb.append(" MATCH FULL");
            } else {
                ctx.limitation(notes, ctx.dialectName() + " does not enforce MATCH " + fk.match() + "; " + subject
                        + " uses MATCH SIMPLE", subject);
            }
        }
        if (fk.onDelete() != ForeignKey.Action.NO_ACTION) {
            sb.append(" ON DELETE ").append(fk.onDelete().sql());
        }
        if (fk.onUpdate() != ForeignKey.Action.NO_ACTION) {
            sb.append(" ON UPDATE ").append(fk.onUpdate().sql());
        }
        sb.append(deferrability(fk.deferrability(), notes, subject));
        return sb.toString();
    }

    /** {@code NOT VALID} for a constraint added by ALTER TABLE; only PostgreSQL can skip validation. */
    String notValidSuffix(boolean notValid, List<String> notes, String subject) {
        if (!notValid) {
            return "";
        }
        if (ctx.is(Dialect.POSTGRES)) {
            return " NOT VALID";
        }
        ctx.limitation(notes, ctx.dialectName() + " validates every constraint; NOT VALID of " + subject + " dropped",
                subject);
        return "";
    }

    static String subject(Table table, String constraintName) {
        return "constraint " + table.name() + "." + (constraintName == null ? "(unnamed)" : constraintName);
    }

    private String deferrability(Deferrability d, List<String> notes, String subject) {
        if (!d.isDeferrable()) {
            return "";
        }
        if (!ctx.is(Dialect.POSTGRES)) {
            ctx.limitation(notes, ctx.dialectName() + " has no deferrable constraints; " + subject
                    + " is checked immediately", subject);
            return "";
        }
        return d == Deferrability.DEFERRABLE_INITIALLY_DEFERRED ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE";
    }

    /**
     * {@code CONSTRAINT name }, or nothing when the target should name the constraint itself: the
     * name is PostgreSQL's default for it and the model did not come from PostgreSQL, so the name
     * was implied rather than chosen (see {@link RenderContext#leavesDefaultConstraintNamesToTarget}).
     */
    private String named(Table table, Constraint constraint) {
        String name = constraint.name();
        if (name == null || ctx.leavesDefaultConstraintNamesToTarget() && DefaultConstraintNames.isDefault(table, constraint)) {
            return "";
        }
        return "CONSTRAINT " + ctx.ident(name) + " ";
    }

    private String columns(List<String> names) {
        return SqlText.join(names, ctx::ident);
    }
}
