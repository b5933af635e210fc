package dev.lintel.app.canvas;

import dev.lintel.model.schema.EnumType;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.View;

/** Turns model tables, views and enum types into {@link TableCard}s. */
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

    // The model keeps a view's query text, not its result columns: only an explicit column list is
    // known, so a view without one is a card with a header only.
    static TableCard of(View view) {
        return new TableCard(ObjectPath.of(ObjectPath.Kind.VIEW, view.name()).toString(), view.name().name(),
                view.name().schema() == null ? "" : view.name().schema(),
                view.comment() == null ? "" : view.comment(),
                view.columnNames().stream().map(c -> plainLine(c)).toList(),
                view.materialized() ? TableCard.Kind.MATERIALIZED_VIEW : TableCard.Kind.VIEW);
    }

    static TableCard of(EnumType type) {
        return new TableCard(ObjectPath.of(ObjectPath.Kind.ENUM, type.name()).toString(), type.name().name(),
                type.name().schema() == null ? "" : type.name().schema(),
                type.comment() == null ? "" : type.comment(),
                type.values().stream().map(v -> plainLine(v)).toList(), TableCard.Kind.ENUM);
    }

    private static ColumnLine plainLine(String name) {
        return new ColumnLine(name, "", false, false, false, false, false, "");
    }
}
