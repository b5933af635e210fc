package dev.lintel.app.canvas;

/**
 * One column row of a table card, in display form.
 *
 * @param indexed the column leads an index (so lookups by it are covered)
 * @param comment the column comment, or empty
 */
public record ColumnLine(String name, String type, boolean primaryKey, boolean foreignKey, boolean unique,
                         boolean notNull, boolean indexed, String comment) {
}
