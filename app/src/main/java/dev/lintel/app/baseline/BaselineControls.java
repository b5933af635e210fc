package dev.lintel.app.baseline;

import dev.lintel.app.importing.ConnectDialog;
import java.io.File;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The window's baseline controls: the Schema menu (Mark as Baseline, Compare with..., Clear
 * Baseline, Generate Migration...) and the Changes tab, built apart so that the main window only
 * places them. View code: it binds to {@link BaselineViewModel} and opens the dialogs.
 */
public final class BaselineControls {
    private final BaselineViewModel vm;
    private final Supplier<Window> window;
    private final Tab changesTab = new Tab();
    private ExportTargets exportTargets = ExportTargets.fileChoosers();

    public BaselineControls(BaselineViewModel vm, Supplier<Window> window) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.window = window;
        changesTab.setId("changes-tab");
        changesTab.setGraphic(new FontIcon(Feather.GIT_COMMIT));
        changesTab.textProperty().bind(Bindings.createStringBinding(() -> vm.changes().countProperty().get() == 0 ? "Changes"
                : "Changes (" + vm.changes().countProperty().get() + ")", vm.changes().countProperty()));
        changesTab.setContent(new ChangesView(vm, this::markAsBaseline, this::generateMigration));
        vm.problemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                Alert alert = new Alert(Alert.AlertType.ERROR, now);
                alert.setTitle("Lintel");
                alert.setHeaderText("Could not set the baseline");
                alert.initOwner(window.get());
                alert.show();
            }
        });
    }

    /** Where Generate Migration writes; tests answer without a native chooser. */
    public void setExportTargets(ExportTargets targets) {
        exportTargets = Objects.requireNonNull(targets, "targets");
    }

    public Tab changesTab() {
        return changesTab;
    }

    public Menu menu() {
        MenuItem mark = item("Mark as Baseline", Feather.BOOKMARK, "menu-mark-baseline", this::markAsBaseline);
        MenuItem file = item("Compare with File\u2026", Feather.FILE, "menu-compare-file", this::chooseFileToCompare);
        MenuItem database = item("Compare with Database\u2026", Feather.DATABASE, "menu-compare-database",
                () -> {
                    ConnectDialog.show(window.get(), vm.newDatabaseComparison()).setTitle("Compare with Database");
                    showChanges();
                });
        MenuItem clear = item("Clear Baseline", Feather.X, "menu-clear-baseline", vm::clearBaseline);
        clear.disableProperty().bind(vm.hasBaselineProperty().not());
        MenuItem generate = item("Generate Migration\u2026", Feather.PLAY, "menu-generate-migration", this::generateMigration);
        generate.disableProperty().bind(vm.hasBaselineProperty().not());
        Menu menu = new Menu("Schema", null, mark, file, database, clear, new SeparatorMenuItem(), generate);
        menu.setId("menu-schema");
        return menu;
    }

    /** Opens the Generate Migration dialog from the baseline to the current schema; nothing without a baseline. */
    public Stage generateMigration() {
        MigrationViewModel migration = vm.newMigration();
        return migration == null ? null : MigrationDialog.show(window.get(), migration, exportTargets);
    }

    private void markAsBaseline() {
        vm.markAsBaseline();
        showChanges();
    }

    private void chooseFileToCompare() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Compare with");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Lintel documents and SQL scripts", "*.lintel", "*.sql", "*.ddl"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(window.get());
        if (file != null) {
            vm.compareWithFile(file.toPath());
            showChanges();
        }
    }

    private void showChanges() {
        if (changesTab.getTabPane() != null) {
            changesTab.getTabPane().getSelectionModel().select(changesTab);
        }
    }

    private static MenuItem item(String text, Feather icon, String id, Runnable action) {
        MenuItem item = new MenuItem(text, new FontIcon(icon));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
