package dev.lintel.app.canvas;

import dev.lintel.model.lint.LintResult;
import dev.lintel.model.schema.Schema;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;

/**
 * The placeholder diagram: one card per table, in schema order. The real canvas (layout, edges,
 * zoom) replaces it in a later issue; this view-model's contract (cards, selection, empty state)
 * is what it will keep.
 */
public final class DiagramViewModel {
    private final ReadOnlyObjectWrapper<List<TableCard>> cards = new ReadOnlyObjectWrapper<>(this, "cards", List.of());
    private final ReadOnlyObjectProperty<String> selectedObject;
    private final Consumer<String> select;
    private final ObservableStringValue problemTitle;
    private final ObservableStringValue problemDetail;
    private final BooleanBinding empty;
    private final ReadOnlyObjectWrapper<Map<String, CardFindings>> findings = new ReadOnlyObjectWrapper<>(this, "findings", Map.of());

    public DiagramViewModel(ObservableValue<Schema> schema, ReadOnlyObjectProperty<String> selectedObject,
                            Consumer<String> select, ObservableStringValue problemTitle,
                            ObservableStringValue problemDetail, ObservableValue<LintResult> lintResult) {
        this.selectedObject = selectedObject;
        this.select = select;
        this.problemTitle = problemTitle;
        this.problemDetail = problemDetail;
        schema.addListener((obs, old, now) -> cards.set(cardsOf(now)));
        cards.set(cardsOf(schema.getValue()));
        this.empty = Bindings.createBooleanBinding(() -> cards.get().isEmpty(), cards);
        lintResult.addListener((obs, old, now) -> findings.set(CardFindingsIndex.of(now)));
        findings.set(CardFindingsIndex.of(lintResult.getValue()));
    }

    /** Table path to the findings its card shows; updated after each lint, apart from the cards themselves. */
    public ReadOnlyObjectProperty<Map<String, CardFindings>> findingsProperty() {
        return findings.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<TableCard>> cardsProperty() {
        return cards.getReadOnlyProperty();
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

    private static List<TableCard> cardsOf(Schema schema) {
        return schema.tables().stream().map(TableCards::of).toList();
    }
}
