package dev.lintel.model.layout;

import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.Table;
import java.util.List;
import java.util.Objects;

/**
 * A card as the exported diagram prints it, in display form: the SVG and PNG writers draw these
 * and decide nothing about the schema. The app builds them from its canvas cards, so an export
 * shows the markers the canvas shows; {@link #of(Table)} serves model-only callers (the review bundle).
 *
 * @param id the object path, also the id of its box in the {@link DiagramLayout}
 * @param rows a table's or view's columns, an enum type's values
 */
public record DiagramCard(String id, String name, String schemaName, Kind kind, List<Row> rows) {
    /** What the card stands for; each kind has its own look, as on the canvas. */
    public enum Kind {
        TABLE("", "table"), VIEW("view", "view"), MATERIALIZED_VIEW("materialized view", "view"), ENUM("enum", "enum");

        private final String label;
        private final String styleClass;

        Kind(String label, String styleClass) {
            this.label = label;
            this.styleClass = styleClass;
        }

        /** The word printed in the header ("view"), empty for a table. */
        public String label() {
            return label;
        }

        /** The SVG group's class: {@code table}, {@code view} or {@code enum}. */
        public String styleClass() {
            return styleClass;
        }
    }

    /** One row: key markers ("PK FK"), the name, and the type (empty for enum values). */
    public record Row(String markers, String name, String type, boolean key) {
        public Row {
            Objects.requireNonNull(markers, "markers");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }

    public DiagramCard {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        schemaName = schemaName == null ? "" : schemaName;
        rows = List.copyOf(rows);
    }

    /** A table's card with its primary and foreign key markers. */
    public static DiagramCard of(Table t) {
        List<Row> rows = t.columns().stream().map(c -> {
            boolean pk = t.isPrimaryKeyColumn(c.name());
            boolean fk = t.foreignKeys().stream().map(ForeignKey::columns).anyMatch(cols -> cols.contains(c.name()));
            String markers = (pk ? "PK " : "") + (fk ? "FK" : "");
            return new Row(markers.trim(), c.name(), c.type().toString(), pk);
        }).toList();
        return new DiagramCard(ObjectPath.table(t.name()).toString(), t.name().toString(), "", Kind.TABLE, rows);
    }
}
