package dev.lintel.model.introspect;

import dev.lintel.model.schema.CheckConstraint;
import dev.lintel.model.schema.Deferrability;
import dev.lintel.model.schema.ExclusionConstraint;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.PrimaryKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.UniqueConstraint;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Primary keys, unique, foreign key, CHECK and exclusion constraints of every table in one
 * query, with their structured parts (column names resolved from conkey/confkey in SQL).
 * Constraints a table got from a parent (inheritance, partitioning) are not listed on it: the
 * parent's definition recreates them. Only exclusion constraints are deparsed whole
 * ({@code pg_get_constraintdef}, the costliest call of the query): the others are read in parts.
 */
final class PgConstraintReader {
    private PgConstraintReader() {
    }

    static void read(CatalogSession session, PgCatalog catalog) throws SQLException, IntrospectionException {
        String nullsNotDistinct = PgCatalogVersions.nullsNotDistinct(catalog.serverVersionNum, "ci");
        int[] count = new int[1];
        session.query("constraints", """
                SELECT k.conrelid, k.conname, k.contype, k.conislocal, k.conparentid <> 0 AS cloned,
                       ARRAY(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY u(attnum, ord)
                             JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum ORDER BY u.ord) AS columns,
                       rn.nspname AS ref_schema, rc.relname AS ref_table,
                       ARRAY(SELECT a.attname::text FROM unnest(k.confkey) WITH ORDINALITY u(attnum, ord)
                             JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.attnum ORDER BY u.ord) AS ref_columns,
                       k.confupdtype, k.confdeltype, k.confmatchtype, k.condeferrable, k.condeferred, k.convalidated,
                       k.connoinherit, pg_get_expr(k.conbin, k.conrelid) AS expression,
                       CASE WHEN k.contype = 'x' THEN pg_get_constraintdef(k.oid) END AS definition, %s AS nulls_not_distinct
                FROM pg_constraint k
                JOIN pg_class c ON c.oid = k.conrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                LEFT JOIN pg_class rc ON rc.oid = k.confrelid
                LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
                LEFT JOIN pg_index ci ON ci.indexrelid = k.conindid
                WHERE k.contype IN ('p', 'u', 'f', 'c', 'x') AND %s
                ORDER BY k.conrelid, k.conname
                """.formatted(nullsNotDistinct, PgCatalog.USER_NAMESPACE), row -> {
            PgCatalog.TableDraft table = catalog.tables.get(row.getLong("conrelid"));
            if (table == null || !row.getBoolean("conislocal") || row.getBoolean("cloned")) {
                return;
            }
            add(row, table);
            count[0]++;
        });
        session.progress("constraints", () -> count[0]);
    }

    private static void add(ResultSet row, PgCatalog.TableDraft table) throws SQLException {
        String name = row.getString("conname");
        List<String> columns = PgTypeReader.strings(row, "columns");
        Deferrability deferrability = deferrability(row);
        switch (row.getString("contype")) {
            case "p" -> table.builder.primaryKey(new PrimaryKey(name, columns, deferrability));
            case "u" -> table.builder.addUnique(new UniqueConstraint(name, columns, row.getBoolean("nulls_not_distinct"),
                    deferrability));
            case "f" -> table.builder.addForeignKey(new ForeignKey(name, columns,
                    QualifiedName.of(row.getString("ref_schema"), row.getString("ref_table")),
                    PgTypeReader.strings(row, "ref_columns"), action(row.getString("confdeltype")),
                    action(row.getString("confupdtype")), match(row.getString("confmatchtype")), deferrability,
                    !row.getBoolean("convalidated"), false)); // NOT ENFORCED keys (PostgreSQL 18) are not read yet
            case "c" -> table.builder.addCheck(new CheckConstraint(name,
                    SqlText.stripOuterParentheses(row.getString("expression")), !row.getBoolean("convalidated"),
                    row.getBoolean("connoinherit")));
            default -> table.builder.addExclusion(new ExclusionConstraint(name, withoutDeferrability(row.getString("definition")),
                    deferrability));
        }
    }

    private static Deferrability deferrability(ResultSet row) throws SQLException {
        if (!row.getBoolean("condeferrable")) {
            return Deferrability.NOT_DEFERRABLE;
        }
        return row.getBoolean("condeferred") ? Deferrability.DEFERRABLE_INITIALLY_DEFERRED
                : Deferrability.DEFERRABLE_INITIALLY_IMMEDIATE;
    }

    /** pg_get_constraintdef appends the deferrability the record keeps apart. */
    private static String withoutDeferrability(String definition) {
        String d = definition.strip();
        for (String suffix : new String[]{" INITIALLY DEFERRED", " DEFERRABLE"}) {
            if (d.endsWith(suffix)) {
                d = d.substring(0, d.length() - suffix.length());
            }
        }
        return d;
    }

    private static ForeignKey.Action action(String code) {
        return switch (code) {
            case "r" -> ForeignKey.Action.RESTRICT;
            case "c" -> ForeignKey.Action.CASCADE;
            case "n" -> ForeignKey.Action.SET_NULL;
            case "d" -> ForeignKey.Action.SET_DEFAULT;
            default -> ForeignKey.Action.NO_ACTION;
        };
    }

    private static ForeignKey.Match match(String code) {
        return switch (code) {
            case "f" -> ForeignKey.Match.FULL;
            case "p" -> ForeignKey.Match.PARTIAL;
            default -> ForeignKey.Match.SIMPLE;
        };
    }
}
