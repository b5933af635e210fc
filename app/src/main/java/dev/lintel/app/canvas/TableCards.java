package dev.lintel.app.canvas;

import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.Table;

/** Turns model tables into {@link TableCard}s. */
final class TableCards {
    private TableCards() {
    }

    static TableCard of(Table table) {
        return new TableCard(
                ObjectPath.table(table.name()).toString(),
                table.name().name(),
                table.name().schema() == null ? "" : table.name().schema(),
                table.comment() == null ? "" : table.comment(),
                table.columns().stream().map(c -> {
                    boolean pk = table.isPrimaryKeyColumn(c.name());
                    // A primary key column is NOT NULL by definition; marking it again is noise.
                    return new ColumnLine(c.name(), ColumnMarkers.typeText(c.type()), pk,
                            ColumnMarkers.isForeignKeyColumn(table, c.name()),
                            ColumnMarkers.isUniqueColumn(table, c.name()),
                            !c.nullable() && !pk,
                            table.indexes().stream().anyMatch(i -> !i.leadingColumns().isEmpty() && i.leadingColumns().get(0).equals(c.name())),
                            c.comment() == null ? "" : c.comment());
                }).toList());
    }
}
