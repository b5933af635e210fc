package dev.lintel.app.canvas;

import java.util.List;
import java.util.Objects;

/**
 * A table, view or enum type as the diagram draws it, in display form (the view never sees model
 * types).
 *
 * @param objectPath the object's path, used for selection
 * @param comment the comment, or empty
 * @param columns the columns of a table or view (a view's only when its column list is known), the
 *        values of an enum type
 */
public record TableCard(String objectPath, String name, String schemaName, String comment, List<ColumnLine> columns,
                        Kind kind) {
    /** What the card stands for; each kind has its own card style. */
    public enum Kind {
        TABLE(""), VIEW("view"), MATERIALIZED_VIEW("materialized view"), ENUM("enum");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The word shown in the card's header ("view"), empty for a table. */
        public String label() {
            return label;
        }
    }

    public TableCard {
        columns = List.copyOf(columns);
        Objects.requireNonNull(kind, "kind");
    }

    /** A table's card. */
    public TableCard(String objectPath, String name, String schemaName, String comment, List<ColumnLine> columns) {
        this(objectPath, name, schemaName, comment, columns, Kind.TABLE);
    }
}
