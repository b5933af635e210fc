package dev.lintel.app.canvas;

import dev.lintel.app.task.BackgroundTask;
import dev.lintel.app.task.TaskExecutor;
import dev.lintel.model.document.Position;
import dev.lintel.model.layout.AutoLayout;
import dev.lintel.model.layout.DiagramLayout;
import dev.lintel.model.layout.Point;
import dev.lintel.model.layout.Rect;
import dev.lintel.model.layout.Size;
import dev.lintel.model.lint.LintResult;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;

/**
 * The diagram's state: one card per table, where each card is ({@link DiagramLayout}, computed by
 * ELK off the UI thread; stored positions win), how each foreign key is drawn, the lint findings
 * per card, and the selection. Moving a card updates the layout and hands every position to the
 * document, so the arrangement is saved and survives re-opening.
 */
public final class DiagramViewModel {
    /** Everything the canvas draws for one schema, swapped as a whole. */
    public record Diagram(Map<String, TableCard> cards, DiagramLayout layout, Map<String, EdgeStyle> edges) {
        public static final Diagram EMPTY = new Diagram(Map.of(), DiagramLayout.empty(), Map.of());
    }

    private final ReadOnlyObjectWrapper<List<TableCard>> cards = new ReadOnlyObjectWrapper<>(this, "cards", List.of());
    private final ReadOnlyObjectWrapper<Diagram> diagram = new ReadOnlyObjectWrapper<>(this, "diagram", Diagram.EMPTY);
    private final ReadOnlyBooleanWrapper layingOut = new ReadOnlyBooleanWrapper(this, "layingOut");
    private final ReadOnlyObjectProperty<String> selectedObject;
    private final Consumer<String> select;
    private final ObservableStringValue problemTitle;
    private final ObservableStringValue problemDetail;
    private final BooleanBinding empty;
    private final ReadOnlyObjectWrapper<Map<String, CardFindings>> findings = new ReadOnlyObjectWrapper<>(this, "findings", Map.of());
    private final ReadOnlyObjectWrapper<Map<String, CardComments>> comments = new ReadOnlyObjectWrapper<>(this, "comments", Map.of());
    private final ReadOnlyObjectWrapper<Map<String, CardChange>> changes = new ReadOnlyObjectWrapper<>(this, "changes", Map.of());
    private Consumer<String> openComments = table -> { };
    private final DiagramFocus focus = new DiagramFocus(this);
    private final SubjectAreasViewModel subjectAreas = new SubjectAreasViewModel(this);
    private final CardSelection selection;
    private final TaskExecutor executor;
    private final Supplier<Map<String, Position>> storedPositions;
    private final Consumer<Map<String, Position>> positionsChanged;
    // Only the newest layout is shown: a slow layout of an older schema must not replace it.
    private long generation;
    private long findingsGeneration;

    /**
     * @param storedPositions the document's stored card positions, read at each layout
     * @param positionsChanged receives every card's position after the user moved one
     */
    public DiagramViewModel(ObservableValue<Schema> schema, ReadOnlyObjectProperty<String> selectedObject,
                            Consumer<String> select, ObservableStringValue problemTitle,
                            ObservableStringValue problemDetail, ObservableValue<LintResult> lintResult,
                            TaskExecutor executor, Supplier<Map<String, Position>> storedPositions,
                            Consumer<Map<String, Position>> positionsChanged) {
        this.selectedObject = selectedObject;
        this.select = select;
        this.problemTitle = problemTitle;
        this.problemDetail = problemDetail;
        this.executor = Objects.requireNonNull(executor, "executor");
        this.storedPositions = storedPositions;
        this.positionsChanged = positionsChanged;
        this.empty = Bindings.createBooleanBinding(() -> cards.get().isEmpty(), cards);
        this.selection = new CardSelection(this);
        schema.addListener((obs, old, now) -> schemaChanged(now));
        // Indexed on the worker (it reads every finding); the newest lint wins over one in flight.
        lintResult.addListener((obs, old, now) -> {
            long mine = ++findingsGeneration;
            executor.submit(BackgroundTask.of("Placing findings on cards", ctx -> CardFindingsIndex.of(now))
                    .onSuccess(index -> {
                        if (mine == findingsGeneration) {
                            findings.set(index);
                        }
                    }));
        });
        findings.set(CardFindingsIndex.of(lintResult.getValue()));
        schemaChanged(schema.getValue());
    }

    /** Table path to the findings its card shows; updated after each lint, apart from the cards themselves. */
    public ReadOnlyObjectProperty<Map<String, CardFindings>> findingsProperty() {
        return findings.getReadOnlyProperty();
    }

    /** Table path to its open comment threads, for the cards' comment badges; see {@link #reviewChanged}. */
    public ReadOnlyObjectProperty<Map<String, CardComments>> commentsProperty() {
        return comments.getReadOnlyProperty();
    }

    /** The document's review section changed (or a document was opened): recount the open threads per card. */
    public void reviewChanged(dev.lintel.model.document.Review review) {
        comments.set(CardCommentsIndex.of(review));
    }

    /** Table path to what changed on it since the baseline; empty without a baseline. See {@link #showChanges}. */
    public ReadOnlyObjectProperty<Map<String, CardChange>> changesProperty() {
        return changes.getReadOnlyProperty();
    }

    /** The changes since the baseline were recomputed (off the UI thread): the cards show them. */
    public void showChanges(Map<String, CardChange> byTable) {
        changes.set(Map.copyOf(byTable));
    }

    /** What a click on a card's comment badge does with the table's path (the window opens the Review tab on it). */
    public void setOnOpenComments(Consumer<String> action) {
        openComments = Objects.requireNonNull(action, "action");
    }

    /** The user clicked the comment badge of {@code tablePath}: select the table and show its threads. */
    public void openComments(String tablePath) {
        select(tablePath);
        openComments.accept(tablePath);
    }

    /** Which cards are shown: all, or a subject area or a table's neighbours alone. */
    public DiagramFocus focus() {
        return focus;
    }

    /** The document's subject areas, drawn behind their cards and listed in the outline. */
    public SubjectAreasViewModel subjectAreas() {
        return subjectAreas;
    }

    /** The cards selected on the canvas; the window's selected object is one of them. */
    public CardSelection selection() {
        return selection;
    }

    /** The table cards (views and enum types have cards in {@link #diagramProperty()} too). */
    public ReadOnlyObjectProperty<List<TableCard>> cardsProperty() {
        return cards.getReadOnlyProperty();
    }

    /** The laid out diagram; empty until the first layout finished. */
    public ReadOnlyObjectProperty<Diagram> diagramProperty() {
        return diagram.getReadOnlyProperty();
    }

    /** True while a layout runs in the background. */
    public ReadOnlyBooleanProperty layingOutProperty() {
        return layingOut.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> selectedObjectProperty() {
        return selectedObject;
    }

    /** True when there is no table to draw: the view shows its empty state instead. */
    public BooleanBinding emptyProperty() {
        return empty;
    }

    /** Title of the failed import, or null when the last import worked (or none ran). */
    public ObservableStringValue problemTitle() {
        return problemTitle;
    }

    public ObservableStringValue problemDetail() {
        return problemDetail;
    }

    public void select(String objectPath) {
        if (!Objects.equals(objectPath, selectedObject.get())) {
            select.accept(objectPath);
        }
    }

    /**
     * The table whose card stands for the selected object (the table itself, or the table of a
     * selected column, constraint or index), or null.
     */
    public String selectedTable() {
        String selected = selectedObject.get();
        if (selected == null) {
            return null;
        }
        try {
            ObjectPath path = ObjectPath.parse(selected);
            return switch (path.kind()) {
                case TABLE, VIEW, ENUM -> selected;
                case COLUMN, CONSTRAINT, INDEX -> path.ownerPath().toString();
                default -> null;
            };
        } catch (RuntimeException notAPath) {
            return null;
        }
    }

    // Commands --------------------------------------------------------------------------------

    /**
     * Puts one card at (x, y) at once, without an undo entry (the canvas moves cards with
     * {@link #moveCards}); its edges are re-routed and the document keeps every position.
     */
    public void moveCard(String tablePath, double x, double y) {
        placeCards(Map.of(tablePath, new Position(x, y)));
    }

    /**
     * The user dropped dragged cards, or arranged the selection: the cards go to these top-left
     * corners as one undoable step named {@code label} ("Move 3 tables"), through the canvas edits
     * (at once when there are none). Cards that stay where they are are left out.
     */
    public void moveCards(String label, Map<String, Point> to) {
        Map<String, Rect> nodes = diagram.get().layout().nodes();
        Map<String, Point> from = new LinkedHashMap<>();
        Map<String, Point> moving = new LinkedHashMap<>();
        to.forEach((id, p) -> {
            Rect r = nodes.get(id);
            if (r != null && (r.x() != p.x() || r.y() != p.y())) {
                from.put(id, new Point(r.x(), r.y()));
                moving.put(id, p);
            }
        });
        if (moving.isEmpty()) {
            return;
        }
        if (edits == CanvasEdits.NONE) {
            Map<String, Position> at = new LinkedHashMap<>();
            moving.forEach((id, p) -> at.put(id, new Position(p.x(), p.y())));
            placeCards(at);
        } else {
            edits.moveCards(label, from, moving);
        }
    }

    /**
     * Puts cards at these top-left corners (a move, or its undo or redo): their edges are re-routed
     * and the document keeps every position. Cards not in the diagram are ignored.
     */
    public void placeCards(Map<String, Position> at) {
        Diagram d = diagram.get();
        Map<String, Point> points = new LinkedHashMap<>();
        at.forEach((id, p) -> points.put(id, new Point(p.x(), p.y())));
        DiagramLayout moved = d.layout().withNodesAt(points);
        if (moved != d.layout()) {
            diagram.set(new Diagram(d.cards(), moved, d.edges()));
            positionsChanged.accept(moved.positions());
        }
    }

    /** Aligns or distributes the selected cards, as one undoable step ("Align left (4 tables)"). */
    public void arrangeSelection(CardArrangement arrangement) {
        Map<String, Rect> boxes = new LinkedHashMap<>();
        selection.cards().forEach(id -> {
            Rect r = diagram.get().layout().nodes().get(id);
            if (r != null) {
                boxes.put(id, r);
            }
        });
        if (boxes.size() >= arrangement.minimum()) {
            moveCards(arrangement.label() + " (" + cardCount(boxes.keySet()) + ")", arrangement.arrange(boxes));
        }
    }

    /** "table orders", "3 tables", or "3 cards" when views or enum types are among them: for undo labels. */
    public static String cardCount(Collection<String> paths) {
        if (paths.size() == 1) {
            String path = paths.iterator().next();
            int colon = path.indexOf(':');
            String kind = path.substring(0, Math.max(colon, 0));
            return (kind.equals("table") ? "table " : kind + " ") + path.substring(path.lastIndexOf('.') + 1);
        }
        boolean tables = paths.stream().allMatch(p -> p.startsWith("table:"));
        return paths.size() + (tables ? " tables" : " cards");
    }

    /**
     * Pasted tables, about to be added by the next edit, get their places: together as they were
     * copied (or side by side), next to the originals when those are on screen, else somewhere free
     * on screen; no other card moves.
     *
     * @param copiedAt where each new card's original was, by the new card's object path
     * @param originals the object paths of the copied cards in this diagram (none when pasted from elsewhere)
     */
    public void placePasted(List<Table> tables, Map<String, Position> copiedAt,
                            Collection<String> originals) {
        Map<String, Size> sizes = new LinkedHashMap<>();
        tables.forEach(t -> {
            TableCard card = TableCards.of(t);
            sizes.put(card.objectPath(), CardGeometry.sizeOf(card));
        });
        DiagramLayout layout = diagram.get().layout();
        Rect around = originals.stream().map(layout.nodes()::get).filter(Objects::nonNull)
                .reduce(Rect::union).orElse(null);
        PastePlacement.place(sizes, copiedAt, around, visibleArea.get(), layout.nodes().values())
                .forEach((path, p) -> placeNextAt(path, p.x(), p.y()));
    }

    /**
     * Where every card is drawn now, with {@code stored} (the document's own positions) over it:
     * what a saved document keeps, so that opening it again draws the same diagram at once instead
     * of laying out a thousand tables again.
     */
    public Map<String, Position> positionsOver(Map<String, Position> stored) {
        Diagram d = diagram.get();
        Map<String, Position> all = new HashMap<>(d.layout().positions());
        all.keySet().retainAll(d.cards().keySet());
        all.putAll(stored);
        return all;
    }

    /** Lays out every card again from scratch, ignoring stored positions; the document keeps the result. */
    public void relayoutAll() {
        Schema schema = lastSchema;
        layOut(schema, () -> diagramOf(schema, Map.of()), null, true, false);
    }

    /**
     * Re-layout Selection / Re-layout Area: lays out these cards again among themselves, off the UI
     * thread, and puts them in the free space nearest to where they were; no other card moves. The
     * document keeps every position, as after a drag.
     */
    public void relayoutCards(Collection<String> objectPaths) {
        Diagram d = diagram.get();
        Set<String> chosen = new HashSet<>(objectPaths);
        chosen.retainAll(d.layout().nodes().keySet());
        if (chosen.isEmpty()) {
            return;
        }
        long mine = ++generation;
        layingOut.set(true);
        executor.submit(BackgroundTask.of("Laying out " + chosen.size() + (chosen.size() == 1 ? " card" : " cards"),
                        ctx -> AutoLayout.relayout(d.layout(), chosen))
                .onSuccess(layout -> {
                    if (mine == generation) {
                        diagram.set(new Diagram(d.cards(), layout, d.edges()));
                        positionsChanged.accept(layout.positions());
                    }
                })
                .onFinished(() -> {
                    if (mine == generation) {
                        layingOut.set(false);
                    }
                }));
    }

    private Schema lastSchema = Schema.empty();
    // The schema the diagram on show was made from (null before the first), and whether it was an edit.
    private Schema diagramSchema;
    private boolean followsEdit;
    private Map<dev.lintel.model.schema.Table, TableCard> cardOfTable = new java.util.IdentityHashMap<>();
    private final Map<String, Position> nextPositions = new HashMap<>();
    private Supplier<Rect> visibleArea = () -> null;
    private CanvasEdits edits = CanvasEdits.NONE;

    private void schemaChanged(Schema schema) {
        lastSchema = schema;
        // An edit replaces only the tables it touches: the others keep their cards (a 1,000-table
        // schema would otherwise cost the UI thread a card per table on every key that commits).
        Map<Table, TableCard> previous = cardOfTable;
        cardOfTable = new java.util.IdentityHashMap<>();
        List<TableCard> list = schema.tables().stream().map(t -> {
            TableCard c = previous.get(t);
            cardOfTable.put(t, c == null ? TableCards.of(t) : c);
            return cardOfTable.get(t);
        }).toList();
        cards.set(list);
        // An edit (tables kept from the schema before) leaves every card where it is: only new
        // cards are placed, and ELK does not run again over a thousand tables for a comment. When
        // it changed tables in place, the diagram before is patched; anything else is laid out whole.
        boolean edited = schema.tables().stream().anyMatch(previous::containsKey);
        Diagram before = diagram.get();
        Schema beforeSchema = diagramSchema;
        Map<String, Position> document = storedPositions.get();
        Map<String, Position> placed = new HashMap<>(nextPositions);
        nextPositions.clear();
        layOut(schema, () -> {
            if (edited && placed.isEmpty() && beforeSchema != null) {
                Diagram patched = EditedDiagram.of(before, beforeSchema, schema, list, document);
                if (patched != null) {
                    return patched;
                }
            }
            Map<String, Position> stored = new HashMap<>();
            if (edited) {
                stored.putAll(before.layout().positions());
            }
            stored.putAll(document);
            stored.putAll(placed);
            return DiagramContent.of(schema, list, stored);
        }, DiagramContent.quickFirst(schema, list, edited, document, placed), !placed.isEmpty(), edited);
    }


    /**
     * The card of {@code objectPath}, about to be added by the next edit, goes to (x, y) (top-left,
     * diagram units); the document keeps the position with the others.
     */
    public void placeNextAt(String objectPath, double x, double y) {
        nextPositions.put(objectPath, new Position(x, y));
    }

    /** Like {@link #placeNextAt}, somewhere free in the part of the diagram on screen (nowhere in particular without a canvas). */
    public void placeNextInView(String objectPath) {
        Rect view = visibleArea.get();
        if (view == null || view.width() <= 0 || diagram.get().layout().nodes().isEmpty()) {
            return;
        }
        Size size = CardGeometry.sizeOf(new TableCard(objectPath, "new_table", "", "", List.of()));
        double[] at = FreeSpot.in(view, size.width(), size.height(), diagram.get().layout().nodes().values());
        placeNextAt(objectPath, at[0], at[1]);
    }

    /** The canvas tells which part of the diagram is on screen (diagram units). */
    public void setVisibleArea(Supplier<Rect> area) {
        visibleArea = Objects.requireNonNull(area, "area");
    }

    /** What the canvas may change in the schema; {@link CanvasEdits#NONE} until the window sets it. */
    public CanvasEdits edits() {
        return edits;
    }

    public void setEdits(CanvasEdits edits) {
        this.edits = Objects.requireNonNull(edits, "edits");
    }

    /**
     * @param work makes the diagram of {@code schema}, on a worker
     * @param quick makes a first picture to show until {@code work}'s arrives, or null
     * @param edit the schema is an edit of the one before (the canvas keeps its view)
     */
    private void layOut(Schema schema, java.util.concurrent.Callable<Diagram> work, java.util.concurrent.Callable<Diagram> quick,
                        boolean storeResult, boolean edit) {
        long mine = ++generation;
        if (schema.tables().isEmpty()) {
            show(Diagram.EMPTY, schema, edit);
            return;
        }
        // An edit's diagram is a patch, or places its new cards only: no spinner over the cards
        // (whose animation would have every frame draw them again) for the moment it takes,
        // unless a layout it replaces was showing one.
        layingOut.set(layingOut.get() || !edit);
        boolean[] laidOut = {false}; // read and written on the UI thread only
        if (quick != null) {
            // Submitted first: the single worker runs it before the full layout, which replaces it.
            executor.submit(BackgroundTask.of("Placing the cards", ctx -> quick.call())
                    .onSuccess(d -> {
                        if (mine == generation && !laidOut[0]) {
                            show(d, schema, edit);
                        }
                    }));
        }
        executor.submit(BackgroundTask.of("Laying out the diagram", ctx -> work.call())
                .onSuccess(d -> {
                    laidOut[0] = true;
                    if (mine == generation) {
                        show(d, schema, edit);
                        if (storeResult) {
                            positionsChanged.accept(d.layout().positions());
                        }
                    }
                })
                .onFinished(() -> {
                    if (mine == generation) {
                        layingOut.set(false);
                    }
                }));
    }

    private void show(Diagram d, Schema of, boolean edit) {
        diagramSchema = of;
        followsEdit = edit;
        diagram.set(d);
    }

    /**
     * True when the diagram on show came from an edit of the schema before it, so the canvas keeps
     * its zoom and pan and the cards the edit left alone; false for a schema of its own (an import,
     * another document), which the canvas fits to the window.
     */
    public boolean diagramFollowsEdit() {
        return followsEdit;
    }

    /** Cards, sizes, layout and edge styles of a schema: pure, runs on a worker. */
    static Diagram diagramOf(Schema schema, Map<String, Position> stored) {
        return DiagramContent.of(schema, stored);
    }
}
