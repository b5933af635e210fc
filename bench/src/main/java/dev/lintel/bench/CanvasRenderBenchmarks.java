package dev.lintel.bench;

import dev.lintel.app.canvas.DiagramCanvasView;
import dev.lintel.app.canvas.DiagramView;
import dev.lintel.app.canvas.DiagramViewModel;
import dev.lintel.app.task.CurrentThreadTaskExecutor;
import dev.lintel.app.theme.ThemeManager;
import dev.lintel.model.lint.LintResult;
import dev.lintel.model.schema.Schema;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One frame of the real diagram pane ({@link DiagramView}: canvas, controls, minimap, with the app's
 * theme) in a 1200 x 760 window on JavaFX's headless Monocle platform and its software renderer
 * ({@code prism.order=sw}, no GPU here). A frame is: pan the view by one pixel (alternately left and
 * right, so every frame has work to do), which runs the canvas's per-frame work (viewport culling,
 * adding and removing card nodes, painting edges and, when zoomed out, names on the canvas, the
 * minimap), then {@code Scene.snapshot}: CSS, layout and a full software render of the window to
 * an image. Card nodes are built on first sight and cached by the canvas, so this is the steady
 * state of scrolling, not the first sight of a card. Four frames: the whole diagram (zoom to fit)
 * and a viewport at 100% in its middle, for 10 and for 1,000 generated tables.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CanvasRenderBenchmarks {
    private static boolean started;

    private Pane small;
    private Pane large;

    /** One diagram pane in its own window. */
    private static final class Pane {
        final Scene scene;
        final DiagramCanvasView canvas;
        int frame;

        Pane(Schema schema) {
            DiagramViewModel vm = new DiagramViewModel(new SimpleObjectProperty<>(schema), new SimpleObjectProperty<>(),
                    path -> { }, new SimpleStringProperty(), new SimpleStringProperty(),
                    new SimpleObjectProperty<LintResult>(), new CurrentThreadTaskExecutor(), Map::of, positions -> { });
            ThemeManager theme = new ThemeManager();
            DiagramView view = new DiagramView(vm, () -> { }, () -> { }, theme.darkProperty());
            scene = new Scene(view, 1200, 760);
            theme.install(scene);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            canvas = view.canvas();
        }

        WritableImage frame() {
            canvas.panBy(frame++ % 2 == 0 ? 1 : -1, 0);
            return scene.snapshot(null);
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        startHeadless();
        small = onFx(() -> new Pane(GeneratedSchemas.tables(10)));
        large = onFx(() -> new Pane(GeneratedSchemas.tables(1000)));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        Platform.exit();
    }

    /** The frame with the whole diagram on screen. */
    private static void showAll(Pane p) throws Exception {
        onFx(() -> {
            p.canvas.zoomToFit();
            return null;
        });
    }

    /** The frame at 100% around the middle of the diagram. */
    private static void showMiddleAt100(Pane p) throws Exception {
        onFx(() -> {
            var b = p.canvas.shownLayout().bounds();
            p.canvas.zoomToActualSize();
            p.canvas.centreOnPoint(b.centerX(), b.centerY());
            return null;
        });
    }

    @Benchmark
    public WritableImage full10Tables() throws Exception {
        showAllOnce(small, false);
        return onFx(small::frame);
    }

    @Benchmark
    public WritableImage full1000Tables() throws Exception {
        showAllOnce(large, false);
        return onFx(large::frame);
    }

    @Benchmark
    public WritableImage viewport10TablesAt100() throws Exception {
        showAllOnce(small, true);
        return onFx(small::frame);
    }

    @Benchmark
    public WritableImage viewport1000TablesAt100() throws Exception {
        showAllOnce(large, true);
        return onFx(large::frame);
    }

    // JMH runs each benchmark method in its own fork, so each pane is set up for one view per JVM.
    private boolean viewChosen;

    private void showAllOnce(Pane p, boolean at100) throws Exception {
        if (!viewChosen) {
            if (at100) {
                showMiddleAt100(p);
            } else {
                showAll(p);
            }
            viewChosen = true;
        }
    }

    private static synchronized void startHeadless() throws InterruptedException {
        if (started) {
            return;
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        Platform.setImplicitExit(false);
        up.await();
        started = true;
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(2, TimeUnit.MINUTES);
    }
}
