package dev.lintel.model.ddl.parse;

import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code DROP TABLE|VIEW|INDEX|TYPE|DOMAIN|SEQUENCE|SCHEMA|EXTENSION [IF EXISTS] names [CASCADE]}, H2's trailing
 * IF EXISTS included; routines (kept opaque) through {@link RoutineDrops}.
 */
final class DropStatements {
    private static final java.util.Set<String> ROUTINE_KINDS = java.util.Set.of("FUNCTION", "PROCEDURE", "AGGREGATE", "ROUTINE");
    private DropStatements() {
    }

    static void read(TokenCursor in, SchemaBuilder schema) {
        in.expectWords("DROP");
        in.acceptWords("MATERIALIZED");
        String kind = in.next().upper();
        in.acceptWords("CONCURRENTLY");
        boolean ifExists = in.acceptWords("IF", "EXISTS");
        List<QualifiedName> names = new ArrayList<>();
        List<String> argumentLists = new ArrayList<>();
        do {
            names.add(in.qualifiedName());
            argumentLists.add(in.peek().isSymbol("(") ? in.parenthesizedText() : null);
        } while (in.acceptSymbol(","));
        ifExists |= in.acceptWords("IF", "EXISTS");
        QualifiedName onTable = in.acceptWords("ON") ? in.qualifiedName() : null;
        for (int i = 0; i < names.size(); i++) {
            QualifiedName name = names.get(i);
            if (ROUTINE_KINDS.contains(kind)) {
                if (!RoutineDrops.drop(schema, kind, name, argumentLists.get(i))) {
                    schema.info("DROP " + kind + " " + name + ": not defined by this script, nothing to remove");
                }
                continue;
            }
            boolean found = drop(schema, kind, name, onTable);
            if (!found && !ifExists) {
                schema.warning("DROP " + kind + " of unknown " + name);
            }
        }
    }

    private static boolean drop(SchemaBuilder schema, String kind, QualifiedName written, QualifiedName onTable) {
        QualifiedName name = schema.qualify(written);
        switch (kind) {
            case "TABLE" -> {
                Table.Builder table = schema.table(written);
                if (table == null) {
                    return false;
                }
                schema.tables.remove(table.name());
                schema.releaseName(table.name().schema(), table.name().name());
                schema.forget(ObjectPath.table(table.name()));
                OwnedSequences.dropOwnedBy(schema, table.name(), null);
                return true;
            }
            case "VIEW" -> {
                return schema.views.remove(name) != null;
            }
            case "TYPE" -> {
                return schema.enums.remove(name) != null | schema.opaqueTypes.remove(name);
            }
            case "DOMAIN" -> {
                return schema.domains.remove(name) != null;
            }
            case "SEQUENCE" -> {
                if (schema.sequences.remove(name) == null) {
                    return false;
                }
                schema.releaseName(name.schema(), name.name());
                schema.forget(ObjectPath.of(ObjectPath.Kind.SEQUENCE, name));
                return true;
            }
            case "SCHEMA" -> {
                schema.namespaces.remove(written.name());
                schema.tables.keySet().removeIf(t -> written.name().equals(t.schema()));
                schema.sequences.keySet().removeIf(s -> written.name().equals(s.schema()));
                return true;
            }
            case "EXTENSION" -> {
                return schema.extensions.remove(written.name()) != null;
            }
            case "INDEX" -> {
                return dropIndex(schema, written, onTable);
            }
            default -> {
                schema.info("DROP " + kind + " has nothing to remove from the model");
                return true;
            }
        }
    }

    private static boolean dropIndex(SchemaBuilder schema, QualifiedName written, QualifiedName onTable) {
        for (Table.Builder table : schema.tables.values()) {
            boolean sameSchema = written.schema() == null || written.schema().equals(table.name().schema());
            boolean sameTable = onTable == null || table == schema.table(onTable);
            if (sameSchema && sameTable && table.indexes().removeIf(i -> i.name().equals(written.name()))) {
                schema.releaseName(table.name().schema(), written.name());
                schema.forget(ObjectPath.index(table.name(), written.name()));
                return true;
            }
        }
        return false;
    }
}
