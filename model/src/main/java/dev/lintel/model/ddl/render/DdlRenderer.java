package dev.lintel.model.ddl.render;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a schema as DDL for one dialect: deterministic, dependency-ordered, identifiers quoted
 * exactly when needed. What the target cannot express becomes a diagnostic and an SQL comment.
 *
 * <p>Order: schemas, extensions (after schemas because {@code WITH SCHEMA} needs its schema),
 * enum types, domains (base domains first), sequences, tables (partition and inheritance parents
 * first), NOT VALID checks and sequence ownership, foreign keys (as ALTER TABLE, so cycles work)
 * and indexes (in PostgreSQL indexes first), views and materialized views (dependencies by name
 * mention), comments, and opaque
 * statements in source order. Opaque definitions that the model's objects may use (functions,
 * aggregates, types ...) come before the tables; see {@link OpaqueStatements}.
 */
public final class DdlRenderer {

    public RenderResult render(Schema schema, Dialect target) {
        return render(schema, target, RenderOptions.defaults());
    }

    public RenderResult render(Schema schema, Dialect target, RenderOptions options) {
        RenderContext ctx = new RenderContext(schema.normalize(), target, options);
        TypeRenderer types = new TypeRenderer(ctx);
        ConstraintRenderer constraints = new ConstraintRenderer(ctx);
        TableRenderer tables = new TableRenderer(ctx, new ColumnRenderer(ctx, types), constraints);
        NamespaceRenderer namespaces = new NamespaceRenderer(ctx);
        SequenceRenderer sequences = new SequenceRenderer(ctx, types);
        IndexRenderer indexes = new IndexRenderer(ctx);

        List<Table> orderedTables = DependencyOrder.sort(ctx.schema().tables(), DdlRenderer::parents, Table::name);

        Script script = new Script();
        if (options.headerComment()) {
            script.header("DDL for " + ctx.dialectName() + ", written by Lintel");
        }
        script.section(namespaces.schemas());
        script.section(namespaces.extensions());
        script.section(namespaces.enums());
        script.section(new DomainRenderer(ctx, types).domains());
        script.section(sequences.sequences());
        OpaqueStatements opaque = new OpaqueStatements(ctx);
        script.section(opaque.beforeTables());
        script.section(orderedTables.stream().map(tables::create).toList());
        List<Statement> afterTables = new ArrayList<>();
        orderedTables.forEach(t -> afterTables.addAll(tables.notValidChecks(t)));
        afterTables.addAll(sequences.ownership());
        script.section(afterTables);
        // PostgreSQL: foreign keys after the indexes, since a unique index may be what a key references.
        // Elsewhere before them: H2 backs a foreign key with an index it creates itself unless one exists.
        boolean keysAfterIndexes = ctx.is(Dialect.POSTGRES);
        if (!keysAfterIndexes) {
            script.section(foreignKeys(ctx, constraints, orderedTables));
        }
        List<Statement> indexStatements = new ArrayList<>();
        for (Table t : orderedTables) {
            if (t.isPartition() && !ctx.is(Dialect.POSTGRES)) {
                continue;
            }
            for (Index index : t.indexes()) {
                indexStatements.add(indexes.create(t, index));
            }
        }
        script.section(indexStatements);
        if (keysAfterIndexes) {
            script.section(foreignKeys(ctx, constraints, orderedTables));
        }
        script.section(new ViewRenderer(ctx).views());
        script.section(new CommentRenderer(ctx).comments());
        script.section(opaque.afterEverything());
        return new RenderResult(script.text(), ctx.diagnostics());
    }

    private static List<dev.lintel.model.schema.QualifiedName> parents(Table t) {
        List<dev.lintel.model.schema.QualifiedName> parents = new ArrayList<>(t.inherits());
        if (t.partitionOf() != null) {
            parents.add(t.partitionOf());
        }
        return parents;
    }

    private static List<Statement> foreignKeys(RenderContext ctx, ConstraintRenderer constraints, List<Table> tables) {
        List<Statement> out = new ArrayList<>();
        for (Table t : tables) {
            if (t.isPartition() && !ctx.is(Dialect.POSTGRES)) {
                continue;
            }
            for (ForeignKey fk : t.foreignKeys()) {
                List<String> notes = new ArrayList<>();
                String clause = constraints.foreignKey(t, fk, notes);
                if (fk.notEnforced()) {
                    // The database holds no such key; the reader of the DDL still learns of the relationship.
                    // PostgreSQL 18 accepts the statement as written; earlier servers and other dialects do not.
                    notes.add("not enforced: the design declares this relationship, the database holds no constraint");
                    out.add(new Statement("ALTER TABLE " + ctx.qualified(t.name()) + " ADD " + clause + " NOT ENFORCED", notes, true));
                    continue;
                }
                String suffix = constraints.notValidSuffix(fk.notValid(), notes, ConstraintRenderer.subject(t, fk.name()));
                out.add(new Statement("ALTER TABLE " + ctx.qualified(t.name()) + " ADD " + clause + suffix, notes, false));
            }
        }
        return out;
    }
}
