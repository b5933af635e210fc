package dev.lintel.app.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.app.shell.MainWindowViewModel;
import dev.lintel.app.task.CurrentThreadTaskExecutor;
import dev.lintel.app.task.ImmediateDelayScheduler;
import dev.lintel.app.task.ThreadPoolTaskExecutor;
import dev.lintel.model.testing.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Connect to Database dialog, headless, against a real PostgreSQL server that requires a
 * password, with the app's real thread-pool executor (the read runs off the UI thread). The
 * schema it reads lands in the main window's view-model, as File > Connect does.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectDialogTest {
    private static final String SECRET = "Conn3ct-pw";
    private static PostgresServer server;
    @TempDir
    static Path config;

    private ThreadPoolTaskExecutor executor;
    private MainWindowViewModel main;
    private ConnectViewModel vm;
    private boolean closed;

    @BeforeAll
    static void startServer() throws Exception {
        server = PostgresServer.startWithPassword(SECRET);
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", SECRET);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE account (id bigint PRIMARY KEY, email text NOT NULL)");
            s.execute("CREATE TABLE item (id bigint PRIMARY KEY, account_id bigint REFERENCES account)");
        }
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    @Start
    void start(Stage stage) {
        executor = new ThreadPoolTaskExecutor(1, Platform::runLater);
        main = new MainWindowViewModel(new CurrentThreadTaskExecutor(), DdlImportService.usingModelImporter(),
                new ImmediateDelayScheduler());
        vm = new ConnectViewModel(executor, new ConnectionProfiles(config.resolve("connections.json")), main::databaseRead);
        stage.setScene(new Scene(new ConnectView(vm, () -> closed = true)));
        ConnectDialog.keepSized(stage, vm); // as the real dialog: the window grows to show a failure
        stage.show();
    }

    @AfterEach
    void stopExecutor() {
        executor.close();
    }

    private void fillIn(FxRobot robot, String password) {
        robot.interact(() -> {
            field(robot, "#connect-host").setText("127.0.0.1");
            field(robot, "#connect-port").setText(Integer.toString(server.port()));
            field(robot, "#connect-user").setText("postgres");
        });
        robot.clickOn("#connect-database").write("postgres");
        robot.clickOn("#connect-password").write(password);
    }

    private static TextField field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    /** Waits for the background work to come back; the bound only guards the build against a hang. */
    private void awaitIdle() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void connectingReadsTheTablesIntoTheMainWindowAndRemembersTheProfileWithoutThePassword(FxRobot robot) throws Exception {
        fillIn(robot, SECRET);
        robot.clickOn("#connect-profile-name").write("local test");
        robot.clickOn("#connect-test");
        awaitIdle();
        assertTrue(robot.lookup("#connect-status").queryAs(Label.class).getText().startsWith("Connected: PostgreSQL"),
                robot.lookup("#connect-status").queryAs(Label.class).getText());

        robot.clickOn("#connect-connect");
        awaitIdle();

        assertEquals("", vm.errorProperty().get());
        assertTrue(closed, "the dialog closes once the schema is read");
        assertEquals(List.of("account", "item"), main.schemaProperty().get().tables().stream().map(t -> t.name().name()).sorted().toList());
        assertEquals("postgres", main.documentTitleProperty().get());
        String saved = Files.readString(config.resolve("connections.json"));
        assertTrue(saved.contains("local test") && saved.contains(Integer.toString(server.port())), saved);
        assertFalse(saved.contains(SECRET), "the password is never saved: " + saved);
        assertEquals("", vm.passwordProperty().get(), "the typed password is dropped after use");
    }

    @Test
    void aWrongPasswordIsShownInOneLineAndTheDialogStaysUsable(FxRobot robot) throws Exception {
        fillIn(robot, "not-it");
        robot.clickOn("#connect-connect");
        awaitIdle();

        String shown = robot.lookup("#connect-error").queryAs(Label.class).getText();
        assertTrue(shown.startsWith("wrong password for jdbc:postgresql://127.0.0.1:" + server.port()), shown);
        assertFalse(shown.contains("\n") || shown.contains("not-it"), shown);
        assertFalse(closed);
        assertTrue(robot.lookup("#connect-error-detail").query().isVisible());

        // Still responsive: the form takes a corrected password and the next attempt works.
        robot.interact(() -> vm.passwordProperty().set(""));
        robot.clickOn("#connect-password").write(SECRET);
        assertFalse(robot.lookup("#connect-test").queryAs(Button.class).isDisabled());
        robot.clickOn("#connect-test");
        awaitIdle();
        assertEquals("", vm.errorProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("Connected: PostgreSQL"), vm.statusProperty().get());
    }
}
