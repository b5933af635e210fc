package dev.lintel.app.canvas;

import dev.lintel.model.layout.DiagramLayout;
import dev.lintel.model.layout.Rect;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Affine;

/**
 * The ER canvas: a pannable, zoomable surface over a {@link DiagramLayout}. It keeps the scene
 * graph proportional to the screen: only cards that intersect the viewport exist as nodes (built
 * on first sight and cached), and edges are painted on one viewport-sized canvas with culling.
 * Zoomed out below {@link #DETAIL_SCALE}, cards are painted too (names only), and no card node
 * exists at all. Screen = translate + scale x diagram.
 */
public final class DiagramCanvasView extends Pane {
    public static final double DETAIL_SCALE = 0.45;
    static final double MIN_SCALE = 0.02;
    static final double MAX_SCALE = 3;

    private final DiagramViewModel viewModel;
    private final Canvas paper = new Canvas();
    private final Pane world = new Pane();
    // Set in place, and only when the view moved: a new transform would mark every card dirty.
    private final Affine worldTransform = new Affine();
    // What the paper and the minimap show now; see PaperState.
    private PaperState painted;
    private final Map<String, TableCardView> built = new HashMap<>();
    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", 1);
    private final DoubleProperty translateX = new SimpleDoubleProperty(this, "translateX", 0);
    private final DoubleProperty translateY = new SimpleDoubleProperty(this, "translateY", 0);
    private final ObservableValue<Boolean> dark;
    private final Runnable afterPaint;

    private DiagramLayout shown = DiagramLayout.empty();
    // Tables matching the search (Ctrl+F), or null while no search is active.
    private Set<String> searchMatches;
    // Cards being dragged: they keep their nodes even when dragged off screen.
    private Set<String> dragged = Set.of();
    private boolean fitPending = true;
    // A card selected by pressing on it is already on screen: do not pan under the pointer.
    private boolean selectingHere;
    // The subject-area frames painted last, by area name (tests and hit-testing read them).
    private Map<String, Rect> paintedAreas = Map.of();
    // Presentation mode can hide the findings badges, to talk about the design and nothing else.
    private boolean findingBadges = true;
    private final CanvasEditGestures gestures;

    /** @param afterPaint told after each repaint (the minimap follows the view) */
    public DiagramCanvasView(DiagramViewModel viewModel, ObservableValue<Boolean> dark, Runnable afterPaint) {
        this.viewModel = viewModel;
        this.dark = dark;
        this.afterPaint = afterPaint;
        setId("diagram-canvas");
        getStyleClass().add("diagram-viewport");
        setFocusTraversable(true);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        world.setManaged(false);
        world.setId("diagram-world");
        world.getTransforms().add(worldTransform);
        paper.setManaged(false);
        paper.setMouseTransparent(true);
        getChildren().addAll(paper, world);

        widthProperty().addListener((obs, o, n) -> sizeChanged());
        heightProperty().addListener((obs, o, n) -> sizeChanged());
        scale.addListener((obs, o, n) -> refresh());
        translateX.addListener((obs, o, n) -> refresh());
        translateY.addListener((obs, o, n) -> refresh());
        dark.addListener((obs, o, n) -> refresh());
        viewModel.diagramProperty().addListener((obs, old, now) -> diagramChanged(old, now));
        viewModel.findingsProperty().addListener((obs, o, n) -> {
            built.forEach((id, card) -> card.showFindings(findingBadges ? n.get(id) : null));
            refresh();
        });
        viewModel.commentsProperty().addListener((obs, o, n) -> built.forEach((id, card) -> card.showComments(n.get(id))));
        viewModel.changesProperty().addListener((obs, o, n) -> {
            built.forEach((id, card) -> card.showChange(n.get(id)));
            refresh();
        });
        viewModel.selectedObjectProperty().addListener((obs, o, n) -> {
            markSelection();
            if (!selectingHere) {
                centreOn(viewModel.selectedTable());
            }
            refresh();
        });
        viewModel.selection().cardsProperty().addListener((obs, o, n) -> {
            markSelection();
            refresh();
        });
        // Showing part of the diagram (an area, a table's neighbours) or all of it again fits the view to it.
        viewModel.focus().focusProperty().addListener((obs, o, n) -> {
            shown = projected(viewModel.diagramProperty().get().layout());
            zoomToFit();
            refresh();
        });
        viewModel.subjectAreas().areasProperty().addListener((obs, o, n) -> {
            shown = projected(viewModel.diagramProperty().get().layout());
            refresh();
        });
        setOnContextMenuRequested(e -> {
            String card = cardAt(e.getPickResult().getIntersectedNode(), toWorld(e.getX(), e.getY()));
            // On a selected card the menu is for the whole selection; on another, for that card alone.
            if (card != null && !viewModel.selection().contains(card)) {
                selectHere(() -> viewModel.selection().selectOnly(card));
            }
            new CardContextMenu(viewModel, card, () -> selectHere(() -> viewModel.selection().select(cardsIn(shown.bounds()), false)))
                    .show(this, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        gestures = new CanvasEditGestures(this, viewModel);
        gestures.install();
        viewModel.setVisibleArea(this::visibleArea);
        new CanvasInput(this, viewModel).install();
        diagramChanged(null, viewModel.diagramProperty().get());
    }

    // Properties ------------------------------------------------------------------------------

    public ReadOnlyDoubleProperty scaleProperty() {
        return scale;
    }

    public double scale() {
        return scale.get();
    }

    /** The part of the diagram on screen, in diagram units. */
    public Rect visibleArea() {
        double s = scale.get();
        return new Rect(-translateX.get() / s, -translateY.get() / s, getWidth() / s, getHeight() / s);
    }

    /** The card nodes in the scene graph right now (only the visible ones, and none when zoomed out). */
    public List<TableCardView> cardNodes() {
        return world.getChildren().stream().map(n -> (TableCardView) n).toList();
    }

    /** The subject-area frames painted by the last repaint (only those on screen), by area name. */
    public Map<String, Rect> paintedAreaFrames() {
        return paintedAreas;
    }

    /** The layout on screen (with a card being dragged where it is now). */
    public DiagramLayout shownLayout() {
        return shown;
    }

    // Commands --------------------------------------------------------------------------------

    /** Scales and centres so that the whole diagram is visible (never above 100%). */
    public void zoomToFit() {
        Rect b = shown.bounds();
        for (Rect frame : AreaPainter.frames(shown, viewModel.subjectAreas().areasProperty().get()).values()) {
            b = b.width() <= 0 ? frame : b.union(frame);
        }
        if (getWidth() <= 0 || getHeight() <= 0 || b.width() <= 0) {
            fitPending = true;
            return;
        }
        double s = clamp(Math.min(1, Math.min((getWidth() - 40) / b.width(), (getHeight() - 40) / b.height())));
        setView(s, getWidth() / 2 - s * b.centerX(), getHeight() / 2 - s * b.centerY());
    }

    /** 100%, keeping the centre of the screen where it is. */
    public void zoomToActualSize() {
        zoomAt(1 / scale.get(), getWidth() / 2, getHeight() / 2);
    }

    /** Multiplies the scale by {@code factor}, keeping the diagram point under (x, y) in place. */
    public void zoomAt(double factor, double x, double y) {
        double s = scale.get();
        double next = clamp(s * factor);
        double wx = (x - translateX.get()) / s;
        double wy = (y - translateY.get()) / s;
        setView(next, x - wx * next, y - wy * next);
    }

    /** Pans so that a table's card is in the middle of the screen; zooms in to detail when far out. */
    public void centreOn(String tablePath) {
        Rect r = tablePath == null ? null : shown.nodes().get(tablePath);
        if (r == null || getWidth() <= 0) {
            return;
        }
        double s = Math.max(scale.get(), DETAIL_SCALE);
        Rect view = visibleArea();
        if (s == scale.get() && view.contains(r)) {
            return;
        }
        setView(s, getWidth() / 2 - s * r.centerX(), getHeight() / 2 - s * r.centerY());
    }

    /** Centres the view on a diagram point (the minimap). */
    public void centreOnPoint(double wx, double wy) {
        double s = scale.get();
        setView(s, getWidth() / 2 - s * wx, getHeight() / 2 - s * wy);
    }

    public void panBy(double dx, double dy) {
        setView(scale.get(), translateX.get() + dx, translateY.get() + dy);
    }

    /** Highlights the tables in {@code matches} and fades the rest; null ends the search. */
    public void showSearchMatches(Set<String> matches) {
        searchMatches = matches;
        built.forEach((id, card) -> card.showSearchMatch(matchOf(id)));
        refresh(); // far out, the names are painted: repaint them faded or not
    }

    /** Shows or hides the findings badges on the cards (presentation mode offers to hide them). */
    public void setFindingBadges(boolean show) {
        findingBadges = show;
        built.forEach((id, card) -> card.showFindings(show ? viewModel.findingsProperty().get().get(id) : null));
        refresh();
    }

    private Boolean matchOf(String table) {
        return searchMatches == null ? null : searchMatches.contains(table);
    }

    private void setView(double s, double tx, double ty) {
        scale.set(s);
        translateX.set(tx);
        translateY.set(ty);
    }

    private static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }

    // Drawing ---------------------------------------------------------------------------------

    // A schema of its own (an import, another document) is shown whole, its cards built anew. After
    // an edit the view stays where the user has it and only the cards the edit changed are built
    // again (a card whose comments alone changed takes them in place): the others keep their
    // nodes, so the next pulse styles a card or two, not every card.
    private void diagramChanged(DiagramViewModel.Diagram old, DiagramViewModel.Diagram now) {
        boolean sameDocument = old != null && (old.cards() == now.cards() || viewModel.diagramFollowsEdit());
        if (!sameDocument) {
            built.clear();
            world.getChildren().clear();
        } else if (old.cards() != now.cards()) {
            built.entrySet().removeIf(e -> {
                TableCard next = now.cards().get(e.getKey());
                boolean changed = !e.getValue().card().equals(next) && (next == null || !e.getValue().adopt(next));
                if (changed) {
                    world.getChildren().remove(e.getValue());
                }
                return changed;
            });
        }
        boolean wasEmpty = shown.nodes().isEmpty();
        shown = projected(now.layout());
        if (wasEmpty || !sameDocument) {
            fitPending = true;
        }
        if (fitPending && getWidth() > 0) {
            fitPending = false;
            zoomToFit();
        }
        refresh();
    }

    // What is shown of a layout: the focused cards only, collapsed areas as one box each.
    private DiagramLayout projected(DiagramLayout full) {
        DiagramFocus.Focus f = viewModel.focus().focusProperty().get();
        return DiagramProjection.project(full, f == null ? null : f.members(), viewModel.subjectAreas().areasProperty().get());
    }

    private void sizeChanged() {
        paper.setWidth(getWidth());
        paper.setHeight(getHeight());
        if (fitPending && !shown.nodes().isEmpty() && getWidth() > 0 && getHeight() > 0) {
            fitPending = false;
            zoomToFit();
        }
        refresh();
    }

    /** Brings the scene graph and the painted layer in line with the view. Cheap: culls by box. */
    void refresh() {
        double s = scale.get();
        if (worldTransform.getMxx() != s || worldTransform.getTx() != translateX.get() || worldTransform.getTy() != translateY.get()) {
            worldTransform.setToTransform(s, 0, translateX.get(), 0, s, translateY.get());
        }
        Rect view = visibleArea();
        DiagramViewModel.Diagram d = viewModel.diagramProperty().get();
        String selected = viewModel.selectedTable();
        Set<String> chosen = viewModel.selection().cards();
        boolean detail = s >= DETAIL_SCALE;
        Set<String> wanted = new HashSet<>();
        if (detail) {
            Rect margin = DiagramPainter.grow(view, 40 / s);
            shown.nodes().forEach((id, r) -> {
                if (r.intersects(margin)) {
                    wanted.add(id);
                }
            });
        }
        if (detail) {
            wanted.addAll(dragged);
        }
        world.getChildren().removeIf(n -> !wanted.contains(((TableCardView) n).card().objectPath()));
        Set<String> present = new HashSet<>();
        world.getChildren().forEach(n -> present.add(((TableCardView) n).card().objectPath()));
        for (String id : wanted) {
            Rect r = shown.nodes().get(id);
            TableCardView node = built.computeIfAbsent(id, k -> newCard(d.cards().get(k)));
            if (node == null) {
                continue;
            }
            node.relocate(r.x(), r.y());
            if (!present.contains(id)) {
                node.setSelected(chosen.contains(id));
                world.getChildren().add(node);
            }
        }
        PaperState state = new PaperState(shown, d.edges(), s, translateX.get(), translateY.get(), getWidth(), getHeight(),
                selected, Set.copyOf(chosen), Boolean.TRUE.equals(dark.getValue()), viewModel.subjectAreas().areasProperty().get(),
                detail ? null : new PaperState.FarCards(d.cards(), findingBadges ? viewModel.findingsProperty().get() : Map.of(),
                        viewModel.changesProperty().get(), searchMatches));
        if (!state.equals(painted)) {
            painted = state;
            paint(d, view, selected, chosen, detail);
            afterPaint.run();
        }
    }

    private TableCardView newCard(TableCard card) {
        if (card == null) {
            return null;
        }
        TableCardView view = new TableCardView(card);
        view.showFindings(findingBadges ? viewModel.findingsProperty().get().get(card.objectPath()) : null);
        view.showSearchMatch(matchOf(card.objectPath()));
        view.showComments(viewModel.commentsProperty().get().get(card.objectPath()));
        view.showChange(viewModel.changesProperty().get().get(card.objectPath()));
        view.setOnOpenComments(() -> viewModel.openComments(card.objectPath()));
        view.setOnOpenFindings(() -> gestures.showFindings(view));
        return view;
    }

    private void paint(DiagramViewModel.Diagram d, Rect view, String selected, Set<String> chosen, boolean detail) {
        GraphicsContext g = paper.getGraphicsContext2D();
        g.setTransform(new Affine());
        g.clearRect(0, 0, paper.getWidth(), paper.getHeight());
        double s = scale.get();
        g.setTransform(new Affine(s, 0, translateX.get(), 0, s, translateY.get()));
        DiagramPainter painter = new DiagramPainter(Palette.of(Boolean.TRUE.equals(dark.getValue())));
        AreaPainter areas = new AreaPainter(Boolean.TRUE.equals(dark.getValue()));
        var areaList = viewModel.subjectAreas().areasProperty().get();
        paintedAreas = areas.paintFrames(g, shown, areaList, view, s);
        painter.paintEdges(g, shown, d.edges(), view, selected, s);
        if (!detail) {
            DiagramViewModel.Diagram current = new DiagramViewModel.Diagram(d.cards(), shown, d.edges());
            painter.paintCardsCompact(g, current, findingBadges ? viewModel.findingsProperty().get() : Map.of(), view,
                    chosen, s, searchMatches);
            painter.paintChangeMarks(g, shown, viewModel.changesProperty().get(), view);
        }
        areas.paintCollapsed(g, shown, areaList, view, s);
    }

    private void markSelection() {
        Set<String> chosen = viewModel.selection().cards();
        built.forEach((id, card) -> card.setSelected(chosen.contains(id)));
    }

    // Input (see CanvasInput) ------------------------------------------------------------------

    /**
     * Runs a selection change made on the canvas itself: the card is under the pointer already, so
     * the view does not pan to it as it does when the selection comes from elsewhere.
     */
    void selectHere(Runnable change) {
        boolean was = selectingHere;
        selectingHere = true;
        try {
            change.run();
        } finally {
            selectingHere = was;
        }
    }

    /** Shows dragged cards at these boxes until the drop (the layout changes only then). */
    void showDragged(Map<String, Rect> boxes) {
        dragged = Set.copyOf(boxes.keySet());
        Map<String, dev.lintel.model.layout.Point> at = new HashMap<>();
        boxes.forEach((id, r) -> at.put(id, new dev.lintel.model.layout.Point(r.x(), r.y())));
        shown = shown.withNodesAt(at);
        refresh();
    }

    /** The drag ended (its move applied or refused): the cards are where the layout has them. */
    void endDrag() {
        dragged = Set.of();
        shown = projected(viewModel.diagramProperty().get().layout());
        refresh();
    }

    boolean isDetailed() {
        return scale.get() >= DETAIL_SCALE;
    }

    /**
     * The card under the pointer: the card node that was picked, or, far out where cards are
     * painted, the card whose box holds the diagram point {@code world}; null on the background.
     */
    String cardAt(Node picked, Point2D world) {
        TableCardView node = cardUnder(picked);
        if (node != null) {
            return node.card().objectPath();
        }
        if (isDetailed()) {
            return null;
        }
        Map<String, TableCard> cards = viewModel.diagramProperty().get().cards();
        for (Map.Entry<String, Rect> n : shown.nodes().entrySet()) {
            Rect r = n.getValue();
            if (cards.containsKey(n.getKey()) && world.getX() >= r.x() && world.getX() <= r.maxX()
                    && world.getY() >= r.y() && world.getY() <= r.maxY()) {
                return n.getKey();
            }
        }
        return null;
    }

    /** The cards (not collapsed areas) shown whose boxes meet {@code area} (diagram units). */
    java.util.List<String> cardsIn(Rect area) {
        Map<String, TableCard> cards = viewModel.diagramProperty().get().cards();
        return shown.nodes().entrySet().stream().filter(n -> cards.containsKey(n.getKey()) && n.getValue().intersects(area))
                .map(Map.Entry::getKey).toList();
    }

    Point2D toWorld(double x, double y) {
        double s = scale.get();
        return new Point2D((x - translateX.get()) / s, (y - translateY.get()) / s);
    }

    static TableCardView cardUnder(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof TableCardView card) {
                return card;
            }
        }
        return null;
    }
}
