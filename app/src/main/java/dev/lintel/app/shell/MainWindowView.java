package dev.lintel.app.shell;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import dev.lintel.app.canvas.DiagramView;
import dev.lintel.app.ddl.DdlPaneView;
import dev.lintel.app.findings.FindingsView;
import dev.lintel.app.findings.SeverityCountsView;
import dev.lintel.app.importing.DiagnosticRow;
import dev.lintel.app.importing.DiagnosticsView;
import dev.lintel.app.inspector.InspectorView;
import dev.lintel.app.importing.ConnectDialog;
import dev.lintel.app.theme.ThemeManager;
import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Alert;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's scene graph: menu and tool bar on top, outline | diagram over the bottom tabs |
 * inspector in the middle, status bar below. Builds and binds; all state is in the view-model.
 */
public final class MainWindowView extends BorderPane {
    private final MainWindowViewModel viewModel;
    private final ThemeManager theme;
    private final TabPane bottomTabs = new TabPane();
    private final Tab diagnosticsTab = new Tab();
    private final DocumentActions documents;
    private DiagramView diagram;
    private SplitPane centre;
    private SplitPane work;
    private final dev.lintel.app.baseline.BaselineControls baselineControls;

    public MainWindowView(MainWindowViewModel viewModel, ThemeManager theme) {
        this.viewModel = viewModel;
        this.theme = theme;
        this.baselineControls = new dev.lintel.app.baseline.BaselineControls(viewModel.baseline(), this::window);
        getStyleClass().add("main-window");
        this.documents = new DocumentActions(viewModel, this::window);
        // Gives the canvas its edits (new table, rename, foreign key by drag, quick fixes, moves, clipboard).
        new dev.lintel.app.editing.CanvasEditing(viewModel.editor(), viewModel.diagram(), viewModel.quickFixes(),
                viewModel.clipboard());

        setTop(new VBox(menuBar(), toolBar()));
        setCenter(workArea());
        setBottom(new StatusBarView(viewModel));
        acceptDroppedFiles();
        viewModel.alertProperty().addListener((obs, old, now) -> {
            if (now != null) {
                showProblem(now);
            }
        });
    }

    // Dropping a .sql or .lintel file anywhere on the window opens it, like File > Open.
    private void acceptDroppedFiles() {
        setOnDragOver(e -> {
            if (droppedFile(e.getDragboard()) != null) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            File file = droppedFile(e.getDragboard());
            if (file != null) {
                documents.openFile(file.toPath());
            }
            e.setDropCompleted(file != null);
            e.consume();
        });
    }

    private static File droppedFile(Dragboard board) {
        if (!board.hasFiles() || board.getFiles().size() != 1) {
            return null;
        }
        File file = board.getFiles().get(0);
        return DocumentFiles.isOpenable(file.toPath()) ? file : null;
    }

    private SplitPane workArea() {
        diagram = new DiagramView(viewModel.diagram(), this::chooseDdlToImport, viewModel::loadSample,
                theme.darkProperty());

        javafx.scene.layout.VBox findingsPane = new javafx.scene.layout.VBox(new FindingsView(viewModel.findings()),
                new dev.lintel.app.editing.QuickFixBar(viewModel.quickFixes()),
                new dev.lintel.app.review.WaiveBar(viewModel.findings().selectedFindingProperty(), viewModel.review()));
        javafx.scene.layout.VBox.setVgrow(findingsPane.getChildren().get(0), javafx.scene.layout.Priority.ALWAYS);
        Tab findings = new Tab(null, findingsPane);
        findings.setId("findings-tab");
        // The counts badge is the tab's graphic, so it is visible while another tab is open.
        SeverityCountsView tabCounts = new SeverityCountsView(viewModel.findings());
        tabCounts.setId("findings-tab-counts");
        HBox findingsGraphic = new HBox(6, new FontIcon(Feather.FLAG), new Label("Findings"), tabCounts);
        findingsGraphic.setAlignment(Pos.CENTER_LEFT);
        findings.setGraphic(findingsGraphic);
        Tab ddl = new Tab("DDL");
        ddl.setId("ddl-tab");
        // The code area (RichTextFX) is the heaviest control in the window: build it when the tab is
        // first opened, not before the first frame. The view-model renders meanwhile; the view shows
        // its latest text when it is created.
        ddl.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && ddl.getContent() == null) {
                ddl.setContent(new DdlPaneView(viewModel.ddl()));
            }
        });
        ddl.setGraphic(new FontIcon(Feather.CODE));
        diagnosticsTab.setContent(new DiagnosticsView(viewModel.diagnostics()));
        diagnosticsTab.setGraphic(new FontIcon(Feather.ALERT_CIRCLE));
        diagnosticsTab.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.diagnostics().isEmpty() ? "Diagnostics" : "Diagnostics (" + viewModel.diagnostics().size() + ")",
                viewModel.diagnostics()));
        bottomTabs.setId("bottom-tabs");
        Tab review = new Tab("Review", new dev.lintel.app.review.ReviewView(viewModel.review()));
        review.setId("review-tab");
        review.setGraphic(new FontIcon(Feather.MESSAGE_SQUARE));
        bottomTabs.getTabs().addAll(findings, ddl, diagnosticsTab, review);
        bottomTabs.getTabs().add(baselineControls.changesTab());
        // A card's comment badge opens the Review tab on that table's threads.
        viewModel.diagram().setOnOpenComments(table -> {
            viewModel.review().filterProperty().set(dev.lintel.app.review.CommentFilter.SELECTED_TABLE);
            bottomTabs.getSelectionModel().select(review);
        });
        bottomTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // Hidden tabs are styled and skinned when first opened, not before the first frame.
        DeferredTabContent.install(bottomTabs);
        // An import error must be seen without hunting for it: bring its tab forward.
        viewModel.diagnostics().addListener((ListChangeListener<DiagnosticRow>) change -> {
            if (viewModel.diagnostics().stream().anyMatch(d -> d.severity() == DiagnosticRow.Severity.ERROR)) {
                bottomTabs.getSelectionModel().select(diagnosticsTab);
            }
        });

        centre = new SplitPane(diagram, bottomTabs);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.62);
        SplitPane.setResizableWithParent(bottomTabs, false);

        OutlineView outline = new OutlineView(viewModel.outline());
        OutlineAreaMenu.install(outline, viewModel.diagram(), area -> AreaPresentations.present(viewModel, window(), area,
                theme.darkProperty()));
        InspectorView inspector = new InspectorView(viewModel.inspector());
        work = new SplitPane(outline, centre, inspector);
        work.setDividerPositions(0.17, 0.76);
        SplitPane.setResizableWithParent(outline, false);
        SplitPane.setResizableWithParent(inspector, false);
        return work;
    }

    private MenuBar menuBar() {
        MenuItem newDocument = new MenuItem("New", new FontIcon(Feather.FILE));
        newDocument.setId("menu-new");
        newDocument.setAccelerator(KeyCombination.keyCombination("Shortcut+N"));
        newDocument.setOnAction(e -> documents.newDocument());
        MenuItem open = new MenuItem("Open\u2026", new FontIcon(Feather.FOLDER));
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> documents.open());
        MenuItem save = new MenuItem("Save", new FontIcon(Feather.SAVE));
        save.setId("menu-save");
        save.setAccelerator(KeyCombination.keyCombination("Shortcut+S"));
        save.setOnAction(e -> documents.save());
        MenuItem saveAs = new MenuItem("Save As\u2026");
        saveAs.setId("menu-save-as");
        saveAs.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+S"));
        saveAs.setOnAction(e -> documents.saveAs());
        MenuItem importDdl = new MenuItem("Import DDL\u2026", new FontIcon(Feather.FILE_PLUS));
        importDdl.setAccelerator(KeyCombination.keyCombination("Shortcut+I"));
        importDdl.setOnAction(e -> chooseDdlToImport());
        MenuItem pasteDdl = new MenuItem("Import DDL from Text\u2026", new FontIcon(Feather.CLIPBOARD));
        pasteDdl.setId("menu-paste-ddl");
        pasteDdl.setOnAction(e -> askForDdlText());
        MenuItem importJpa = new MenuItem("Import JPA Sources\u2026", new FontIcon(Feather.COFFEE));
        importJpa.setId("menu-import-jpa");
        importJpa.setOnAction(e -> chooseJpaFolder());
        Menu recent = new Menu("Open Recent", new FontIcon(Feather.CLOCK));
        recent.setId("menu-recent");
        fillRecent(recent);
        viewModel.recentFiles().addListener((ListChangeListener<java.nio.file.Path>) c -> fillRecent(recent));
        viewModel.session().missingRecentFiles().addListener((javafx.collections.SetChangeListener<java.nio.file.Path>) c -> fillRecent(recent));
        recent.setOnShowing(e -> viewModel.session().refreshRecentFiles());
        MenuItem connect = new MenuItem("Connect to Database\u2026", new FontIcon(Feather.DATABASE));
        connect.setId("menu-connect-database");
        connect.setOnAction(e -> ConnectDialog.show(window(), viewModel.newDatabaseConnection()));
        MenuItem sample = new MenuItem("Load Sample", new FontIcon(Feather.REFRESH_CW));
        sample.setOnAction(e -> viewModel.loadSample());
        MenuItem exportSvg = new MenuItem("Export Diagram as SVG\u2026", new FontIcon(Feather.IMAGE));
        exportSvg.setId("menu-export-svg");
        exportSvg.setOnAction(e -> chooseExport("svg"));
        MenuItem exportPng = new MenuItem("Export Diagram as PNG\u2026", new FontIcon(Feather.IMAGE));
        exportPng.setId("menu-export-png");
        exportPng.setOnAction(e -> chooseExport("png"));
        exportSvg.disableProperty().bind(viewModel.diagram().emptyProperty());
        exportPng.disableProperty().bind(viewModel.diagram().emptyProperty());
        MenuItem exit = new MenuItem("Exit");
        exit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        exit.setOnAction(e -> documents.exit());
        Menu file = new Menu("File", null, newDocument, open, recent, save, saveAs, new SeparatorMenuItem(), importDdl, pasteDdl,
                importJpa, connect, sample,
                new SeparatorMenuItem(), exportSvg, exportPng, new SeparatorMenuItem(), exit);

        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("Light Theme");
        RadioMenuItem dark = new RadioMenuItem("Dark Theme");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        light.setSelected(!theme.darkProperty().get());
        dark.setSelected(theme.darkProperty().get());
        dark.selectedProperty().addListener((obs, old, now) -> theme.darkProperty().set(now));
        theme.darkProperty().addListener((obs, old, now) -> (now ? dark : light).setSelected(true));
        MenuItem present = new MenuItem("Present Open Items", new FontIcon(Feather.MONITOR));
        present.setId("menu-present");
        present.setAccelerator(KeyCombination.keyCombination("F5"));
        present.setOnAction(e -> AreaPresentations.present(viewModel, window(), null, theme.darkProperty()));
        Menu view = new Menu("View", null, light, dark, new SeparatorMenuItem(), present,
                AreaPresentations.menu(viewModel, this::window, theme.darkProperty()));
        view.getItems().add(new SeparatorMenuItem());
        view.getItems().addAll(dev.lintel.app.canvas.NavigationMenu.items(viewModel.diagram()));

        MenuItem about = new MenuItem("About Lintel", new FontIcon(Feather.INFO));
        about.setOnAction(e -> showAbout());
        Menu help = new Menu("Help", null, about);

        dev.lintel.app.editing.EditMenu edit = new dev.lintel.app.editing.EditMenu(viewModel.editor(), viewModel.quickFixes(),
                viewModel.diagram());
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                edit.installAlternativeShortcuts(scene);
            }
        });
        MenuBar bar = new MenuBar(file, edit, dev.lintel.app.canvas.ArrangeMenu.menu(viewModel.diagram()), view, help);
        bar.getMenus().add(bar.getMenus().indexOf(view), baselineControls.menu());
        bar.setId("main-menu");
        return bar;
    }

    private ToolBar toolBar() {
        Button open = iconButton(Feather.FOLDER, "Open\u2026", documents::open);
        Button save = iconButton(Feather.SAVE, "Save", documents::save);
        Button importDdl = iconButton(Feather.FILE_PLUS, "Import DDL\u2026", this::chooseDdlToImport);
        Button sample = iconButton(Feather.REFRESH_CW, "Load the sample design", viewModel::loadSample);
        Button newTable = iconButton(Feather.PLUS_SQUARE, "New table (Ctrl+T)", () -> viewModel.editor().newTable());
        newTable.setId("new-table-button");

        ToggleButton darkToggle = new ToggleButton(null, new FontIcon(Feather.MOON));
        darkToggle.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        darkToggle.setTooltip(new Tooltip("Dark theme"));
        darkToggle.selectedProperty().bindBidirectional(theme.darkProperty());
        darkToggle.selectedProperty().addListener((obs, old, now) ->
                ((FontIcon) darkToggle.getGraphic()).setIconCode(now ? Feather.SUN : Feather.MOON));

        Button about = iconButton(Feather.INFO, "About Lintel", this::showAbout);
        ToolBar bar = new ToolBar(open, save, importDdl, sample, new Separator(Orientation.VERTICAL), newTable, new Spacer(), darkToggle, about);
        bar.setId("main-toolbar");
        return bar;
    }

    private static Button iconButton(Feather icon, String tooltip, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(e -> action.run());
        return button;
    }

    private void chooseDdlToImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import DDL");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("SQL scripts", "*.sql", "*.ddl"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            viewModel.importDdlFile(file.toPath());
        }
    }

    private void fillRecent(Menu recent) {
        recent.getItems().setAll(viewModel.recentFiles().stream().map(path -> {
            MenuItem item = new MenuItem(path.getFileName() + "  \u2014  " + (path.getParent() == null ? "" : path.getParent()));
            item.setOnAction(e -> documents.openFile(path));
            item.setDisable(viewModel.session().missingRecentFiles().contains(path));
            return item;
        }).toList());
        recent.setDisable(recent.getItems().isEmpty());
    }

    private void askForDdlText() {
        javafx.scene.control.TextArea text = new javafx.scene.control.TextArea();
        text.setId("paste-ddl-text");
        text.setPromptText("CREATE TABLE ...");
        text.setPrefSize(640, 360);
        text.setStyle("-fx-font-family: 'Monospaced';");
        javafx.scene.control.Dialog<String> dialog = new javafx.scene.control.Dialog<>();
        dialog.setTitle("Import DDL");
        dialog.setHeaderText("Paste SQL DDL (CREATE TABLE, ALTER TABLE, a pg_dump --schema-only ...)");
        dialog.initOwner(window());
        dialog.getDialogPane().setContent(text);
        javafx.scene.control.ButtonType importButton = new javafx.scene.control.ButtonType("Import",
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(importButton, javafx.scene.control.ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(importButton).disableProperty().bind(text.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == importButton ? text.getText() : null);
        dialog.showAndWait().filter(sql -> !sql.isBlank()).ifPresent(viewModel::importDdlText);
    }

    private void chooseJpaFolder() {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle("Import JPA Sources");
        File folder = chooser.showDialog(window());
        if (folder == null) {
            return;
        }
        JpaImportDialog.ask(window()).ifPresent(c -> viewModel.importJpaFolder(folder.toPath(), c.naming(), c.hibernate6()));
    }

    private void chooseExport(String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export Diagram");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT) + " image", "*." + extension));
        chooser.setInitialFileName(viewModel.suggestedFileName().replaceFirst("\\.lintel$", "") + "." + extension);
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            exportTo(file.toPath());
        }
    }

    /** Exports the diagram to {@code file}, as SVG or PNG (2x) by its extension. */
    public void exportTo(java.nio.file.Path file) {
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
            viewModel.exports().exportPng(file, 2, theme.darkProperty().get());
        } else {
            viewModel.exports().exportSvg(file);
        }
    }

    /** The outline | centre | inspector split, then the diagram / bottom tabs split (window preferences keep them). */
    public List<SplitPane> splitPanes() {
        return List.of(work, centre);
    }

    public DiagramView diagramView() {
        return diagram;
    }

    /** New, Open, Save, Save As, Exit and the questions that go with them (unsaved changes, recovery, changes on disk). */
    public DocumentActions documents() {
        return documents;
    }

    /** The Schema menu's baseline commands and the Changes tab. */
    public dev.lintel.app.baseline.BaselineControls baselineControls() {
        return baselineControls;
    }

    MainWindowViewModel viewModel() {
        return viewModel;
    }

    // Not showAndWait: the dialog must not block the caller (a background task's callback).
    private void showProblem(LoadProblem problem) {
        Alert alert = new Alert(Alert.AlertType.ERROR, problem.detail());
        alert.setTitle("Lintel");
        alert.setHeaderText(problem.title());
        alert.initOwner(window());
        alert.getDialogPane().setId("problem-dialog");
        alert.show();
    }

    private void showAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, viewModel.aboutText());
        alert.setTitle("About Lintel");
        alert.setHeaderText("Lintel");
        alert.initOwner(window());
        alert.showAndWait();
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
