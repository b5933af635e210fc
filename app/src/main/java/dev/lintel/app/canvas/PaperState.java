package dev.lintel.app.canvas;

import dev.lintel.model.layout.DiagramLayout;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the canvas's painted layer (edges, area frames, far-out cards) and the minimap show.
 * Equal states paint the same picture, so the canvas paints again only when its state changed: a
 * repaint marks the whole viewport dirty, and every card node on it is then drawn again (in
 * software rendering, with its shadow), which a lint result or an edit of one card must not cost.
 *
 * @param chosen the cards selected together (multi-selection), which the painted layer highlights too
 * @param cards what far-out cards show (names, findings, changes, search); null while cards are nodes
 */
record PaperState(DiagramLayout layout, Map<String, EdgeStyle> edges, double scale, double translateX, double translateY,
                  double width, double height, String selected, Set<String> chosen, boolean dark, List<SubjectAreaShape> areas,
                  FarCards cards) {

    /** What the far-zoom painting of cards shows besides the layout. */
    record FarCards(Map<String, TableCard> cards, Map<String, CardFindings> findings, Map<String, CardChange> changes,
                    Set<String> searchMatches) {
    }
}
