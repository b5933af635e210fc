package dev.lintel.app.canvas;

/** One column row of a table card, in display form. */
public record ColumnLine(String name, String type, boolean primaryKey, boolean foreignKey, boolean unique,
                         boolean notNull) {
}
