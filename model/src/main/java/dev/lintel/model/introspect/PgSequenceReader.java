package dev.lintel.model.introspect;

import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.QualifiedName;
import java.sql.SQLException;

/**
 * Every sequence with its options and owner (the column of {@code OWNED BY} / serial, dependency
 * 'a', or of an identity, dependency 'i'). Whether a sequence stays a {@link dev.lintel.model.schema.Sequence},
 * folds into a serial column or into an identity's options is decided by {@link PgSequenceFolding}.
 */
final class PgSequenceReader {
    /** One sequence as read. {@code nextvalDefault} is the exact default a serial column using it has. */
    record SequenceRow(QualifiedName name, DataType type, long start, long increment, long min, long max, long cache,
                       boolean cycle, String comment, long ownerTable, int ownerAttnum, String ownerKind,
                       String nextvalDefault) {
        boolean ownedByIdentity() {
            return "i".equals(ownerKind);
        }

        boolean ownedByColumn() {
            return "a".equals(ownerKind);
        }
    }

    private PgSequenceReader() {
    }

    static void read(CatalogSession session, PgCatalog catalog) throws SQLException, IntrospectionException {
        session.query("sequences", """
                SELECT c.relnamespace, n.nspname, c.relname, s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache,
                       s.seqcycle, obj_description(c.oid, 'pg_class') AS comment, %s,
                       d.refobjid AS owner_table, d.refobjsubid AS owner_attnum, d.deptype AS owner_kind,
                       format('nextval(%%L::regclass)', c.oid::regclass) AS nextval_default
                FROM pg_sequence s
                JOIN pg_class c ON c.oid = s.seqrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                %s
                LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid
                     AND d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0 AND d.deptype IN ('a', 'i')
                WHERE %s AND %s
                ORDER BY n.nspname, c.relname
                """.formatted(PgTypes.columns("-1", "q"), PgTypes.joins("s.seqtypid", "q"), PgCatalog.USER_NAMESPACE,
                PgCatalog.NOT_EXTENSION_RELATION), row -> {
            if (!catalog.inScope(row.getLong("relnamespace"))) {
                return;
            }
            String ownerKind = row.getString("owner_kind");
            catalog.sequences.add(new SequenceRow(QualifiedName.of(row.getString("nspname"), row.getString("relname")),
                    PgTypes.read(row, "q", 0), row.getLong("seqstart"), row.getLong("seqincrement"), row.getLong("seqmin"),
                    row.getLong("seqmax"), row.getLong("seqcache"), row.getBoolean("seqcycle"), row.getString("comment"),
                    ownerKind == null ? 0 : row.getLong("owner_table"), ownerKind == null ? 0 : row.getInt("owner_attnum"),
                    ownerKind, row.getString("nextval_default")));
        });
        session.progress("sequences", () -> catalog.sequences.size());
    }
}
