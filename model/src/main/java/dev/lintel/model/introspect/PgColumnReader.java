package dev.lintel.model.introspect;

import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.Identity;
import java.sql.SQLException;

/**
 * Every column of every table in one query: type (see {@link PgTypes}), NOT NULL, default,
 * identity, generated expression, collation (when it differs from the type's) and comment (a
 * join on pg_description: col_description() is a SQL function run once per column, the slowest
 * part of this query on a large catalog).
 * Which columns a table lists (local ones; options on partitions) is decided afterwards by
 * {@link PgInheritedColumns}, once parents' columns are known too.
 */
final class PgColumnReader {
    private PgColumnReader() {
    }

    static void read(CatalogSession session, PgCatalog catalog) throws SQLException, IntrospectionException {
        int[] count = new int[1];
        session.query("columns", """
                SELECT a.attrelid, a.attnum, a.attname, a.attnotnull, a.attidentity, a.attgenerated, a.attislocal,
                       a.attndims, pg_get_expr(ad.adbin, ad.adrelid) AS expr, dsc.description AS comment,
                       CASE WHEN a.attcollation <> yt.typcollation THEN co.collname END AS collation, %s
                FROM pg_attribute a
                JOIN pg_class c ON c.oid = a.attrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
                LEFT JOIN pg_collation co ON co.oid = a.attcollation
                LEFT JOIN pg_description dsc ON dsc.objoid = a.attrelid AND dsc.classoid = 'pg_class'::regclass
                     AND dsc.objsubid = a.attnum
                %s
                WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p') AND %s
                ORDER BY a.attrelid, a.attnum
                """.formatted(PgTypes.columns("a.atttypmod", "y"), PgTypes.joins("a.atttypid", "y"), PgCatalog.USER_NAMESPACE),
                row -> {
                    PgCatalog.TableDraft table = catalog.tables.get(row.getLong("attrelid"));
                    if (table == null) {
                        return; // outside the schemas read, or owned by an extension
                    }
                    String expr = row.getString("expr");
                    String generated = row.getString("attgenerated");
                    boolean isGenerated = generated != null && !generated.isEmpty();
                    Column column = new Column(row.getString("attname"), PgTypes.read(row, "y", row.getInt("attndims")),
                            !row.getBoolean("attnotnull"), isGenerated ? null : expr, identity(row.getString("attidentity")),
                            Column.SerialKind.NONE, isGenerated ? expr : null, row.getString("collation"),
                            row.getString("comment"));
                    int attnum = row.getInt("attnum");
                    table.columnsByAttnum.put(attnum, column);
                    table.rawByAttnum.put(attnum, column);
                    table.localByAttnum.put(attnum, row.getBoolean("attislocal"));
                    count[0]++;
                });
        session.progress("columns", () -> count[0]);
    }

    private static Identity identity(String code) {
        if ("a".equals(code)) {
            return Identity.always();
        }
        if ("d".equals(code)) {
            return Identity.byDefault();
        }
        return null;
    }
}
