package dev.lintel.model.introspect;

import dev.lintel.model.dialect.Identifiers;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.ColumnRef;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.Identity;
import dev.lintel.model.schema.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies the conventions' serial and identity rules to the sequences read:
 * <ul>
 *   <li>an identity's sequence is not listed; its non-default options (and a non-default name)
 *       become the identity's {@code sequenceOptions};</li>
 *   <li>a sequence owned by an integer column whose default is exactly its {@code nextval}, named
 *       as PostgreSQL names a serial's sequence, of the column's type and with default options,
 *       folds into {@code serial/bigserial/smallserial} (the column is NOT NULL);</li>
 *   <li>every other sequence stays, with only its non-default options set (null means default).</li>
 * </ul>
 */
final class PgSequenceFolding {
    private PgSequenceFolding() {
    }

    static void apply(PgCatalog catalog) {
        for (PgSequenceReader.SequenceRow seq : catalog.sequences) {
            PgCatalog.TableDraft table = catalog.tables.get(seq.ownerTable());
            Column column = table == null ? null : table.columnsByAttnum.get(seq.ownerAttnum());
            if (seq.ownedByIdentity() && column != null) {
                replace(table, column, column.withIdentity(new Identity(column.identity() == null
                        ? Identity.Generation.BY_DEFAULT : column.identity().generation(), identityOptions(seq, table, column))));
                continue;
            }
            if (seq.ownedByColumn() && column != null && isSerial(seq, table, column)) {
                replace(table, column, column.withDefault(null).withNullable(false).withSerial(serialKind(column.type())));
                continue;
            }
            ColumnRef owner = seq.ownedByColumn() && column != null ? new ColumnRef(table.name, column.name()) : null;
            Defaults d = Defaults.of(seq.type(), seq.increment());
            catalog.standaloneSequences.add(new Sequence(seq.name(), seq.type(),
                    seq.start() == d.start ? null : seq.start(), seq.increment() == 1 ? null : seq.increment(),
                    seq.min() == d.min ? null : seq.min(), seq.max() == d.max ? null : seq.max(),
                    seq.cache() == 1 ? null : seq.cache(), seq.cycle(), owner, seq.comment()));
        }
    }

    private static boolean isSerial(PgSequenceReader.SequenceRow seq, PgCatalog.TableDraft table, Column column) {
        Column.SerialKind kind = serialKind(column.type());
        Defaults d = Defaults.of(seq.type(), seq.increment());
        return kind != Column.SerialKind.NONE
                && !column.nullable()
                && seq.nextvalDefault().equals(column.defaultExpression())
                && seq.name().schema().equals(table.name.schema())
                && seq.name().name().equals(Identifiers.makeObjectName(table.name.name(), column.name(), "seq"))
                && seq.type().equals(column.type())
                && seq.increment() == 1 && seq.start() == d.start && seq.min() == d.min && seq.max() == d.max
                && seq.cache() == 1 && !seq.cycle();
    }

    /** {@code START WITH 100 INCREMENT BY 10 ...}: only what differs from what the identity would get anyway. */
    private static String identityOptions(PgSequenceReader.SequenceRow seq, PgCatalog.TableDraft table, Column column) {
        List<String> options = new ArrayList<>();
        if (!seq.name().name().equals(Identifiers.makeObjectName(table.name.name(), column.name(), "seq"))
                || !seq.name().schema().equals(table.name.schema())) {
            options.add("SEQUENCE NAME " + PgCatalog.qualified(seq.name()));
        }
        Defaults d = Defaults.of(column.type(), seq.increment());
        if (seq.start() != d.start) {
            options.add("START WITH " + seq.start());
        }
        if (seq.increment() != 1) {
            options.add("INCREMENT BY " + seq.increment());
        }
        if (seq.min() != d.min) {
            options.add("MINVALUE " + seq.min());
        }
        if (seq.max() != d.max) {
            options.add("MAXVALUE " + seq.max());
        }
        if (seq.cache() != 1) {
            options.add("CACHE " + seq.cache());
        }
        if (seq.cycle()) {
            options.add("CYCLE");
        }
        return options.isEmpty() ? null : String.join(" ", options);
    }

    private static void replace(PgCatalog.TableDraft table, Column old, Column updated) {
        for (Map.Entry<Integer, Column> e : table.columnsByAttnum.entrySet()) {
            if (e.getValue() == old) {
                e.setValue(updated);
                return;
            }
        }
    }

    private static Column.SerialKind serialKind(DataType type) {
        if (type.isArray() || type.isUserDefined()) {
            return Column.SerialKind.NONE;
        }
        return switch (type.name()) {
            case "integer" -> Column.SerialKind.SERIAL;
            case "bigint" -> Column.SerialKind.BIGSERIAL;
            case "smallint" -> Column.SerialKind.SMALLSERIAL;
            default -> Column.SerialKind.NONE;
        };
    }

    /** PostgreSQL's defaults for a sequence of {@code type}, ascending or descending. */
    private record Defaults(long start, long min, long max) {
        static Defaults of(DataType type, long increment) {
            long typeMax = switch (type.name()) {
                case "smallint" -> Short.MAX_VALUE;
                case "integer" -> Integer.MAX_VALUE;
                default -> Long.MAX_VALUE;
            };
            long typeMin = switch (type.name()) {
                case "smallint" -> Short.MIN_VALUE;
                case "integer" -> Integer.MIN_VALUE;
                default -> Long.MIN_VALUE;
            };
            return increment > 0 ? new Defaults(1, 1, typeMax) : new Defaults(-1, typeMin, -1);
        }
    }
}
