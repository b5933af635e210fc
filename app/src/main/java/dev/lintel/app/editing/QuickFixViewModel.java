package dev.lintel.app.editing;

import dev.lintel.app.findings.FindingRow;
import dev.lintel.model.edit.ApplyFix;
import dev.lintel.model.lint.Finding;
import dev.lintel.model.lint.LintResult;
import dev.lintel.model.schema.ObjectPath;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * Quick fixes: the first fix of the selected finding ("Apply fix"), or of the first finding on the
 * selected object (Ctrl+1), applied as one undoable edit. The finding then disappears when the
 * live lint has re-run on the edited schema.
 */
public final class QuickFixViewModel {
    private final ObservableValue<LintResult> lint;
    private final ObservableValue<String> selectedObject;
    private final ObservableValue<FindingRow> selectedFinding;
    private final SchemaEditor editor;

    private final ReadOnlyStringWrapper fixTitle = new ReadOnlyStringWrapper(this, "fixTitle", "");

    public QuickFixViewModel(ObservableValue<LintResult> lint, ObservableValue<String> selectedObject,
                             ObservableValue<FindingRow> selectedFinding, SchemaEditor editor) {
        this.lint = lint;
        this.selectedObject = selectedObject;
        this.selectedFinding = selectedFinding;
        this.editor = editor;
        selectedFinding.addListener((obs, old, now) -> refresh());
        lint.addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** The title of the fix "Apply fix" would apply to the selected finding; empty when it has none. */
    public ReadOnlyStringProperty fixTitleProperty() {
        return fixTitle.getReadOnlyProperty();
    }

    // Commands --------------------------------------------------------------------------------

    /** Applies the first fix of the selected finding; false when there is none or it no longer fits. */
    public boolean applySelectedFinding() {
        return findingOf(selectedFinding.getValue()).map(this::applyFirstFix).orElse(false);
    }

    /** Ctrl+1: applies the first fix of the first open finding on the selected object (a table includes its columns). */
    public boolean applyFirstFixOnSelection() {
        LintResult result = current();
        String selected = selectedObject.getValue();
        if (result == null || selected == null) {
            return false;
        }
        ObjectPath path;
        try {
            path = ObjectPath.parse(selected);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return result.active().stream()
                .filter(f -> !f.fixes().isEmpty())
                .filter(f -> f.object().equals(path) || path.kind() == ObjectPath.Kind.TABLE && f.object().owner().equals(path.owner()))
                .findFirst()
                .map(this::applyFirstFix)
                .orElse(false);
    }

    /** The open findings on a table and its members (as its card's badge counts them), in the lint's order. */
    public java.util.List<Finding> findingsOn(String tablePath) {
        LintResult result = current();
        ObjectPath path;
        try {
            path = ObjectPath.parse(tablePath);
        } catch (IllegalArgumentException | NullPointerException e) {
            return java.util.List.of();
        }
        if (result == null) {
            return java.util.List.of();
        }
        return result.active().stream().filter(f -> switch (f.object().kind()) {
            case TABLE, COLUMN, CONSTRAINT, INDEX -> f.object().ownerPath().equals(path);
            default -> false;
        }).toList();
    }

    /** Applies the first fix of the {@code index}-th of {@link #findingsOn}; false when it has none. */
    public boolean applyFirstFix(String tablePath, int index) {
        java.util.List<Finding> on = findingsOn(tablePath);
        return index >= 0 && index < on.size() && !on.get(index).fixes().isEmpty() && applyFirstFix(on.get(index));
    }

    private boolean applyFirstFix(Finding finding) {
        return editor.apply(new ApplyFix(finding.fixes().get(0)));
    }

    private Optional<Finding> findingOf(FindingRow row) {
        LintResult result = current();
        if (row == null || result == null) {
            return Optional.empty();
        }
        return result.active().stream()
                .filter(f -> f.ruleId().equals(row.ruleId()) && f.object().toString().equals(row.objectPath()))
                .filter(f -> !f.fixes().isEmpty())
                .findFirst();
    }

    // Fixes are made against the schema that was linted: while lint catches up with an edit, offer none.
    private LintResult current() {
        LintResult result = lint.getValue();
        return result != null && result.schema() == editor.schema() ? result : null;
    }

    private void refresh() {
        fixTitle.set(findingOf(selectedFinding.getValue()).map(f -> f.fixes().get(0).title()).orElse(""));
    }
}
