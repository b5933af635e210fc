package dev.lintel.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.app.importing.DdlImportService;
import dev.lintel.app.task.FxDelayScheduler;
import dev.lintel.app.task.ThreadPoolTaskExecutor;
import dev.lintel.app.theme.ThemeManager;
import dev.lintel.model.document.DocumentStore;
import dev.lintel.model.document.LintelDocument;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The document commands in a real window, headless, with the real executor and the real
 * three-second autosave: Ctrl+S, Ctrl+N, closing with unsaved changes, a file changed on disk.
 * Waits poll for background work and fail after a generous limit; they measure nothing.
 */
@ExtendWith(ApplicationExtension.class)
class DocumentWindowTest {
    @TempDir
    static Path dir;

    private Stage stage;
    private ThreadPoolTaskExecutor executor;
    private MainWindowViewModel viewModel;
    private Path shopFile;

    // A stage of its own, so that closing it leaves the shared primary stage to the other tests.
    @Start
    void start(Stage primary) throws Exception {
        shopFile = dir.resolve("shop-" + System.nanoTime() + ".lintel");
        DocumentStore.save(shopFile, LintelDocument.of(TestSchemas.shop()));
        executor = ThreadPoolTaskExecutor.forJavaFx();
        viewModel = new MainWindowViewModel(executor, DdlImportService.usingModelImporter(), new FxDelayScheduler(),
                DocumentRecovery.inDirectory(dir.resolve("recovery")));
        ThemeManager theme = new ThemeManager();
        MainWindowView view = new MainWindowView(viewModel, theme);
        stage = new Stage();
        Scene scene = new Scene(view, 1100, 700);
        theme.install(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.windowTitle());
        view.documents().install(stage);
        stage.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        // Giving up the work also cancels a pending autosave, which would otherwise fire into the
        // closed executor during the next test.
        robot.interact(() -> {
            viewModel.session().settleUnsaved(SaveChoice.DONT_SAVE, null, () -> { });
            stage.setOnCloseRequest(null);
            stage.close();
        });
        WaitForAsyncUtils.waitForFxEvents();
        executor.close();
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openShopAndEdit(FxRobot robot) throws Exception {
        robot.interact(() -> viewModel.openFile(shopFile));
        await(() -> shopFile.equals(viewModel.documentPathProperty().get()) && !viewModel.busyProperty().get());
        robot.interact(() -> viewModel.applyEdit(viewModel.schemaProperty().get().addTable(
                Table.builder(QualifiedName.of("public", "notes")).addColumn(Column.of("body", DataType.of("text"))).build())));
    }

    private static void click(FxRobot robot, String dialogId, String button) {
        DialogPane pane = robot.lookup("#" + dialogId).queryAs(DialogPane.class);
        ButtonType type = pane.getButtonTypes().stream().filter(b -> b.getText().equals(button)).findFirst().orElseThrow();
        Node node = pane.lookupButton(type);
        robot.clickOn(node);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean showing(FxRobot robot, String dialogId) {
        return robot.lookup("#" + dialogId).tryQuery().isPresent();
    }

    private boolean savedWithNotes() throws Exception {
        return DocumentStore.read(shopFile).schema().table(QualifiedName.of("public", "notes")).isPresent();
    }

    @Test
    void anEditIsAutosavedAfterAPauseAndCtrlSRemovesTheRecoveryFile(FxRobot robot) throws Exception {
        openShopAndEdit(robot);
        assertEquals("*" + shopFile.getFileName() + " \u2014 Lintel", stage.getTitle());
        Path recovery = viewModel.session().recoveryFile();
        assertFalse(Files.exists(recovery), "not at once: after three idle seconds");

        await(() -> Files.exists(recovery));
        assertTrue(Files.readString(recovery).contains("\"notes\""), "the recovery file holds the edit");

        robot.clickOn("#diagram-canvas");
        robot.push(KeyCode.SHORTCUT, KeyCode.S);
        await(() -> !viewModel.dirtyProperty().get());

        assertFalse(Files.exists(recovery), "a clean save removes the recovery file");
        assertTrue(savedWithNotes());
        assertEquals(shopFile.getFileName() + " \u2014 Lintel", stage.getTitle());
    }

    @Test
    void closingWithUnsavedChangesAsksCancelKeepsTheWindowDontSaveClosesIt(FxRobot robot) throws Exception {
        openShopAndEdit(robot);
        Path recovery = viewModel.session().recoveryFile();
        await(() -> Files.exists(recovery));

        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertTrue(showing(robot, "unsaved-dialog"));
        click(robot, "unsaved-dialog", "Cancel");

        assertTrue(stage.isShowing(), "Cancel keeps the window open");
        assertTrue(viewModel.dirtyProperty().get());
        assertTrue(Files.exists(recovery));

        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        click(robot, "unsaved-dialog", "Don't Save");
        await(() -> !stage.isShowing());

        assertFalse(Files.exists(recovery), "Don't Save gives the work up: nothing to offer at the next start");
        assertFalse(savedWithNotes());
    }

    @Test
    void newWithUnsavedChangesOffersToSaveFirst(FxRobot robot) throws Exception {
        openShopAndEdit(robot);

        robot.clickOn("#diagram-canvas");
        robot.push(KeyCode.SHORTCUT, KeyCode.N);
        click(robot, "unsaved-dialog", "Save");
        await(() -> viewModel.documentPathProperty().get() == null);

        assertTrue(savedWithNotes(), "saved before the new document replaced it");
        assertEquals(Schema.empty(), viewModel.schemaProperty().get());
        assertEquals("Untitled \u2014 Lintel", stage.getTitle());
    }

    @Test
    void aFileChangedByAnotherProgramAsksAndKeepMineMarksTheWindowsVersionUnsaved(FxRobot robot) throws Exception {
        robot.interact(() -> viewModel.openFile(shopFile));
        await(() -> shopFile.equals(viewModel.documentPathProperty().get()) && !viewModel.busyProperty().get());
        FileTime before = Files.getLastModifiedTime(shopFile);
        DocumentStore.save(shopFile, LintelDocument.of(Schema.empty()));
        Files.setLastModifiedTime(shopFile, FileTime.fromMillis(before.toMillis() + 5000));

        // What regaining the focus does.
        robot.interact(() -> viewModel.session().checkDisk());
        await(() -> showing(robot, "disk-change-dialog"));
        click(robot, "disk-change-dialog", "Keep Mine");

        assertNull(viewModel.session().diskChangeProperty().get());
        assertEquals("*" + shopFile.getFileName() + " \u2014 Lintel", stage.getTitle());
        assertEquals(3, viewModel.schemaProperty().get().tables().size(), "the window's version stays");
    }
}
