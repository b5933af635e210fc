package dev.lintel.model.layout;

import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** What the layout places: one node per table, one edge per foreign key whose target exists. */
public record LayoutGraph(List<LayoutNode> nodes, List<LayoutEdge> edges) {
    public LayoutGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** The schema's tables, sized by {@code sizes} (the app measures its cards), and their foreign keys. */
    public static LayoutGraph of(Schema schema, Function<Table, Size> sizes) {
        List<LayoutNode> nodes = new ArrayList<>(schema.tables().size());
        List<LayoutEdge> edges = new ArrayList<>();
        for (Table t : schema.tables()) {
            Size s = sizes.apply(t);
            nodes.add(new LayoutNode(ObjectPath.table(t.name()).toString(), s.width(), s.height()));
            for (ForeignKey fk : t.foreignKeys()) {
                Optional<Table> target = schema.resolveTable(fk.referencedTable());
                if (target.isPresent()) {
                    edges.add(new LayoutEdge(edgeId(t, fk), ObjectPath.table(target.get().name()).toString(),
                            ObjectPath.table(t.name()).toString()));
                }
            }
        }
        return new LayoutGraph(nodes, edges);
    }

    /** The edge id of a foreign key: its constraint path, or the table and columns when it has no name. */
    public static String edgeId(Table table, ForeignKey fk) {
        String name = fk.name() == null || fk.name().isEmpty() ? "fk(" + String.join(",", fk.columns()) + ")" : fk.name();
        return ObjectPath.constraint(table.name(), name).toString();
    }
}
