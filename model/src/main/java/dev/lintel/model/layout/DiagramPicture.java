package dev.lintel.model.layout;

import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything an exported diagram shows: the cards, where they are, the subject areas behind them,
 * and which foreign keys are drawn dashed (non-identifying). A value; {@link DiagramDrawing} turns
 * it into shapes.
 *
 * @param cards by object path; a box of the layout without a card is not drawn
 * @param dashedEdges ids of the edges drawn dashed
 * @param ends the crow's-foot markers of each edge by id; an edge without an entry is a plain line
 */
public record DiagramPicture(Map<String, DiagramCard> cards, DiagramLayout layout, List<DiagramArea> areas,
                             Set<String> dashedEdges, Map<String, EdgeEnd.Pair> ends) {
    public DiagramPicture {
        cards = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cards));
        areas = List.copyOf(areas);
        dashedEdges = Set.copyOf(dashedEdges);
        ends = Map.copyOf(ends);
    }

    /** The schema's tables (no views or enum types, no areas) as placed by {@code layout}. */
    public static DiagramPicture of(Schema schema, DiagramLayout layout) {
        Map<String, DiagramCard> cards = new LinkedHashMap<>();
        Set<String> dashed = new HashSet<>();
        Map<String, EdgeEnd.Pair> ends = new java.util.HashMap<>();
        for (Table t : schema.tables()) {
            DiagramCard card = DiagramCard.of(t);
            cards.put(card.id(), card);
            for (ForeignKey fk : t.foreignKeys()) {
                String id = LayoutGraph.edgeId(t, fk);
                if (t.primaryKey() == null || !t.primaryKey().columns().containsAll(fk.columns()) || fk.notEnforced()) {
                    dashed.add(id);
                }
                boolean optional = fk.columns().stream().anyMatch(c -> t.column(c).map(col -> col.nullable()).orElse(true));
                Set<String> keyColumns = new HashSet<>(fk.columns());
                boolean oneToOne = t.uniqueColumnSets().stream().anyMatch(keyColumns::containsAll);
                ends.put(id, EdgeEnd.Pair.of(optional, oneToOne));
            }
        }
        return new DiagramPicture(cards, layout, List.of(), dashed, ends);
    }
}
