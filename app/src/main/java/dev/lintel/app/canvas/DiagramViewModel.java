package dev.lintel.app.canvas;

import dev.lintel.app.task.BackgroundTask;
import dev.lintel.app.task.TaskExecutor;
import dev.lintel.model.document.Position;
import dev.lintel.model.layout.AutoLayout;
import dev.lintel.model.layout.DiagramLayout;
import dev.lintel.model.lint.LintResult;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.Schema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    /** The user dropped a card at (x, y): its edges are re-routed and the document keeps every position. */
    public void moveCard(String tablePath, double x, double y) {
        Diagram d = diagram.get();
        if (!d.layout().nodes().containsKey(tablePath)) {
            return;
        }
        DiagramLayout moved = d.layout().withNodeAt(tablePath, x, y);
        diagram.set(new Diagram(d.cards(), moved, d.edges()));
        positionsChanged.accept(moved.positions());
    }

    /** Lays out every card again from scratch, ignoring stored positions; the document keeps the result. */
    public void relayoutAll() {
        Schema schema = lastSchema;
        layOut(schema, () -> diagramOf(schema, Map.of()), true, false);
    }

    /**
     * Re-layout Selection / Re-layout Area: lays out these cards again among themselves, off the UI
     * thread, and puts them in the free space nearest to where they were; no other card moves. The
     * document keeps every position, as after a drag.
     */
    public void relayoutCards(java.util.Collection<String> objectPaths) {
        Diagram d = diagram.get();
        java.util.Set<String> chosen = new java.util.HashSet<>(objectPaths);
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
    private Supplier<dev.lintel.model.layout.Rect> visibleArea = () -> null;
    private CanvasEdits edits = CanvasEdits.NONE;

    private void schemaChanged(Schema schema) {
        lastSchema = schema;
        // An edit replaces only the tables it touches: the others keep their cards (a 1,000-table
        // schema would otherwise cost the UI thread a card per table on every key that commits).
        Map<dev.lintel.model.schema.Table, TableCard> previous = cardOfTable;
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
        }, !placed.isEmpty(), edited);
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
        dev.lintel.model.layout.Rect view = visibleArea.get();
        if (view == null || view.width() <= 0 || diagram.get().layout().nodes().isEmpty()) {
            return;
        }
        dev.lintel.model.layout.Size size = CardGeometry.sizeOf(new TableCard(objectPath, "new_table", "", "", List.of()));
        double[] at = FreeSpot.in(view, size.width(), size.height(), diagram.get().layout().nodes().values());
        placeNextAt(objectPath, at[0], at[1]);
    }

    /** The canvas tells which part of the diagram is on screen (diagram units). */
    public void setVisibleArea(Supplier<dev.lintel.model.layout.Rect> area) {
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
     * @param edit the schema is an edit of the one before (the canvas keeps its view)
     */
    private void layOut(Schema schema, java.util.concurrent.Callable<Diagram> work, boolean storeResult, boolean edit) {
        long mine = ++generation;
        if (schema.tables().isEmpty()) {
            show(Diagram.EMPTY, schema, edit);
            return;
        }
        // An edit's diagram is a patch, or places its new cards only: no spinner over the cards
        // (whose animation would have every frame draw them again) for the moment it takes,
        // unless a layout it replaces was showing one.
        layingOut.set(layingOut.get() || !edit);
        executor.submit(BackgroundTask.of("Laying out the diagram", ctx -> work.call())
                .onSuccess(d -> {
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
