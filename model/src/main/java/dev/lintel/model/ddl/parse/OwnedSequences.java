package dev.lintel.model.ddl.parse;

import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.ColumnRef;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Sequence;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sequences owned by a column, as PostgreSQL keeps them. A column declared {@code serial} becomes
 * at once what PostgreSQL creates (an integer column, NOT NULL, defaulting to {@code nextval} of
 * a sequence it owns), so later statements (ALTER SEQUENCE, ALTER COLUMN TYPE, renames, drops)
 * change explicit objects; {@link SerialColumns} folds back what still has the serial shape at
 * the end. Renames keep the sequence's name and its owner in step; drops take owned sequences
 * with them.
 */
final class OwnedSequences {
    /** {@code nextval('s'::regclass)} and the older {@code nextval(('s'::text)::regclass)}. */
    private static final Pattern NEXTVAL = Pattern.compile(
            "(?i)nextval\\s*\\(\\s*\\(?\\s*'((?:[^']|'')+)'\\s*(?:::\\s*text\\s*\\)\\s*)?::\\s*regclass\\s*\\)");

    private OwnedSequences() {
    }

    /**
     * The column PostgreSQL makes of {@code c serial} in {@code table}: its sequence (named as
     * PostgreSQL names it, unique among relations) is created, owned by the column.
     */
    static Column declareSerial(SchemaBuilder schema, QualifiedName table, Column column) {
        String name = schema.chooseRelationName(table.schema(), table.name(), column.name(), "seq");
        QualifiedName sequence = new QualifiedName(table.schema(), name);
        schema.sequences.put(sequence, new Sequence(sequence, column.type(), null, null, null, null, null, false,
                new ColumnRef(table, column.name()), null));
        schema.locate(ObjectPath.of(ObjectPath.Kind.SEQUENCE, sequence));
        return column.withSerial(Column.SerialKind.NONE).withNullable(false).withDefault(nextval(schema, sequence));
    }

    /** The default that draws from {@code sequence}, as pg_dump writes it. */
    static String nextval(SchemaBuilder schema, QualifiedName sequence) {
        return "nextval('" + schema.dialect.qualified(sequence).replace("'", "''") + "'::regclass)";
    }

    /** The sequence a default draws from when it is exactly one {@code nextval} call, else null. */
    static QualifiedName nextvalTarget(SchemaBuilder schema, String defaultExpression) {
        if (defaultExpression == null) {
            return null;
        }
        Matcher m = NEXTVAL.matcher(defaultExpression.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return schema.qualify(new TokenCursor(m.group(1).replace("''", "'"), schema.dialect).qualifiedName());
        } catch (DdlSyntaxException e) {
            return null;
        }
    }

    /** {@code ALTER TABLE old RENAME TO renamed} or {@code SET SCHEMA}: owners follow; sequences keep their name (a schema move takes them along). */
    static void tableRenamed(SchemaBuilder schema, QualifiedName old, QualifiedName renamed) {
        for (Sequence s : List.copyOf(schema.sequences.values())) {
            if (s.ownedBy() != null && s.ownedBy().table().equals(old)) {
                Sequence owned = s.withOwnedBy(new ColumnRef(renamed, s.ownedBy().column()));
                schema.sequences.put(s.name(), owned);
                if (!Objects.equals(renamed.schema(), old.schema())) {
                    sequenceRenamed(schema, s.name(), s.name().withSchema(renamed.schema()));
                }
            }
        }
    }

    /** {@code RENAME COLUMN old TO renamed}: the sequences it owns follow. */
    static void columnRenamed(SchemaBuilder schema, QualifiedName table, String old, String renamed) {
        ColumnRef before = new ColumnRef(table, old);
        schema.sequences.replaceAll((name, s) -> before.equals(s.ownedBy()) ? s.withOwnedBy(new ColumnRef(table, renamed)) : s);
    }

    /**
     * A sequence gets a new name (or schema): the map, the relation names and the location follow, and
     * so do the {@code nextval} defaults that use it (PostgreSQL stores them by OID).
     */
    static void sequenceRenamed(SchemaBuilder schema, QualifiedName old, QualifiedName renamed) {
        Sequence s = schema.sequences.remove(old);
        if (s == null) {
            return;
        }
        schema.sequences.put(renamed, new Sequence(renamed, s.type(), s.start(), s.increment(), s.minValue(), s.maxValue(),
                s.cache(), s.cycle(), s.ownedBy(), s.comment()));
        schema.releaseName(old.schema(), old.name());
        schema.reserveRelation(renamed.schema(), renamed.name());
        schema.forget(ObjectPath.of(ObjectPath.Kind.SEQUENCE, old));
        schema.locate(ObjectPath.of(ObjectPath.Kind.SEQUENCE, renamed));
        String drawsFromRenamed = nextval(schema, renamed);
        for (Table.Builder table : schema.tables.values()) {
            table.columns().replaceAll(c -> old.equals(nextvalTarget(schema, c.defaultExpression())) ? c.withDefault(drawsFromRenamed) : c);
        }
    }

    /** DROP TABLE ({@code column} null) or DROP COLUMN: the sequences owned by what is dropped go too. */
    static void dropOwnedBy(SchemaBuilder schema, QualifiedName table, String column) {
        List<QualifiedName> dropped = new ArrayList<>();
        for (Sequence s : schema.sequences.values()) {
            if (s.ownedBy() != null && s.ownedBy().table().equals(table) && (column == null || s.ownedBy().column().equals(column))) {
                dropped.add(s.name());
            }
        }
        for (QualifiedName name : dropped) {
            schema.sequences.remove(name);
            schema.releaseName(name.schema(), name.name());
            schema.forget(ObjectPath.of(ObjectPath.Kind.SEQUENCE, name));
        }
    }
}
