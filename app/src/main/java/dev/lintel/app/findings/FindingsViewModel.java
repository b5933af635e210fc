package dev.lintel.app.findings;

import dev.lintel.app.task.BackgroundTask;
import dev.lintel.app.task.TaskExecutor;
import dev.lintel.model.lint.Finding;
import dev.lintel.model.lint.Fix;
import dev.lintel.model.lint.LintResult;
import dev.lintel.model.schema.ObjectPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Findings pane: the active findings of the latest lint, filtered by severity, their counts,
 * and the selected finding with its rule's doc. Selecting a finding selects its table everywhere.
 */
public final class FindingsViewModel {
    private final TaskExecutor executor;
    private final Consumer<String> selectObject;
    private final Map<String, RuleDoc> docCache = new HashMap<>();
    private long generation;

    // Properties ------------------------------------------------------------------------------
    private final ObservableList<FindingRow> rows = FXCollections.observableArrayList();
    private final FilteredList<FindingRow> visibleRows = new FilteredList<>(rows);
    private final ObjectProperty<SeverityFilter> filter = new SimpleObjectProperty<>(this, "filter", SeverityFilter.ALL);
    private final ReadOnlyIntegerWrapper errors = new ReadOnlyIntegerWrapper(this, "errors");
    private final ReadOnlyIntegerWrapper warnings = new ReadOnlyIntegerWrapper(this, "warnings");
    private final ReadOnlyIntegerWrapper infos = new ReadOnlyIntegerWrapper(this, "infos");
    private final ReadOnlyObjectWrapper<FindingRow> selectedFinding = new ReadOnlyObjectWrapper<>(this, "selectedFinding");
    private final ReadOnlyObjectWrapper<RuleDoc> ruleDoc = new ReadOnlyObjectWrapper<>(this, "ruleDoc");
    private final ReadOnlyBooleanWrapper linted = new ReadOnlyBooleanWrapper(this, "linted");

    public FindingsViewModel(ObservableValue<LintResult> lintResult, TaskExecutor executor, Consumer<String> selectObject) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.selectObject = Objects.requireNonNull(selectObject, "selectObject");
        visibleRows.predicateProperty().bind(filter);
        lintResult.addListener((obs, old, now) -> show(now));
        show(lintResult.getValue());
    }

    /** The findings that pass the severity filter, in rule order; the view sorts its own copy. */
    public ObservableList<FindingRow> visibleFindings() {
        return visibleRows;
    }

    public ObservableList<FindingRow> allFindings() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ObjectProperty<SeverityFilter> filterProperty() {
        return filter;
    }

    public ReadOnlyIntegerProperty errorCountProperty() {
        return errors.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty warningCountProperty() {
        return warnings.getReadOnlyProperty();
    }

    /** Info and hint findings together. */
    public ReadOnlyIntegerProperty infoCountProperty() {
        return infos.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FindingRow> selectedFindingProperty() {
        return selectedFinding.getReadOnlyProperty();
    }

    /** The doc of the selected finding's rule, or null while nothing is selected (or it is loading). */
    public ReadOnlyObjectProperty<RuleDoc> ruleDocProperty() {
        return ruleDoc.getReadOnlyProperty();
    }

    /** False until the first lint result arrives: the list's placeholder says "linting", not "clean". */
    public ReadOnlyBooleanProperty lintedProperty() {
        return linted.getReadOnlyProperty();
    }

    // Commands --------------------------------------------------------------------------------

    /** Selects a finding: its table becomes the selection everywhere, its rule's doc is shown. */
    public void showFinding(FindingRow row) {
        selectedFinding.set(row);
        if (row == null) {
            ruleDoc.set(null);
            return;
        }
        if (row.tablePath() != null) {
            selectObject.accept(row.tablePath());
        }
        loadDoc(row.ruleId());
    }

    private void loadDoc(String ruleId) {
        RuleDoc cached = docCache.get(ruleId);
        if (cached != null) {
            ruleDoc.set(cached);
            return;
        }
        ruleDoc.set(null);
        executor.submit(BackgroundTask.of("Reading the doc of " + ruleId, ctx -> RuleDocs.load(ruleId))
                .onSuccess(doc -> {
                    docCache.put(ruleId, doc);
                    FindingRow selected = selectedFinding.get();
                    if (selected != null && selected.ruleId().equals(ruleId)) {
                        ruleDoc.set(doc);
                    }
                })
                .onFailure(error -> ruleDoc.set(RuleDoc.missing(ruleId))));
    }

    // The rows are made and compared on the worker; the list then changes where the lint's findings
    // did (after an edit, a few rows or none), and the newest result wins over one still in flight.
    private void show(LintResult result) {
        long mine = ++generation;
        if (result == null) {
            rows.clear();
            linted.set(false);
            counted();
            return;
        }
        List<FindingRow> shown = List.copyOf(rows);
        executor.submit(BackgroundTask.of("Listing findings",
                        ctx -> RowsChange.between(shown, result.active().stream().map(FindingsViewModel::rowOf).toList()))
                .onSuccess(change -> {
                    if (mine == generation) {
                        change.applyTo(rows);
                        linted.set(true);
                        counted();
                    }
                })
                .onFailure(Throwable::printStackTrace));
    }

    private void counted() {
        int e = 0;
        int w = 0;
        int i = 0;
        for (FindingRow r : rows) {
            if (r.severity() == FindingSeverity.ERROR) {
                e++;
            } else if (r.severity() == FindingSeverity.WARNING) {
                w++;
            } else if (r.severity().isInfoLike()) {
                i++;
            }
        }
        errors.set(e);
        warnings.set(w);
        infos.set(i);
        // Keep the selected finding when the same one is still there after a relint.
        FindingRow selected = selectedFinding.get();
        if (selected != null && !rows.contains(selected)) {
            selectedFinding.set(null);
            ruleDoc.set(null);
        }
    }

    static FindingRow rowOf(Finding f) {
        ObjectPath object = f.object();
        String tablePath = switch (object.kind()) {
            case TABLE, VIEW, ENUM -> object.toString();
            case COLUMN, CONSTRAINT, INDEX -> object.ownerPath().toString();
            default -> null;
        };
        String column = object.kind() == ObjectPath.Kind.COLUMN ? object.member() : null;
        List<String> fixes = f.fixes().stream().map(Fix::title).toList();
        return new FindingRow(FindingSeverity.valueOf(f.severity().name()), f.ruleId(), object.toString(),
                object.display(), tablePath, column, f.message(), fixes);
    }
}
