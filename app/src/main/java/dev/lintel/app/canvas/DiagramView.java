package dev.lintel.app.canvas;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The diagram pane: the {@link DiagramCanvasView} with its zoom controls and minimap on top, or
 * an empty state that says why there is nothing to draw (no document yet, or the import failed)
 * and what to do next.
 */
public final class DiagramView extends StackPane {
    private final DiagramViewModel viewModel;
    private final DiagramCanvasView canvas;
    private final MinimapView minimap;
    private final DiagramSearchBar searchBar;
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    /**
     * @param importDdl opens the Import DDL dialog
     * @param loadSample loads the bundled sample again
     * @param dark true while the dark theme is on (edges and painted cards follow it)
     */
    public DiagramView(DiagramViewModel viewModel, Runnable importDdl, Runnable loadSample, ObservableValue<Boolean> dark) {
        this.viewModel = viewModel;
        getStyleClass().add("diagram");
        TextWidths.measure(DiagramView.class.getResource("/dev/lintel/app/theme/lintel.css").toExternalForm());
        MinimapView[] map = new MinimapView[1];
        canvas = new DiagramCanvasView(viewModel, dark, () -> {
            if (map[0] != null) {
                map[0].repaint();
            }
        });
        minimap = new MinimapView(canvas, viewModel, dark);
        map[0] = minimap;
        StackPane.setAlignment(minimap, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(minimap, new Insets(12));

        HBox controls = controls();
        StackPane.setAlignment(controls, Pos.TOP_RIGHT);
        StackPane.setMargin(controls, new Insets(10));

        ProgressIndicator layingOut = new ProgressIndicator();
        layingOut.setId("diagram-laying-out");
        layingOut.setMaxSize(48, 48);
        layingOut.visibleProperty().bind(viewModel.layingOutProperty());

        VBox emptyState = emptyState(importDdl, loadSample);
        emptyState.visibleProperty().bind(viewModel.emptyProperty());
        canvas.visibleProperty().bind(viewModel.emptyProperty().not());
        controls.visibleProperty().bind(viewModel.emptyProperty().not());
        minimap.visibleProperty().bind(viewModel.emptyProperty().not());
        DiagramSearch search = new DiagramSearch(viewModel);
        search.matchesProperty().addListener((obs, o, n) -> canvas.showSearchMatches(n));
        searchBar = new DiagramSearchBar(search, canvas::requestFocus);
        StackPane.setAlignment(searchBar, Pos.TOP_LEFT);
        StackPane.setMargin(searchBar, new Insets(10));
        FocusBar focusBar = new FocusBar(viewModel.focus());
        StackPane.setAlignment(focusBar, Pos.BOTTOM_LEFT);
        StackPane.setMargin(focusBar, new Insets(12));
        getChildren().addAll(canvas, controls, minimap, layingOut, emptyState);
        // Hidden until used: they join the scene (to be styled and skinned) when first shown, not
        // before the first frame.
        joinWhenShown(searchBar, layingOut);
        joinWhenShown(focusBar, layingOut);
        // Shortcut+F anywhere in the window opens the search while there is a diagram.
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.getAccelerators().remove(FIND);
            }
            if (scene != null) {
                scene.getAccelerators().put(FIND, () -> {
                    if (!viewModel.emptyProperty().get()) {
                        searchBar.open();
                    }
                });
            }
        });
        minimap.repaint();
    }

    // Adds the overlay in front of the children below {@code above} once it is visible (at once if it is).
    private void joinWhenShown(javafx.scene.Node overlay, javafx.scene.Node above) {
        if (overlay.isVisible()) {
            getChildren().add(getChildren().indexOf(above), overlay);
            return;
        }
        overlay.visibleProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean visible) {
                if (visible) {
                    overlay.visibleProperty().removeListener(this);
                    getChildren().add(getChildren().indexOf(above), overlay);
                }
            }
        });
    }

    /** The search field over the canvas (Ctrl+F). */
    public DiagramSearchBar searchBar() {
        return searchBar;
    }

    public DiagramCanvasView canvas() {
        return canvas;
    }

    private HBox controls() {
        Label zoom = new Label();
        zoom.setId("diagram-zoom");
        zoom.getStyleClass().add("diagram-zoom-label");
        zoom.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(canvas.scale() * 100) + "%", canvas.scaleProperty()));
        HBox box = new HBox(2,
                button("diagram-zoom-out", Feather.ZOOM_OUT, "Zoom out (-)", () -> canvas.zoomAt(0.8, canvas.getWidth() / 2, canvas.getHeight() / 2)),
                zoom,
                button("diagram-zoom-in", Feather.ZOOM_IN, "Zoom in (+)", () -> canvas.zoomAt(1.25, canvas.getWidth() / 2, canvas.getHeight() / 2)),
                button("diagram-zoom-fit", Feather.MAXIMIZE, "Zoom to fit (F)", canvas::zoomToFit),
                button("diagram-zoom-100", Feather.MAXIMIZE_2, "100% (0)", canvas::zoomToActualSize),
                button("diagram-relayout", Feather.GRID, "Re-layout all", viewModel::relayoutAll),
                ArrangeMenu.button(viewModel),
                focusNeighboursButton());
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("diagram-controls");
        box.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        return box;
    }

    // Focus Neighbours of the selected card, to a depth picked from the button's menu.
    private javafx.scene.control.MenuButton focusNeighboursButton() {
        javafx.scene.control.MenuButton b = new javafx.scene.control.MenuButton(null, new FontIcon(Feather.SHARE_2));
        b.setId("diagram-focus-neighbours");
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip("Focus neighbours of the selected table"));
        for (int depth = 1; depth <= 3; depth++) {
            int d = depth;
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem("Depth " + d);
            item.setOnAction(e -> viewModel.focus().focusNeighboursOfSelection(d));
            b.getItems().add(item);
        }
        b.setOnShowing(e -> b.getItems().forEach(i -> i.setDisable(viewModel.selectedTable() == null)));
        return b;
    }

    private static Button button(String id, Feather icon, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
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
