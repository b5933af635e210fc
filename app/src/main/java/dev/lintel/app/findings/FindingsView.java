package dev.lintel.app.findings;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.Comparator;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Findings pane: a severity filter over a sortable table of findings, and beside it the
 * selected finding's rule doc. Clicking a row selects the finding's table everywhere.
 */
public final class FindingsView extends SplitPane {
    private final FindingsViewModel viewModel;
    private final TableView<FindingRow> table = new TableView<>();

    public FindingsView(FindingsViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("findings");

        SortedList<FindingRow> sorted = new SortedList<>(viewModel.visibleFindings());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("findings-table");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        // Unconstrained: rule ids and objects stay readable in a narrow pane; the table scrolls instead.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().addAll(severityColumn(), textColumn("Rule", FindingRow::ruleId, 210),
                textColumn("Object", FindingRow::objectLabel, 190), textColumn("Message", FindingRow::message, 560));
        Label placeholder = new Label();
        placeholder.getStyleClass().add("placeholder-text");
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> !viewModel.lintedProperty().get()
                        ? "Linting\u2026"
                        : viewModel.allFindings().isEmpty() ? "No findings: the design passes every rule."
                        : "No findings of this severity.",
                viewModel.lintedProperty(), viewModel.allFindings()));
        table.setPlaceholder(placeholder);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.showFinding(now);
            }
        });

        VBox list = new VBox(filterBar(), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        RuleDocView doc = new RuleDocView(viewModel);
        getItems().addAll(list, doc);
        setDividerPositions(0.7);
        SplitPane.setResizableWithParent(doc, false);
    }

    private HBox filterBar() {
        ToggleGroup group = new ToggleGroup();
        HBox bar = new HBox();
        bar.setId("findings-filter");
        for (SeverityFilter f : SeverityFilter.values()) {
            ToggleButton button = new ToggleButton(f.label());
            button.setId("filter-" + f.name().toLowerCase(Locale.ROOT));
            button.setToggleGroup(group);
            button.setUserData(f);
            button.getStyleClass().add(Styles.SMALL);
            button.setSelected(viewModel.filterProperty().get() == f);
            bar.getChildren().add(button);
        }
        for (int i = 0; i < bar.getChildren().size(); i++) {
            ToggleButton b = (ToggleButton) bar.getChildren().get(i);
            b.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == bar.getChildren().size() - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
        }
        // A toggle group lets the user deselect everything; "nothing" means "all" here.
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                viewModel.filterProperty().set((SeverityFilter) now.getUserData());
            }
        });
        Label counts = new Label();
        counts.getStyleClass().add("findings-shown");
        counts.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.visibleFindings().size() + " of " + viewModel.allFindings().size() + " shown",
                viewModel.visibleFindings(), viewModel.allFindings()));
        HBox box = new HBox(12, bar, counts);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(6, 8, 6, 8));
        return box;
    }

    private static TableColumn<FindingRow, FindingSeverity> severityColumn() {
        TableColumn<FindingRow, FindingSeverity> column = new TableColumn<>("");
        column.setId("findings-severity");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().severity()));
        column.setComparator(Comparator.naturalOrder());
        column.setCellFactory(c -> new TableCell<>() {
            // One icon and tooltip per severity and cell, made once: a cell shows another row at
            // each scroll and each change of the list, and new nodes are styled at the next pulse.
            private final java.util.Map<FindingSeverity, javafx.scene.Node> icons = new java.util.EnumMap<>(FindingSeverity.class);
            private final java.util.Map<FindingSeverity, Tooltip> tips = new java.util.EnumMap<>(FindingSeverity.class);

            @Override
            protected void updateItem(FindingSeverity severity, boolean empty) {
                super.updateItem(severity, empty);
                setText(null);
                setGraphic(empty || severity == null ? null : icons.computeIfAbsent(severity, SeverityIcons::of));
                setTooltip(empty || severity == null ? null : tips.computeIfAbsent(severity, v -> new Tooltip(v.label())));
                setAlignment(Pos.CENTER);
            }
        });
        column.setPrefWidth(36);
        column.setMinWidth(36);
        column.setMaxWidth(36);
        return column;
    }

    private static TableColumn<FindingRow, String> textColumn(String title, java.util.function.Function<FindingRow, String> value,
                                                              double width) {
        TableColumn<FindingRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 140));
        column.setCellFactory(c -> new TableCell<>() {
            private Tooltip tip;

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                if (empty || text == null || text.length() < 30) {
                    setTooltip(null);
                    return;
                }
                if (tip == null) {
                    tip = new Tooltip();
                }
                tip.setText(text);
                setTooltip(tip);
            }
        });
        return column;
    }
}
