package dev.lintel.app.canvas;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A simple read-only diagram: the tables as cards in a wrapping grid. Stands in for the ER canvas
 * (ELK layout, edges, zoom) until that issue lands. When there is nothing to draw it shows an
 * empty state that says why (no document yet, or the import failed) and what to do next.
 */
public final class DiagramPlaceholderView extends StackPane {
    private final DiagramViewModel viewModel;
    private final CardPackingPane cards = new CardPackingPane();
    private final ScrollPane scroll = new ScrollPane(cards);

    /**
     * @param importDdl opens the Import DDL dialog
     * @param loadSample loads the bundled sample again
     */
    public DiagramPlaceholderView(DiagramViewModel viewModel, Runnable importDdl, Runnable loadSample) {
        this.viewModel = viewModel;
        getStyleClass().add("diagram");

        cards.setId("diagram-cards");
        cards.getStyleClass().add("diagram-surface");
        // Fit to width: the packing uses the visible width and reflows with the window.
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("diagram-scroll");

        VBox emptyState = emptyState(importDdl, loadSample);
        emptyState.visibleProperty().bind(viewModel.emptyProperty());
        scroll.visibleProperty().bind(viewModel.emptyProperty().not());
        getChildren().addAll(scroll, emptyState);

        viewModel.cardsProperty().addListener((obs, old, now) -> showCards(now));
        viewModel.selectedObjectProperty().addListener((obs, old, now) -> {
            markSelection(now);
            centreOn(now);
        });
        viewModel.findingsProperty().addListener((obs, old, now) -> showFindings(now));
        showCards(viewModel.cardsProperty().get());
    }

    private void showCards(List<TableCard> tableCards) {
        cards.getChildren().setAll(tableCards.stream().map(c -> new TableCardView(c, viewModel::select)).toList());
        markSelection(viewModel.selectedObjectProperty().get());
        showFindings(viewModel.findingsProperty().get());
    }

    private void showFindings(Map<String, CardFindings> findings) {
        cards.getChildren().forEach(n -> ((TableCardView) n).showFindings(findings.get(((TableCardView) n).card().objectPath())));
    }

    private void markSelection(String selected) {
        cards.getChildren().forEach(n -> {
            TableCardView card = (TableCardView) n;
            card.setSelected(card.card().objectPath().equals(selected));
        });
    }

    /** Scrolls so that the selected table's card is in the middle of the viewport, as far as the content allows. */
    private void centreOn(String selected) {
        TableCardView card = cards.getChildren().stream().map(n -> (TableCardView) n)
                .filter(c -> c.card().objectPath().equals(selected)).findFirst().orElse(null);
        if (card == null || getScene() == null) {
            return;
        }
        scroll.layout();
        Bounds viewport = scroll.getViewportBounds();
        Bounds box = card.getBoundsInParent();
        double contentWidth = cards.getLayoutBounds().getWidth();
        double contentHeight = cards.getLayoutBounds().getHeight();
        scroll.setHvalue(fraction(box.getCenterX() - viewport.getWidth() / 2, contentWidth - viewport.getWidth()));
        scroll.setVvalue(fraction(box.getCenterY() - viewport.getHeight() / 2, contentHeight - viewport.getHeight()));
    }

    private static double fraction(double offset, double scrollable) {
        return scrollable <= 0 ? 0 : Math.max(0, Math.min(1, offset / scrollable));
    }

    private VBox emptyState(Runnable importDdl, Runnable loadSample) {
        FontIcon icon = new FontIcon(Feather.DATABASE);
        icon.getStyleClass().add("empty-state-icon");
        Label title = new Label();
        title.setId("empty-state-title");
        title.getStyleClass().add(Styles.TITLE_3);
        Label detail = new Label();
        detail.setId("empty-state-detail");
        detail.setWrapText(true);
        detail.getStyleClass().add("empty-state-detail");

        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> viewModel.problemTitle().get() != null ? viewModel.problemTitle().get() : "No schema yet",
                viewModel.problemTitle()));
        detail.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> viewModel.problemDetail().get() != null
                        ? viewModel.problemDetail().get() + "\n\nThe window is still fully usable: import another DDL file, or try the sample again."
                        : "Import a DDL file (a pg_dump, a migration, a schema script) to see its tables here.",
                viewModel.problemDetail()));
        viewModel.problemTitle().addListener((obs, old, now) -> {
            boolean failed = now != null;
            icon.setIconCode(failed ? Feather.ALERT_TRIANGLE : Feather.DATABASE);
            icon.getStyleClass().removeAll("problem");
            if (failed) {
                icon.getStyleClass().add("problem");
            }
        });

        Button importButton = new Button("Import DDL\u2026", new FontIcon(Feather.FILE_PLUS));
        importButton.getStyleClass().add(Styles.ACCENT);
        importButton.setOnAction(e -> importDdl.run());
        Button sampleButton = new Button("Load the sample", new FontIcon(Feather.REFRESH_CW));
        sampleButton.setOnAction(e -> loadSample.run());
        HBox buttons = new HBox(12, importButton, sampleButton);
        buttons.setAlignment(Pos.CENTER);

        VBox box = new VBox(14, icon, title, detail, buttons);
        box.setId("diagram-empty-state");
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(520);
        box.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.getStyleClass().add("empty-state");
        StackPane.setAlignment(box, Pos.CENTER);
        return box;
    }
}
