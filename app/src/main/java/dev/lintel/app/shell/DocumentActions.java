package dev.lintel.app.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The document commands as the user meets them: file choosers, "save changes?" before a
 * document is closed or replaced, the restore offer after a crash, and the question when
 * another program changed the file. Dialogs never block (their answers arrive in callbacks), so
 * they can open from background-task callbacks and tests can drive them; the decisions are
 * {@link DocumentSession}'s.
 */
public final class DocumentActions {
    private final MainWindowViewModel viewModel;
    private final DocumentSession session;
    private final Supplier<Window> window;
    private Alert asking;

    DocumentActions(MainWindowViewModel viewModel, Supplier<Window> window) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.session = viewModel.session();
        this.window = Objects.requireNonNull(window, "window");
        session.recoveryOfferProperty().addListener((obs, old, offer) -> {
            if (offer != null) {
                offerRestore(offer);
            }
        });
        session.diskChangeProperty().addListener((obs, old, change) -> {
            if (change != null) {
                askAboutDiskChange(change);
            }
        });
    }

    /**
     * Makes closing {@code stage} ask about unsaved changes (Cancel keeps it open), and checks the
     * file on disk whenever the window comes back to the front.
     */
    public void install(Stage stage) {
        stage.setOnCloseRequest(e -> {
            if (session.dirtyProperty().get()) {
                e.consume();
                whenSettled(stage::close);
            }
        });
        stage.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                session.checkDisk();
            }
        });
    }

    public void newDocument() {
        whenSettled(session::newDocument);
    }

    public void open() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Lintel documents and SQL scripts", "*.lintel", "*.sql", "*.ddl"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(window.get());
        if (file != null) {
            openFile(file.toPath());
        }
    }

    /** Opens (or imports) a file once the current document's unsaved changes are settled. */
    public void openFile(Path file) {
        whenSettled(() -> viewModel.openFile(file));
    }

    public void save() {
        if (!session.save()) {
            saveAs();
        }
    }

    public void saveAs() {
        Path file = chooseSaveTarget();
        if (file != null) {
            session.saveAs(file);
        }
    }

    /** File > Exit: the same question as closing the window. */
    public void exit() {
        Window w = window.get();
        whenSettled(() -> {
            if (w instanceof Stage stage) {
                stage.close();
            } else {
                Platform.exit();
            }
        });
    }

    /**
     * Runs {@code proceed} now when there are no unsaved changes; otherwise asks Save / Don't Save
     * / Cancel first. Save proceeds only once the file is written (a failed save shows why and
     * proceeds not); Cancel, or cancelling the Save As chooser, leaves everything as it was.
     */
    public void whenSettled(Runnable proceed) {
        if (!session.dirtyProperty().get()) {
            proceed.run();
            return;
        }
        if (asking != null) {
            asking.getDialogPane().requestFocus();
            return;
        }
        ButtonType save = new ButtonType("Save", ButtonData.YES);
        ButtonType dontSave = new ButtonType("Don't Save", ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonData.CANCEL_CLOSE);
        Alert ask = dialog(Alert.AlertType.CONFIRMATION, "unsaved-dialog",
                "Save changes to " + session.titleProperty().get() + "?",
                "Your changes will be lost if you don't save them.", save, dontSave, cancel);
        ask.setOnHidden(e -> {
            asking = null;
            ButtonType answer = ask.getResult();
            if (answer == save) {
                Path target = session.pathProperty().get() == null ? chooseSaveTarget() : null;
                if (session.pathProperty().get() != null || target != null) {
                    session.settleUnsaved(SaveChoice.SAVE, target, proceed);
                }
            } else if (answer == dontSave) {
                session.settleUnsaved(SaveChoice.DONT_SAVE, null, proceed);
            }
        });
        asking = ask;
        ask.show();
    }

    private void offerRestore(RecoveryOffer offer) {
        ButtonType restore = new ButtonType("Restore", ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonData.NO);
        ButtonType later = new ButtonType("Later", ButtonData.CANCEL_CLOSE);
        String where = offer.original() == null ? "never saved" : offer.original();
        Alert ask = dialog(Alert.AlertType.CONFIRMATION, "recovery-dialog", "Restore unsaved work on " + offer.title() + "?",
                "Lintel ended without saving " + offer.title() + " (" + where + "). Its changes were autosaved "
                        + offer.savedAt() + ".\nRestore opens them unsaved; Discard deletes them for good."
                        + (offer.more() > 0 ? "\n" + offer.more() + " more will be offered next time." : ""),
                restore, discard, later);
        ask.setOnHidden(e -> {
            if (ask.getResult() == restore) {
                whenSettled(session::restoreOffered);
            } else if (ask.getResult() == discard) {
                session.discardOffered();
            } else {
                session.postponeOffered();
            }
        });
        ask.show();
    }

    private void askAboutDiskChange(DiskChange change) {
        ButtonType keep = new ButtonType("Keep Mine", ButtonData.CANCEL_CLOSE);
        Alert ask;
        if (change.deleted()) {
            ask = dialog(Alert.AlertType.WARNING, "disk-change-dialog",
                    change.fileName() + " was deleted or moved by another program.",
                    "Your version stays open; Save writes the file again.", keep);
        } else {
            ButtonType reload = new ButtonType("Reload from Disk", ButtonData.OTHER);
            String lose = session.dirtyProperty().get() ? "your unsaved changes in this window are lost"
                    : "you have no unsaved changes here";
            ask = dialog(Alert.AlertType.WARNING, "disk-change-dialog", change.fileName() + " was changed by another program.",
                    "Reload from Disk shows the file as it is now (" + lose + ").\n"
                            + "Keep Mine keeps this version; the next Save overwrites the file.", reload, keep);
            ask.setOnHidden(e -> {
                if (ask.getResult() == reload) {
                    session.reloadFromDisk();
                } else {
                    session.keepMine();
                }
            });
        }
        if (change.deleted()) {
            ask.setOnHidden(e -> session.keepMine());
        }
        ask.show();
    }

    private Alert dialog(Alert.AlertType type, String id, String header, String content, ButtonType... buttons) {
        Alert alert = new Alert(type, content, buttons);
        alert.setTitle("Lintel");
        alert.setHeaderText(header);
        alert.getDialogPane().setId(id);
        alert.initOwner(window.get());
        return alert;
    }

    private Path chooseSaveTarget() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save As");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Lintel documents", "*.lintel"));
        chooser.setInitialFileName(session.suggestedFileName());
        Path current = session.pathProperty().get();
        if (current != null && current.getParent() != null) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        File file = chooser.showSaveDialog(window.get());
        return file == null ? null : file.toPath();
    }
}
