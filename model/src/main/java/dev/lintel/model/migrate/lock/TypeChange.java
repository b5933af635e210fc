package dev.lintel.model.migrate.lock;

import dev.lintel.model.schema.DataType;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code ALTER COLUMN ... TYPE} costs, from the no-rewrite matrix (rule catalog §2.3,
 * PostgreSQL ALTER TABLE Notes): metadata only, metadata plus index rebuild, or a rewrite of the
 * table and its indexes; and whether existing values may fail the cast or lose precision.
 *
 * @param narrowing existing data may not fit the new type (the statement can fail or truncate)
 */
public record TypeChange(Cost cost, boolean narrowing, String reason) {
    public enum Cost {
        /** Catalog change only (binary-coercible, constraint relaxed). */
        METADATA_ONLY,
        /** No table rewrite, but indexes on the column are rebuilt. */
        INDEX_REBUILD,
        /** Table and every index rewritten under ACCESS EXCLUSIVE. */
        REWRITE,
        /** The old type is not known (no schema); assume the worst. */
        UNKNOWN
    }

    private static final Set<String> VARIABLE_TEXT = Set.of("varchar", "text");
    private static final Set<String> PRECISION_TIME = Set.of("timestamp", "timestamptz", "time", "timetz", "interval");
    /** Storage width order for numeric widening; a move down this list may overflow. */
    private static final List<String> NUMBER_WIDTH = List.of("smallint", "integer", "bigint", "numeric");
    private static final Map<String, Integer> FLOAT_WIDTH = Map.of("real", 4, "double precision", 8, "float", 8);

    public static TypeChange classify(DataType from, DataType to, boolean usingClause) {
        if (from == null || to == null) {
            return new TypeChange(Cost.UNKNOWN, false, "the column's current type is unknown");
        }
        if (from.arrayDimensions() != to.arrayDimensions()) {
            return rewrite(true, "array dimensions change");
        }
        TypeChange base = classifyBase(from, to);
        if (usingClause && base.cost != Cost.REWRITE) {
            return new TypeChange(Cost.REWRITE, base.narrowing, "a USING clause recomputes every value");
        }
        return base;
    }

    private static TypeChange classifyBase(DataType from, DataType to) {
        String a = base(from);
        String b = base(to);
        if (a.equals(b)) {
            return sameBase(a, from, to);
        }
        if (VARIABLE_TEXT.contains(a) && VARIABLE_TEXT.contains(b)) {
            if (b.equals("varchar") && to.length() >= 0) {
                return rewrite(true, "text to bounded varchar(" + to.length() + ") checks every value");
            }
            return meta(a + " to " + b + " is binary-coercible");
        }
        if ((VARIABLE_TEXT.contains(a) || a.equals("char")) && b.equals("citext")
                || a.equals("citext") && VARIABLE_TEXT.contains(b)) {
            return new TypeChange(Cost.INDEX_REBUILD, false, a + " to " + b + " needs no rewrite, but indexes on the column are rebuilt");
        }
        if (a.equals("cidr") && b.equals("inet")) {
            return meta("cidr to inet is binary-coercible");
        }
        if (a.equals("timestamp") && b.equals("timestamptz") || a.equals("timestamptz") && b.equals("timestamp")) {
            return rewrite(false, a + " to " + b + " rewrites unless the session TimeZone is UTC (PostgreSQL 12+)");
        }
        int wa = NUMBER_WIDTH.indexOf(a);
        int wb = NUMBER_WIDTH.indexOf(b);
        if (wa >= 0 && wb >= 0) {
            boolean narrowing = wb < wa || b.equals("numeric") && !to.args().isEmpty();
            return rewrite(narrowing, a + " to " + b + " changes the storage format");
        }
        if (FLOAT_WIDTH.containsKey(a) && FLOAT_WIDTH.containsKey(b)) {
            return rewrite(FLOAT_WIDTH.get(b) < FLOAT_WIDTH.get(a), a + " to " + b + " changes the storage format");
        }
        boolean toText = VARIABLE_TEXT.contains(b) && to.length() < 0;
        return rewrite(!toText, a + " to " + b + " is not binary-coercible" + (toText ? "" : "; values that do not cast fail the statement"));
    }

    private static TypeChange sameBase(String name, DataType from, DataType to) {
        if (from.args().equals(to.args())) {
            return meta("the type does not change");
        }
        if (name.equals("varchar") || name.equals("bit varying")) {
            if (to.args().isEmpty()) {
                return meta("removing the length limit is metadata only");
            }
            if (from.length() >= 0 && to.length() >= from.length()) {
                return meta("widening " + name + "(" + from.length() + ") to (" + to.length() + ") is metadata only");
            }
            return rewrite(true, "shortening the length limit checks every value");
        }
        if (name.equals("numeric")) {
            if (to.args().isEmpty()) {
                return meta("removing numeric's precision is metadata only");
            }
            int p1 = arg(from, 0);
            int s1 = arg(from, 1);
            int p2 = arg(to, 0);
            int s2 = arg(to, 1);
            if (p1 >= 0 && p2 >= p1 && s1 == s2) {
                return meta("increasing numeric precision with the same scale is metadata only");
            }
            boolean narrowing = p1 < 0 || p2 < p1 || s2 < s1 || p2 - s2 < p1 - s1;
            return rewrite(narrowing, "changing numeric's scale or lowering its precision rewrites every value");
        }
        if (PRECISION_TIME.contains(name)) {
            if (to.args().isEmpty() || from.length() >= 0 && to.length() >= from.length()) {
                return meta("raising or removing the fractional-second precision is metadata only");
            }
            return rewrite(false, "lowering the fractional-second precision rounds every value");
        }
        if (name.equals("char")) {
            return rewrite(to.length() >= 0 && (from.length() < 0 || to.length() < from.length()),
                    "char(n) is blank-padded: a length change rewrites every value");
        }
        return rewrite(false, "the type modifiers of " + name + " change");
    }

    private static String base(DataType t) {
        return t.isUserDefined() ? t.userType().name().toLowerCase(java.util.Locale.ROOT) : t.name();
    }

    private static int arg(DataType t, int i) {
        if (t.args().size() <= i) {
            return i == 1 && !t.args().isEmpty() ? 0 : -1;
        }
        try {
            return Integer.parseInt(t.args().get(i).trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static TypeChange meta(String reason) {
        return new TypeChange(Cost.METADATA_ONLY, false, reason);
    }

    private static TypeChange rewrite(boolean narrowing, String reason) {
        return new TypeChange(Cost.REWRITE, narrowing, reason);
    }
}
