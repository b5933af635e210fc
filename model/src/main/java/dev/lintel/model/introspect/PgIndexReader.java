package dev.lintel.model.introspect;

import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.IndexKey;
import dev.lintel.model.schema.OpaqueObject;
import dev.lintel.model.schema.QualifiedName;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Indexes of every table in one query, in structured parts: access method, key columns or
 * expressions ({@code pg_get_indexdef(oid, k, true)}), per-key collation, operator class and
 * order (non-defaults only), INCLUDE columns, predicate, uniqueness, NULLS NOT DISTINCT (15+).
 * Left out per the conventions, on the server so that their keys are never deparsed: indexes
 * backing a primary key, unique or exclusion constraint, and index partitions attached to an
 * index of the partitioned parent. Only expression keys are deparsed ({@code pg_get_indexdef}
 * per key is costly), and whole definitions only for materialized views. Operator classes and
 * collations are looked up by oid in scalar subqueries: written as joins, the planner hashed all
 * of pg_collation (800 rows) once per index, which was most of the query's time. Indexes of
 * materialized views have no place in the model's {@code View}: they stay opaque {@code CREATE INDEX}.
 */
final class PgIndexReader {
    private static final int DESC = 1;
    private static final int NULLS_FIRST = 2;

    private PgIndexReader() {
    }

    static void read(CatalogSession session, PgCatalog catalog) throws SQLException, IntrospectionException {
        String nullsNotDistinct = PgCatalogVersions.nullsNotDistinct(catalog.serverVersionNum, "i");
        int[] count = new int[1];
        session.query("indexes", """
                SELECT i.indrelid, ic.relname, am.amname, i.indisunique, %s AS nulls_not_distinct, i.indnkeyatts,
                       ARRAY(SELECT u.attnum FROM unnest(i.indkey::int2[]) WITH ORDINALITY u(attnum, ord) ORDER BY u.ord) AS attnums,
                       ARRAY(SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY u(attnum, ord)
                             LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = u.attnum ORDER BY u.ord) AS names,
                       ARRAY(SELECT CASE WHEN u.attnum = 0 THEN pg_get_indexdef(i.indexrelid, u.ord::int, true) END
                             FROM unnest(i.indkey::int2[]) WITH ORDINALITY u(attnum, ord)
                             WHERE u.ord <= i.indnkeyatts ORDER BY u.ord) AS key_texts,
                       ARRAY(SELECT u.opt FROM unnest(i.indoption::int2[]) WITH ORDINALITY u(opt, ord) ORDER BY u.ord) AS key_options,
                       ARRAY(SELECT (SELECT CASE WHEN o.opcdefault THEN NULL WHEN opn.nspname = 'pg_catalog' THEN quote_ident(o.opcname)
                                                 ELSE quote_ident(opn.nspname) || '.' || quote_ident(o.opcname) END
                                     FROM pg_opclass o JOIN pg_namespace opn ON opn.oid = o.opcnamespace WHERE o.oid = u.opc)
                             FROM unnest(i.indclass::oid[]) WITH ORDINALITY u(opc, ord)
                             ORDER BY u.ord) AS opclasses,
                       ARRAY(SELECT CASE WHEN u.coll = 0 OR u.coll = COALESCE(
                                             (SELECT a.attcollation FROM pg_attribute a WHERE a.attrelid = i.indrelid
                                              AND a.attnum = (i.indkey::int2[])[array_lower(i.indkey::int2[], 1) + u.ord::int - 1]
                                              AND a.attnum > 0), 100) THEN NULL
                                         ELSE (SELECT co.collname::text FROM pg_collation co WHERE co.oid = u.coll) END
                             FROM unnest(i.indcollation::oid[]) WITH ORDINALITY u(coll, ord)
                             ORDER BY u.ord) AS collations,
                       pg_get_expr(i.indpred, i.indrelid, true) AS predicate,
                       CASE WHEN c.relkind = 'm' THEN pg_get_indexdef(i.indexrelid) END AS definition
                FROM pg_index i
                JOIN pg_class ic ON ic.oid = i.indexrelid
                JOIN pg_class c ON c.oid = i.indrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                JOIN pg_am am ON am.oid = ic.relam
                WHERE c.relkind IN ('r', 'p', 'm') AND %s AND NOT ic.relispartition
                  AND i.indexrelid NOT IN (SELECT k.conindid FROM pg_constraint k WHERE k.contype IN ('p', 'u', 'x'))
                ORDER BY i.indrelid, ic.relname
                """.formatted(nullsNotDistinct, PgCatalog.USER_NAMESPACE), row -> {
            long relation = row.getLong("indrelid");
            PgCatalog.TableDraft table = catalog.tables.get(relation);
            if (table != null) {
                table.builder.addIndex(index(row));
                count[0]++;
                return;
            }
            QualifiedName matview = catalog.matviews.get(relation);
            if (matview != null) {
                catalog.afterwards.add(new OpaqueObject("INDEX", QualifiedName.of(matview.schema(), row.getString("relname")),
                        row.getString("definition")));
            }
        });
        session.progress("indexes", () -> count[0]);
    }

    private static Index index(ResultSet row) throws SQLException {
        List<String> attnums = PgTypeReader.strings(row, "attnums");
        List<String> names = PgTypeReader.strings(row, "names");
        List<String> texts = PgTypeReader.strings(row, "key_texts");
        List<String> options = PgTypeReader.strings(row, "key_options");
        List<String> opclasses = PgTypeReader.strings(row, "opclasses");
        List<String> collations = PgTypeReader.strings(row, "collations");
        int keyCount = row.getInt("indnkeyatts");
        List<IndexKey> keys = new ArrayList<>();
        for (int k = 0; k < keyCount; k++) {
            boolean column = !attnums.get(k).equals("0");
            int option = k < options.size() ? Integer.parseInt(options.get(k)) : 0;
            boolean desc = (option & DESC) != 0;
            boolean nullsFirst = (option & NULLS_FIRST) != 0;
            IndexKey.NullsOrder nulls = desc == nullsFirst ? IndexKey.NullsOrder.DEFAULT
                    : nullsFirst ? IndexKey.NullsOrder.FIRST : IndexKey.NullsOrder.LAST;
            keys.add(new IndexKey(column ? names.get(k) : null, column ? null : texts.get(k),
                    at(collations, k), at(opclasses, k), desc ? IndexKey.SortOrder.DESC : IndexKey.SortOrder.ASC, nulls));
        }
        List<String> include = new ArrayList<>(names.subList(keyCount, names.size()));
        return new Index(row.getString("relname"), row.getBoolean("indisunique"), row.getString("amname"), keys, include,
                SqlText.stripOuterParentheses(row.getString("predicate")), row.getBoolean("nulls_not_distinct"));
    }

    private static String at(List<String> list, int i) {
        return i < list.size() ? list.get(i) : null;
    }
}
