package dev.lintel.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.app.importing.DdlImportService;
import dev.lintel.app.task.CurrentThreadTaskExecutor;
import dev.lintel.app.task.ImmediateDelayScheduler;
import dev.lintel.app.theme.ThemeManager;
import dev.lintel.model.document.DocumentStore;
import dev.lintel.model.document.LintelDocument;
import dev.lintel.model.document.RecoveryFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The crash proof: the real app runs in a process of its own ({@link EditingAppProcess}), makes an
 * edit, autosaves it and is killed with no chance to clean up; a new window on the same recovery
 * folder then offers the work, and Restore brings it back unsaved, on its original file.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryAfterKillTest {
    // The child runs headless the way this JVM does (Monocle, software rendering).
    private static final List<String> HEADLESS_PROPERTIES = List.of("glass.platform", "monocle.platform", "prism.order",
            "prism.text", "java.awt.headless", "testfx.headless");

    @TempDir
    Path dir;

    private Stage stage;
    private Process child;

    @Start
    void start(Stage primary) {
        stage = new Stage();
    }

    @AfterEach
    void cleanUp(FxRobot robot) throws InterruptedException {
        if (child != null && child.isAlive()) {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        robot.interact(stage::close);
    }

    private Process startEditingApp(Path document, Path recoveryDir, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-cp", System.getProperty("java.class.path"),
                "-D" + DocumentRecovery.DIRECTORY_PROPERTY + "=" + recoveryDir,
                // The child's window preferences go to a throwaway folder, not the user's.
                "-Djava.util.prefs.userRoot=" + dir.resolve("prefs")));
        for (String key : HEADLESS_PROPERTIES) {
            if (System.getProperty(key) != null) {
                command.add("-D" + key + "=" + System.getProperty(key));
            }
        }
        command.add(EditingAppProcess.class.getName());
        command.add(document.toString());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    @Test
    void workOfAKilledAppIsOfferedAtTheNextStartAndRestoredUnsavedOnItsFile(FxRobot robot) throws Exception {
        Path document = dir.resolve("orders.lintel");
        DocumentStore.save(document, LintelDocument.of(TestSchemas.shop()));
        Path recoveryDir = dir.resolve("recovery");
        Path log = dir.resolve("child.log");
        RecoveryFiles recovery = new RecoveryFiles(recoveryDir);

        child = startEditingApp(document, recoveryDir, log);
        // Polls, with a limit for a machine that is very busy; it measures nothing.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (recovery.list().isEmpty() && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertTrue(child.isAlive(), () -> "the app ended by itself:\n" + childLog(log));
        assertFalse(recovery.list().isEmpty(), () -> "no autosave within the limit:\n" + childLog(log));
        assertTrue(childLog(log).contains(EditingAppProcess.EDITED));

        long pid = child.pid();
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));

        RecoveryFiles.Entry left = recovery.list().get(0);
        assertTrue(left.owner().startsWith(pid + "@"), left.owner());
        assertEquals(document, left.original());
        assertFalse(DocumentStore.read(document).schema().table(EditingAppProcess.ADDED).isPresent(),
                "the edit was never saved to the document");

        // The next start: a new window on the same recovery folder.
        MainWindowViewModel[] next = new MainWindowViewModel[1];
        robot.interact(() -> {
            next[0] = new MainWindowViewModel(new CurrentThreadTaskExecutor(), DdlImportService.usingModelImporter(),
                    new ImmediateDelayScheduler(), DocumentRecovery.inDirectory(recoveryDir));
            ThemeManager theme = new ThemeManager();
            MainWindowView view = new MainWindowView(next[0], theme);
            stage.setScene(new Scene(view, 1000, 700));
            stage.titleProperty().bind(next[0].windowTitle());
            view.documents().install(stage);
            stage.show();
            next[0].loadSample();
            next[0].session().offerRecovery();
        });
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane offer = robot.lookup("#recovery-dialog").queryAs(DialogPane.class);
        assertTrue(offer.getHeaderText().contains("orders.lintel"), offer.getHeaderText());
        assertTrue(offer.getContentText().contains(document.toString()), offer.getContentText());
        ButtonType restore = offer.getButtonTypes().stream().filter(b -> b.getText().equals("Restore")).findFirst().orElseThrow();
        robot.clickOn(offer.lookupButton(restore));
        WaitForAsyncUtils.waitForFxEvents();

        MainWindowViewModel restored = next[0];
        assertTrue(restored.schemaProperty().get().table(EditingAppProcess.ADDED).isPresent(), "the edit is back");
        assertEquals(TestSchemas.shop().tables().size() + 1, restored.schemaProperty().get().tables().size());
        assertTrue(restored.dirtyProperty().get(), "restored work is unsaved");
        assertEquals(document, restored.documentPathProperty().get(), "on its original file");
        assertEquals("*orders.lintel \u2014 Lintel", stage.getTitle());

        robot.interact(() -> restored.save());
        assertTrue(DocumentStore.read(document).schema().table(EditingAppProcess.ADDED).isPresent());
        assertEquals(List.of(), recovery.list(), "saved: nothing left to recover");
    }

    private static String childLog(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "(no output)";
        } catch (IOException e) {
            return "(unreadable log: " + e + ")";
        }
    }
}
