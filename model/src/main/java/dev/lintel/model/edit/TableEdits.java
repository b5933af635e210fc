package dev.lintel.model.edit;

import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Edits of whole tables: add, rename, move to another schema, drop, comment. */
public final class TableEdits {
    private TableEdits() {
    }

    /** Adds a table at {@code position} in the table list (-1: at the end). */
    public record AddTable(Table table, int position) implements Edit {
        public AddTable {
            Objects.requireNonNull(table, "table");
        }

        public static AddTable atEnd(Table table) {
            return new AddTable(table, -1);
        }

        public String label() {
            return "Add table " + table.name().name();
        }

        public Schema change(Schema s) {
            Targets.requireFreeTableName(s, table.name());
            return s.withTables(Targets.inserted(s.tables(), position, table));
        }

        @Override
        public Edit inverseAgainst(Schema before) {
            return new DropTable(table.name());
        }
    }

    /**
     * Renames a table and every foreign key (in any table, itself included) that points at it;
     * references keep their form (qualified or not), so the written DDL changes only by the name.
     */
    public record RenameTable(QualifiedName table, String newName) implements Edit {
        public String label() {
            return "Rename table " + table.name() + " to " + newName;
        }

        public Schema change(Schema s) {
            return renamed(s, table, table.withName(newName));
        }

        @Override
        public Edit inverseAgainst(Schema before) {
            return new RenameTable(table.withName(newName), table.name());
        }
    }

    /** Moves a table to another schema (namespace); foreign keys that name its schema follow it. */
    public record MoveTable(QualifiedName table, String toSchema) implements Edit {
        public String label() {
            return "Move table " + table.name() + " to schema " + toSchema;
        }

        public Schema change(Schema s) {
            return renamed(s, table, table.withSchema(toSchema));
        }

        @Override
        public Edit inverseAgainst(Schema before) {
            return new MoveTable(table.withSchema(toSchema), table.schema());
        }
    }

    /** Drops a table and the foreign keys of other tables that reference it (as {@code DROP TABLE ... CASCADE} would). */
    public record DropTable(QualifiedName table) implements Edit {
        public String label() {
            return "Drop table " + table.name();
        }

        public Schema change(Schema s) {
            Targets.table(s, table);
            List<Table> out = new ArrayList<>();
            for (Table t : s.tables()) {
                if (t.name().equals(table)) {
                    continue;
                }
                List<ForeignKey> kept = t.foreignKeys().stream().filter(fk -> !pointsAt(s, fk, table)).toList();
                out.add(kept.size() == t.foreignKeys().size() ? t : t.toBuilder().foreignKeys(kept).build());
            }
            return s.withTables(out);
        }
    }

    /** Sets or clears (null or blank) a table's comment. */
    public record SetTableComment(QualifiedName table, String comment) implements Edit {
        public String label() {
            return "Edit comment of table " + table.name();
        }

        public Schema change(Schema s) {
            return Targets.onTable(s, table, t -> t.withComment(blankToNull(comment)));
        }

        @Override
        public Edit inverseAgainst(Schema before) {
            return new SetTableComment(table, Targets.table(before, table).comment());
        }
    }

    /** The foreign keys of other tables (and the table's own self-references) that point at {@code target}. */
    public static List<String> dependentForeignKeys(Schema s, QualifiedName target) {
        List<String> out = new ArrayList<>();
        for (Table t : s.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (!t.name().equals(target) && pointsAt(s, fk, target)) {
                    out.add(t.name().name() + "." + fk.name());
                }
            }
        }
        return out;
    }

    static boolean pointsAt(Schema s, ForeignKey fk, QualifiedName target) {
        return s.resolveTable(fk.referencedTable()).map(t -> t.name().equals(target)).orElse(false);
    }

    private static Schema renamed(Schema s, QualifiedName from, QualifiedName to) {
        Targets.table(s, from);
        if (from.equals(to)) {
            return s;
        }
        Targets.requireFreeTableName(s, to);
        List<Table> out = new ArrayList<>(s.tables().size());
        for (Table t : s.tables()) {
            Table.Builder b = null;
            if (t.name().equals(from)) {
                b = t.toBuilder().name(to);
            }
            if (t.foreignKeys().stream().anyMatch(fk -> pointsAt(s, fk, from))) {
                b = b == null ? t.toBuilder() : b;
                b.foreignKeys(t.foreignKeys().stream()
                        .map(fk -> pointsAt(s, fk, from) ? fk.withReferencedTable(retarget(fk.referencedTable(), to)) : fk)
                        .toList());
            }
            if (from.equals(t.partitionOf()) || t.inherits().contains(from)) {
                b = b == null ? t.toBuilder() : b;
                b.partitionOf(from.equals(t.partitionOf()) ? to : t.partitionOf(), t.partitionBound());
                b.inherits(t.inherits().stream().map(p -> p.equals(from) ? to : p).toList());
            }
            out.add(b == null ? t : b.build());
        }
        return s.withTables(out);
    }

    // An unqualified reference stays unqualified: it resolves by name, and writing it back as the
    // user wrote it keeps the round trip exact.
    private static QualifiedName retarget(QualifiedName ref, QualifiedName to) {
        return ref.schema() == null ? QualifiedName.unqualified(to.name()) : to;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
