package dev.lintel.app.baseline;

import java.io.File;
import java.nio.file.Path;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Where the Generate Migration dialog writes: asked with the platform's file choosers in the app,
 * answered directly in tests (a native chooser cannot be driven headless).
 */
public interface ExportTargets {
    /** The psql script file, or null when the user cancelled. */
    Path scriptFile(Window owner);

    /** The folder for Flyway files, or null when the user cancelled. */
    Path flywayFolder(Window owner);

    static ExportTargets fileChoosers() {
        return new ExportTargets() {
            @Override
            public Path scriptFile(Window owner) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Export Migration Script");
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("SQL scripts", "*.sql"));
                chooser.setInitialFileName("migration.sql");
                File file = chooser.showSaveDialog(owner);
                return file == null ? null : file.toPath();
            }

            @Override
            public Path flywayFolder(Window owner) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle("Export Flyway Migrations into");
                File folder = chooser.showDialog(owner);
                return folder == null ? null : folder.toPath();
            }
        };
    }
}
