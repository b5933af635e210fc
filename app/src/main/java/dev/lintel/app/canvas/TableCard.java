package dev.lintel.app.canvas;

import java.util.List;

/**
 * A table as the diagram draws it, in display form (the view never sees model types).
 *
 * @param objectPath the table's path, used for selection
 * @param comment the table comment, or empty
 */
public record TableCard(String objectPath, String name, String schemaName, String comment, List<ColumnLine> columns) {
    public TableCard {
        columns = List.copyOf(columns);
    }
}
