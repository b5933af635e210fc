package dev.lintel.model.ddl.parse;

import dev.lintel.model.dialect.Identifiers;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.ColumnRef;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Sequence;
import dev.lintel.model.schema.Table;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises serial columns once all statements are applied (pg_dump spells a serial as a
 * sequence, an OWNED BY and a nextval default in three separate statements): exactly the shape
 * the conventions define, nothing looser.
 */
final class SerialColumns {
    /** {@code nextval('s'::regclass)} and the older {@code nextval(('s'::text)::regclass)}. */
    private static final Pattern NEXTVAL = Pattern.compile(
            "(?i)nextval\\s*\\(\\s*\\(?\\s*'((?:[^']|'')+)'\\s*(?:::\\s*text\\s*\\)\\s*)?::\\s*regclass\\s*\\)");

    private SerialColumns() {
    }

    static void resolve(SchemaBuilder schema) {
        for (Table.Builder table : schema.tables.values()) {
            List<Column> columns = table.columns();
            for (int i = 0; i < columns.size(); i++) {
                Column c = columns.get(i);
                Sequence seq = serialSequence(schema, table.name(), c);
                if (seq != null) {
                    columns.set(i, c.withDefault(null).withNullable(false).withSerial(kindFor(c)));
                    schema.sequences.remove(seq.name());
                    schema.forget(ObjectPath.of(ObjectPath.Kind.SEQUENCE, seq.name()));
                }
            }
        }
    }

    private static Sequence serialSequence(SchemaBuilder schema, QualifiedName table, Column c) {
        if (c.defaultExpression() == null || c.nullable() || c.serial() != Column.SerialKind.NONE || c.type().isArray()) {
            return null;
        }
        Column.SerialKind kind = kindFor(c);
        if (kind == Column.SerialKind.NONE) {
            return null;
        }
        Matcher m = NEXTVAL.matcher(c.defaultExpression().strip());
        if (!m.matches()) {
            return null;
        }
        TokenCursor name = new TokenCursor(m.group(1).replace("''", "'"), schema.dialect);
        QualifiedName seqName;
        try {
            seqName = schema.qualify(name.qualifiedName());
        } catch (DdlSyntaxException e) {
            return null;
        }
        Sequence seq = schema.sequences.get(seqName);
        boolean exactShape = seq != null
                && new ColumnRef(table, c.name()).equals(seq.ownedBy())
                && seqName.schema() != null && seqName.schema().equals(table.schema())
                && seqName.name().equals(Identifiers.makeObjectName(table.name(), c.name(), "seq"))
                && seq.type() != null && seq.type().name().equals(c.type().name())
                && seq.start() == null && seq.increment() == null && seq.minValue() == null && seq.maxValue() == null
                && seq.cache() == null && !seq.cycle();
        return exactShape ? seq : null;
    }

    private static Column.SerialKind kindFor(Column c) {
        return switch (c.type().name()) {
            case "integer" -> Column.SerialKind.SERIAL;
            case "bigint" -> Column.SerialKind.BIGSERIAL;
            case "smallint" -> Column.SerialKind.SMALLSERIAL;
            default -> Column.SerialKind.NONE;
        };
    }
}
