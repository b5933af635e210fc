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
 */
public record DiagramPicture(Map<String, DiagramCard> cards, DiagramLayout layout, List<DiagramArea> areas,
                             Set<String> dashedEdges) {
    public DiagramPicture {
        cards = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cards));
        areas = List.copyOf(areas);
        dashedEdges = Set.copyOf(dashedEdges);
    }

    /** The schema's tables (no views or enum types, no areas) as placed by {@code layout}. */
    public static DiagramPicture of(Schema schema, DiagramLayout layout) {
        Map<String, DiagramCard> cards = new LinkedHashMap<>();
        Set<String> dashed = new HashSet<>();
        for (Table t : schema.tables()) {
            DiagramCard card = DiagramCard.of(t);
            cards.put(card.id(), card);
            for (ForeignKey fk : t.foreignKeys()) {
                if (t.primaryKey() == null || !t.primaryKey().columns().containsAll(fk.columns())) {
                    dashed.add(LayoutGraph.edgeId(t, fk));
                }
            }
        }
        return new DiagramPicture(cards, layout, List.of(), dashed);
    }
}
