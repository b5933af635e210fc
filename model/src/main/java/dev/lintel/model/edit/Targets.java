package dev.lintel.model.edit;

import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Finding the objects an edit names, with the messages the user sees when they are missing or taken. */
final class Targets {
    private Targets() {
    }

    static Table table(Schema s, QualifiedName name) {
        return s.table(name).orElseThrow(() -> new EditException("There is no table " + name));
    }

    static int tableIndex(Schema s, QualifiedName name) {
        for (int i = 0; i < s.tables().size(); i++) {
            if (s.tables().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new EditException("There is no table " + name);
    }

    static Column column(Table t, String name) {
        return t.column(name).orElseThrow(() -> new EditException("Table " + t.name().name() + " has no column " + name));
    }

    static int columnIndex(Table t, String name) {
        for (int i = 0; i < t.columns().size(); i++) {
            if (t.columns().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new EditException("Table " + t.name().name() + " has no column " + name);
    }

    static void requireFreeTableName(Schema s, QualifiedName name) {
        if (s.table(name).isPresent() || s.view(name).isPresent()) {
            throw new EditException("There is already a table or view named " + name);
        }
    }

    static void requireFreeColumnName(Table t, String name) {
        if (t.hasColumn(name)) {
            throw new EditException("Table " + t.name().name() + " already has a column " + name);
        }
    }

    static Schema onTable(Schema s, QualifiedName name, UnaryOperator<Table> f) {
        List<Table> tables = new ArrayList<>(s.tables());
        int i = tableIndex(s, name);
        tables.set(i, f.apply(tables.get(i)));
        return s.withTables(tables);
    }

    static Table onColumn(Table t, String column, UnaryOperator<Column> f) {
        List<Column> cols = new ArrayList<>(t.columns());
        int i = columnIndex(t, column);
        cols.set(i, f.apply(cols.get(i)));
        return t.withColumns(cols);
    }

    /** Inserts at {@code position}, or at the end when the position is outside the list. */
    static <T> List<T> inserted(List<T> list, int position, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(position >= 0 && position <= out.size() ? position : out.size(), item);
        return out;
    }
}
