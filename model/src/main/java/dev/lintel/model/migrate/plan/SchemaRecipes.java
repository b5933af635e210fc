package dev.lintel.model.migrate.plan;

import dev.lintel.model.schema.Namespace;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Schemas (namespaces) the target uses and the current one does not have: created first, so that
 * a new table, type, sequence or view in a new schema has somewhere to go. {@code IF NOT EXISTS}
 * because a schema can exist in the database without holding anything the model shows.
 * Schemas that empty out are left alone: dropping one is a database administrator's decision.
 */
final class SchemaRecipes {
    private final PlanContext ctx;

    SchemaRecipes(PlanContext ctx) {
        this.ctx = ctx;
    }

    void createMissing() {
        Set<String> existing = new TreeSet<>(used(ctx.before));
        String defaultSchema = ctx.sql.dialect().defaultSchema();
        for (String name : new TreeSet<>(used(ctx.after))) {
            if (!existing.contains(name) && !name.equals(defaultSchema)) {
                ctx.out.step(Slot.SCHEMAS, "create-schema", name, "CREATE SCHEMA IF NOT EXISTS " + ctx.sql.ident(name));
            }
        }
    }

    private static Set<String> used(Schema s) {
        Set<String> names = new TreeSet<>();
        Stream.of(s.tables().stream().map(t -> t.name()), s.enums().stream().map(e -> e.name()),
                        s.sequences().stream().map(q -> q.name()), s.views().stream().map(v -> v.name()),
                        s.domains().stream().map(d -> d.name()))
                .flatMap(x -> x)
                .map(QualifiedName::schema)
                .filter(n -> n != null)
                .forEach(names::add);
        s.namespaces().stream().map(Namespace::name).forEach(names::add);
        return names;
    }
}
