package dev.lintel.model.ddl.parse;

import dev.lintel.model.dialect.Identifiers;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.ColumnRef;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Sequence;
import dev.lintel.model.schema.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recognises serial columns once all statements are applied: a declared serial is an explicit
 * sequence from its declaration on ({@link OwnedSequences}), and pg_dump spells one as a sequence,
 * an OWNED BY and a nextval default in three separate statements. Exactly the shape the
 * conventions define folds back into {@code serial}, nothing looser: whatever history changed
 * (a renamed table, a retyped column or sequence, altered options) stays explicit.
 */
final class SerialColumns {
    private SerialColumns() {
    }

    static void resolve(SchemaBuilder schema) {
        Map<QualifiedName, Integer> users = new HashMap<>();
        for (Table.Builder table : schema.tables.values()) {
            for (Column c : table.columns()) {
                QualifiedName seq = OwnedSequences.nextvalTarget(schema, c.defaultExpression());
                if (seq != null) {
                    users.merge(seq, 1, Integer::sum);
                }
            }
        }
        for (Table.Builder table : schema.tables.values()) {
            List<Column> columns = table.columns();
            for (int i = 0; i < columns.size(); i++) {
                Column c = columns.get(i);
                Sequence seq = serialSequence(schema, table.name(), c);
                // A sequence other columns draw from too must stay: the serial would hide it from them.
                if (seq != null && users.get(seq.name()) == 1) {
                    columns.set(i, c.withDefault(null).withNullable(false).withSerial(kindFor(c)));
                    schema.sequences.remove(seq.name());
                    schema.forget(ObjectPath.of(ObjectPath.Kind.SEQUENCE, seq.name()));
                }
            }
        }
    }

    private static Sequence serialSequence(SchemaBuilder schema, QualifiedName table, Column c) {
        if (c.nullable() || c.serial() != Column.SerialKind.NONE || c.type().isArray() || kindFor(c) == Column.SerialKind.NONE) {
            return null;
        }
        QualifiedName seqName = OwnedSequences.nextvalTarget(schema, c.defaultExpression());
        Sequence seq = seqName == null ? null : schema.sequences.get(seqName);
        boolean exactShape = seq != null
                && new ColumnRef(table, c.name()).equals(seq.ownedBy())
                && seqName.schema() != null && seqName.schema().equals(table.schema())
                && seqName.name().equals(Identifiers.makeObjectName(table.name(), c.name(), "seq"))
                && seq.type() != null && seq.type().name().equals(c.type().name())
                && seq.start() == null && seq.increment() == null && seq.minValue() == null && seq.maxValue() == null
                && seq.cache() == null && !seq.cycle() && seq.comment() == null;
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
