package dev.lintel.model.introspect;

import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.OpaqueObject;
import java.util.Map;
import java.util.Objects;

/**
 * Decides which columns a table lists, per the conventions: a table or inheritance child lists
 * its local columns (PostgreSQL adds the parents' itself); a partition lists only columns whose
 * options (default, NOT NULL) differ from its parent's. What a child changed on an inherited
 * column otherwise (its default, NOT NULL, comment) has no field in the model and becomes an
 * opaque {@code ALTER TABLE} / {@code COMMENT ON COLUMN}, so nothing the database holds is lost.
 */
final class PgInheritedColumns {
    private PgInheritedColumns() {
    }

    static void assign(PgCatalog catalog) {
        for (PgCatalog.TableDraft table : catalog.tables.values()) {
            for (Map.Entry<Integer, Column> e : table.columnsByAttnum.entrySet()) {
                Column column = table.rawByAttnum.get(e.getKey());
                boolean local = table.localByAttnum.getOrDefault(e.getKey(), true);
                if (local && !table.partition) {
                    table.builder.addColumn(e.getValue());
                    continue;
                }
                Column inherited = parentColumn(catalog, table, column.name());
                String inheritedDefault = inherited == null ? null : inherited.defaultExpression();
                boolean inheritedNotNull = inherited != null && !inherited.nullable();
                boolean defaultDiffers = !Objects.equals(column.defaultExpression(), inheritedDefault)
                        && column.generatedExpression() == null && column.identity() == null;
                boolean notNullAdded = !column.nullable() && !inheritedNotNull;
                if (table.partition && (defaultDiffers && column.defaultExpression() != null || notNullAdded
                        || column.comment() != null)) {
                    // Only what CREATE TABLE ... PARTITION OF (c WITH OPTIONS ...) and COMMENT ON can say.
                    table.builder.addColumn(Column.of(column.name(), column.type()).withNullable(column.nullable())
                            .withDefault(defaultDiffers ? column.defaultExpression() : null).withComment(column.comment()));
                    if (defaultDiffers && column.defaultExpression() == null) {
                        dropDefault(catalog, table, column);
                    }
                    continue;
                }
                String alter = "ALTER TABLE " + PgCatalog.qualified(table.name) + " ALTER COLUMN " + PgCatalog.ident(column.name());
                if (defaultDiffers) {
                    catalog.afterwards.add(new OpaqueObject("ALTER TABLE", table.name, alter
                            + (column.defaultExpression() == null ? " DROP DEFAULT" : " SET DEFAULT " + column.defaultExpression())));
                }
                if (notNullAdded) {
                    catalog.afterwards.add(new OpaqueObject("ALTER TABLE", table.name, alter + " SET NOT NULL"));
                }
                if (column.comment() != null && !table.partition) {
                    catalog.afterwards.add(new OpaqueObject("COMMENT", table.name, "COMMENT ON COLUMN "
                            + PgCatalog.qualified(table.name) + "." + PgCatalog.ident(column.name()) + " IS "
                            + PgTypeReader.literal(column.comment())));
                }
            }
        }
    }

    private static void dropDefault(PgCatalog catalog, PgCatalog.TableDraft table, Column column) {
        catalog.afterwards.add(new OpaqueObject("ALTER TABLE", table.name, "ALTER TABLE " + PgCatalog.qualified(table.name)
                + " ALTER COLUMN " + PgCatalog.ident(column.name()) + " DROP DEFAULT"));
    }

    /** The same-named column of the first parent that has it, or null. */
    private static Column parentColumn(PgCatalog catalog, PgCatalog.TableDraft table, String name) {
        for (long parentOid : table.parentOids) {
            PgCatalog.TableDraft parent = catalog.tables.get(parentOid);
            Column c = parent == null ? null : parent.rawColumn(name);
            if (c != null) {
                return c;
            }
        }
        return null;
    }
}
