package dev.lintel.app.shell;

import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Table;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * The real application in a process of its own, for {@link RecoveryAfterKillTest}: it starts
 * {@link LintelApplication} on the document given as the argument (with whatever recovery
 * folder {@code -Dlintel.recovery.dir} names), adds one table the way an edit does, prints
 * {@value #EDITED} and then waits to be killed.
 */
public final class EditingAppProcess {
    static final String EDITED = "EDITED";
    static final QualifiedName ADDED = QualifiedName.of("public", "edited_before_the_kill");

    private EditingAppProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path document = Path.of(args[0]).toAbsolutePath();
        Thread app = new Thread(() -> Application.launch(LintelApplication.class, document.toString()), "launcher");
        app.start();
        MainWindowViewModel viewModel = poll(() -> Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof MainWindowView)
                .map(w -> ((MainWindowView) w.getScene().getRoot()).viewModel())
                .findFirst());
        poll(() -> document.equals(viewModel.documentPathProperty().get()) && !viewModel.busyProperty().get()
                ? Optional.of(true) : Optional.empty());
        onFx(() -> {
            viewModel.applyEdit(viewModel.schemaProperty().get().addTable(Table.builder(ADDED)
                    .addColumn(Column.of("id", DataType.of("bigint")).withNullable(false)).build()));
            return true;
        });
        System.out.println(EDITED);
        app.join();
    }

    // Asks the UI thread every 100 ms until it has an answer (the toolkit may not be up yet).
    private static <T> T poll(Supplier<Optional<T>> question) throws Exception {
        while (true) {
            try {
                Optional<T> answer = onFx(question::get);
                if (answer.isPresent()) {
                    return answer.get();
                }
            } catch (IllegalStateException toolkitNotYetRunning) {
                // try again
            }
            Thread.sleep(100);
        }
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
