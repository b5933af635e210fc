package dev.lintel.app.canvas;

import dev.lintel.model.layout.DiagramArea;
import dev.lintel.model.layout.DiagramCard;
import dev.lintel.model.layout.DiagramPicture;
import dev.lintel.model.layout.EdgeEnd;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The canvas's diagram as the SVG and PNG exports draw it: the same cards with the same markers
 * ({@link ColumnMarkerText}), the same boxes, the subject areas, non-identifying keys dashed.
 * Pure and free of JavaFX, for the window's export and the headless {@code lintel render}.
 */
public final class ExportPicture {
    private ExportPicture() {
    }

    public static DiagramPicture of(DiagramViewModel.Diagram diagram, List<DiagramArea> areas) {
        Map<String, DiagramCard> cards = new LinkedHashMap<>();
        diagram.cards().forEach((id, card) -> cards.put(id, cardOf(card)));
        Set<String> dashed = new HashSet<>();
        Map<String, EdgeEnd.Pair> ends = new java.util.HashMap<>();
        diagram.edges().forEach((id, style) -> {
            if (!style.identifying() || !style.enforced()) {
                dashed.add(id);
            }
            ends.put(id, EdgeEnd.Pair.of(style.optional(), style.oneToOne()));
        });
        return new DiagramPicture(cards, diagram.layout(), areas, dashed, ends);
    }

    /** The subject areas as the canvas has them (collapsed ones are drawn expanded in an export). */
    public static List<DiagramArea> areasOf(List<SubjectAreaShape> shapes) {
        return shapes.stream().map(a -> new DiagramArea(a.name(), a.colour(), a.members())).toList();
    }

    static DiagramCard cardOf(TableCard card) {
        DiagramCard.Kind kind = switch (card.kind()) {
            case TABLE -> DiagramCard.Kind.TABLE;
            case VIEW -> DiagramCard.Kind.VIEW;
            case MATERIALIZED_VIEW -> DiagramCard.Kind.MATERIALIZED_VIEW;
            case ENUM -> DiagramCard.Kind.ENUM;
        };
        return new DiagramCard(card.objectPath(), card.name(), card.schemaName(), kind, card.columns().stream()
                .map(c -> new DiagramCard.Row(ColumnMarkerText.of(c), c.name(), c.type(), c.primaryKey())).toList());
    }
}
