package dev.lintel.model.ddl.render;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.CheckConstraint;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.Constraint;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.EnumType;
import dev.lintel.model.schema.ExclusionConstraint;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.PrimaryKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Sequence;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.UniqueConstraint;
import dev.lintel.model.schema.View;
import java.util.ArrayList;
import java.util.List;

/**
 * Single statements and clauses for one object, spelled exactly as {@link DdlRenderer} spells
 * them in a whole script (same quoting, type names and dialect limitations). The migration
 * planner builds its ALTER statements from these pieces, so a migration and a fresh export of
 * the target schema never disagree on how a name or a type is written.
 *
 * <p>Lookups (enum and domain types, referenced tables) resolve in {@code schema}: pass the
 * schema the statements apply to (for a migration, the target schema).
 */
public final class DdlFragments {
    private final RenderContext ctx;
    private final TypeRenderer types;
    private final ConstraintRenderer constraints;
    private final ColumnRenderer columns;
    private final TableRenderer tables;
    private final IndexRenderer indexes;

    public DdlFragments(Schema schema, Dialect target) {
        this(schema, target, null);
    }

    /** @param sourceDialect the dialect the schema was read from, so names re-fold for another target (see {@link RenderOptions}) */
    public DdlFragments(Schema schema, Dialect target, Dialect sourceDialect) {
        this.ctx = new RenderContext(schema, target, RenderOptions.defaults().withHeaderComment(false)
                .withSourceDialect(sourceDialect));
        this.types = new TypeRenderer(ctx);
        this.constraints = new ConstraintRenderer(ctx);
        this.columns = new ColumnRenderer(ctx, types);
        this.tables = new TableRenderer(ctx, columns, constraints);
        this.indexes = new IndexRenderer(ctx);
    }

    public Dialect dialect() {
        return ctx.target();
    }

    public String ident(String name) {
        return ctx.ident(name);
    }

    public String qualified(QualifiedName name) {
        return ctx.qualified(name);
    }

    public String literal(String value) {
        return ctx.literal(value);
    }

    public String type(DataType type) {
        return types.render(type, new ArrayList<>(), "type " + type);
    }

    /** A column definition as in CREATE TABLE or ADD COLUMN: name, type, default, identity, NOT NULL. */
    public String columnDefinition(Table table, Column column) {
        return columns.render(table, column, new ArrayList<>());
    }

    /** {@code CONSTRAINT name ...} as it follows {@code ALTER TABLE t ADD}; null when the target cannot express it. */
    public String constraintClause(Table table, Constraint constraint) {
        List<String> notes = new ArrayList<>();
        if (constraint instanceof PrimaryKey pk) {
            return constraints.primaryKey(table, pk, notes);
        } else if (constraint instanceof UniqueConstraint u) {
            return constraints.unique(table, u, notes);
        } else if (constraint instanceof ForeignKey fk) {
            return constraints.foreignKey(table, fk, notes);
        } else if (constraint instanceof CheckConstraint c) {
            return constraints.check(table, c, notes);
        }
        return constraints.exclusion(table, (ExclusionConstraint) constraint, notes);
    }

    /** CREATE TABLE with columns and inline constraints (no foreign keys, no NOT VALID checks). */
    public String createTable(Table table) {
        return tables.create(table).sql();
    }

    /** CREATE [UNIQUE] INDEX ...; null when the target cannot build it (H2 expression indexes). */
    public String createIndex(Table table, Index index) {
        Statement s = indexes.create(table, index);
        return s.commentedOut() ? null : s.sql();
    }

    public String createEnum(EnumType e) {
        return "CREATE TYPE " + ctx.qualified(e.name()) + " AS ENUM (" + SqlText.join(e.values(), ctx::literal) + ")";
    }

    public String createSequence(Sequence s) {
        Schema one = Schema.empty().withSequences(List.of(s.withOwnedBy(null).withComment(null)));
        return new SequenceRenderer(new RenderContext(one, ctx.target(), ctx.options()), types).sequences().get(0).sql();
    }

    public String createView(View v) {
        Schema one = Schema.empty().withViews(List.of(v.withComment(null)));
        return new ViewRenderer(new RenderContext(one, ctx.target(), ctx.options())).views().get(0).sql();
    }
}
