package dev.lintel.app.shell;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import dev.lintel.app.canvas.DiagramPlaceholderView;
import dev.lintel.app.ddl.DdlPaneView;
import dev.lintel.app.findings.FindingsView;
import dev.lintel.app.findings.SeverityCountsView;
import dev.lintel.app.importing.DiagnosticRow;
import dev.lintel.app.importing.DiagnosticsView;
import dev.lintel.app.inspector.InspectorView;
import dev.lintel.app.importing.ConnectDialog;
import dev.lintel.app.theme.ThemeManager;
import java.io.File;
import javafx.application.Platform;
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

    public MainWindowView(MainWindowViewModel viewModel, ThemeManager theme) {
        this.viewModel = viewModel;
        this.theme = theme;
        getStyleClass().add("main-window");

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
                viewModel.openFile(file.toPath());
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
        DiagramPlaceholderView diagram = new DiagramPlaceholderView(viewModel.diagram(), this::chooseDdlToImport,
                viewModel::loadSample);

        Tab findings = new Tab(null, new FindingsView(viewModel.findings()));
        findings.setId("findings-tab");
        // The counts badge is the tab's graphic, so it is visible while another tab is open.
        SeverityCountsView tabCounts = new SeverityCountsView(viewModel.findings());
        tabCounts.setId("findings-tab-counts");
        HBox findingsGraphic = new HBox(6, new FontIcon(Feather.FLAG), new Label("Findings"), tabCounts);
        findingsGraphic.setAlignment(Pos.CENTER_LEFT);
        findings.setGraphic(findingsGraphic);
        Tab ddl = new Tab("DDL", new DdlPaneView(viewModel.ddl()));
        ddl.setId("ddl-tab");
        ddl.setGraphic(new FontIcon(Feather.CODE));
        diagnosticsTab.setContent(new DiagnosticsView(viewModel.diagnostics()));
        diagnosticsTab.setGraphic(new FontIcon(Feather.ALERT_CIRCLE));
        diagnosticsTab.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.diagnostics().isEmpty() ? "Diagnostics" : "Diagnostics (" + viewModel.diagnostics().size() + ")",
                viewModel.diagnostics()));
        bottomTabs.setId("bottom-tabs");
        bottomTabs.getTabs().addAll(findings, ddl, diagnosticsTab);
        bottomTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // An import error must be seen without hunting for it: bring its tab forward.
        viewModel.diagnostics().addListener((ListChangeListener<DiagnosticRow>) change -> {
            if (viewModel.diagnostics().stream().anyMatch(d -> d.severity() == DiagnosticRow.Severity.ERROR)) {
                bottomTabs.getSelectionModel().select(diagnosticsTab);
            }
        });

        SplitPane centre = new SplitPane(diagram, bottomTabs);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.62);
        SplitPane.setResizableWithParent(bottomTabs, false);

        OutlineView outline = new OutlineView(viewModel.outline());
        InspectorView inspector = new InspectorView(viewModel.inspector());
        SplitPane work = new SplitPane(outline, centre, inspector);
        work.setDividerPositions(0.17, 0.76);
        SplitPane.setResizableWithParent(outline, false);
        SplitPane.setResizableWithParent(inspector, false);
        return work;
    }

    private MenuBar menuBar() {
        MenuItem open = new MenuItem("Open\u2026", new FontIcon(Feather.FOLDER));
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> chooseFileToOpen());
        MenuItem save = new MenuItem("Save", new FontIcon(Feather.SAVE));
        save.setId("menu-save");
        save.setAccelerator(KeyCombination.keyCombination("Shortcut+S"));
        save.setOnAction(e -> save());
        MenuItem saveAs = new MenuItem("Save As\u2026");
        saveAs.setId("menu-save-as");
        saveAs.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+S"));
        saveAs.setOnAction(e -> chooseFileToSaveAs());
        MenuItem importDdl = new MenuItem("Import DDL\u2026", new FontIcon(Feather.FILE_PLUS));
        importDdl.setAccelerator(KeyCombination.keyCombination("Shortcut+I"));
        importDdl.setOnAction(e -> chooseDdlToImport());
        MenuItem connect = new MenuItem("Connect to Database\u2026", new FontIcon(Feather.DATABASE));
        connect.setId("menu-connect-database");
        connect.setOnAction(e -> ConnectDialog.show(window(), viewModel.newDatabaseConnection()));
        MenuItem sample = new MenuItem("Load Sample", new FontIcon(Feather.REFRESH_CW));
        sample.setOnAction(e -> viewModel.loadSample());
        MenuItem exit = new MenuItem("Exit");
        exit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        exit.setOnAction(e -> Platform.exit());
        Menu file = new Menu("File", null, open, save, saveAs, new SeparatorMenuItem(), importDdl, connect, sample,
                new SeparatorMenuItem(), exit);

        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("Light Theme");
        RadioMenuItem dark = new RadioMenuItem("Dark Theme");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        light.setSelected(!theme.darkProperty().get());
        dark.setSelected(theme.darkProperty().get());
        dark.selectedProperty().addListener((obs, old, now) -> theme.darkProperty().set(now));
        theme.darkProperty().addListener((obs, old, now) -> (now ? dark : light).setSelected(true));
        Menu view = new Menu("View", null, light, dark);

        MenuItem about = new MenuItem("About Lintel", new FontIcon(Feather.INFO));
        about.setOnAction(e -> showAbout());
        Menu help = new Menu("Help", null, about);

        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("main-menu");
        return bar;
    }

    private ToolBar toolBar() {
        Button open = iconButton(Feather.FOLDER, "Open\u2026", this::chooseFileToOpen);
        Button save = iconButton(Feather.SAVE, "Save", this::save);
        Button importDdl = iconButton(Feather.FILE_PLUS, "Import DDL\u2026", this::chooseDdlToImport);
        Button sample = iconButton(Feather.REFRESH_CW, "Load the sample design", viewModel::loadSample);

        ToggleButton darkToggle = new ToggleButton(null, new FontIcon(Feather.MOON));
        darkToggle.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        darkToggle.setTooltip(new Tooltip("Dark theme"));
        darkToggle.selectedProperty().bindBidirectional(theme.darkProperty());
        darkToggle.selectedProperty().addListener((obs, old, now) ->
                ((FontIcon) darkToggle.getGraphic()).setIconCode(now ? Feather.SUN : Feather.MOON));

        Button about = iconButton(Feather.INFO, "About Lintel", this::showAbout);
        ToolBar bar = new ToolBar(open, save, importDdl, sample, new Separator(Orientation.VERTICAL), new Spacer(), darkToggle, about);
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

    private void chooseFileToOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Lintel documents and SQL scripts", "*.lintel", "*.sql", "*.ddl"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            viewModel.openFile(file.toPath());
        }
    }

    private void save() {
        if (!viewModel.save()) {
            chooseFileToSaveAs();
        }
    }

    private void chooseFileToSaveAs() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save As");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Lintel documents", "*.lintel"));
        chooser.setInitialFileName(viewModel.suggestedFileName());
        if (viewModel.documentPathProperty().get() != null && viewModel.documentPathProperty().get().getParent() != null) {
            chooser.setInitialDirectory(viewModel.documentPathProperty().get().getParent().toFile());
        }
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            viewModel.saveAs(file.toPath());
        }
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
