package dev.lintel.bench;

import dev.lintel.app.importing.DdlImportService;
import dev.lintel.app.shell.MainWindowView;
import dev.lintel.app.shell.MainWindowViewModel;
import dev.lintel.app.task.FxDelayScheduler;
import dev.lintel.app.task.ThreadPoolTaskExecutor;
import dev.lintel.app.theme.ThemeManager;
import dev.lintel.model.schema.Schema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * Typing during live lint, in the real main window (Monocle headless, software rendering): the
 * window shows a generated schema, a table is selected and its first column's comment is typed
 * into the inspector, one key every 30 ms, with Enter after every eighth key (each Enter is one
 * undoable edit, so the schema changes about four times a second and live lint, the DDL pane, the
 * diagram and the findings all follow it, lint 200 ms and DDL 120 ms after the last edit). An
 * {@link AnimationTimer} keeps a pulse going every frame and records when each pulse ran: a long
 * gap between two pulses is a frame the window could not draw because its thread was busy.
 *
 * <p>Reports the longest gap and the 99th percentile for 1,000 tables next to the same figures for
 * 10 tables, measured in the same run (after a warm-up of both), and how long the UI thread spent
 * in one key's handling (Enter includes the edit and everything that listens to the schema). A
 * pulse comes every 16.7 ms at 60 Hz, so a gap of about 17 ms is no missed frame.
 */
final class TypingPulseRun {
    static final String NAME = "TypingBenchmarks.pulseGapsWhileTyping";
    private static final long KEY_MILLIS = 30;
    private static final int KEYS_PER_COMMIT = 8;
    private static final String TEXT = "lifetime value of the customer in cents, before tax and refunds; ";

    private TypingPulseRun() {
    }

    /** What one typing session measured, in milliseconds. */
    record Figures(int tables, double[] gaps, double[] keyWork, int edits, int lints, int ddls, ProcessCosts.Spent spent) {
        double longestGap() {
            return gaps.length == 0 ? 0 : gaps[gaps.length - 1];
        }

        double gapP99() {
            return percentile(gaps, 0.99);
        }

        double gapP50() {
            return percentile(gaps, 0.50);
        }

        long gapsOver(double ms) {
            return Arrays.stream(gaps).filter(g -> g > ms).count();
        }

        double longestKey() {
            return keyWork.length == 0 ? 0 : keyWork[keyWork.length - 1];
        }

        double keyP99() {
            return percentile(keyWork, 0.99);
        }
    }

    public static void main(String[] args) throws Exception {
        measureAndPrint(List.of(args).contains("--quick") ? 4 : 8);
        System.exit(0);
    }

    static void measureAndPrint(int seconds) throws Exception {
        startHeadless();
        // Warm-up: the same session once for each size, not reported.
        typeInto(10, 3);
        typeInto(1000, 3);
        Figures small = typeInto(10, seconds);
        Figures large = typeInto(1000, seconds);
        System.out.println();
        System.out.println("Lintel typing benchmark: gaps between UI pulses while typing into the inspector, "
                + seconds + " s per size, key every " + KEY_MILLIS + " ms, Enter (one edit) every " + KEYS_PER_COMMIT + " keys");
        System.out.printf(Locale.ROOT, "%-12s %10s %10s %10s %12s %12s %12s %8s %6s %6s %10s %10s %9s%n", "schema", "longest", "p99",
                "p50", "gaps>25ms", "key p99", "key max", "edits", "lints", "ddls", "UI cpu", "allocated", "GC");
        for (Figures f : List.of(small, large)) {
            System.out.printf(Locale.ROOT, "%-12s %7.1f ms %7.1f ms %7.1f ms %6d of %-3d %9.2f ms %9.2f ms %8d %6d %6d %7.0f ms %7.0f MB %6.0f ms%n",
                    f.tables() + " tables", f.longestGap(), f.gapP99(), f.gapP50(), f.gapsOver(25), f.gaps().length,
                    f.keyP99(), f.longestKey(), f.edits(), f.lints(), f.ddls(), f.spent().threadCpuMillis(),
                    f.spent().allocatedMegabytes(), f.spent().gcMillis());
        }
        System.out.println("UI cpu: CPU time of the UI thread while typing; allocated: by all threads; GC: collectors' time (pauses stop the UI too)");
        System.out.printf(Locale.ROOT, "ratio 1,000 / 10 tables: longest gap %.2fx, p99 gap %.2fx, p99 key %.2fx%n",
                large.longestGap() / small.longestGap(), large.gapP99() / small.gapP99(), large.keyP99() / small.keyP99());
        System.out.println("target (PERFORMANCE.md): no gap longer than a frame (16 ms; pulses come every 16.7 ms at 60 Hz)");
        // The JavaFX thread is not a daemon: without this the JVM would wait on it after the report.
        Platform.exit();
    }

    private static Figures typeInto(int tables, int seconds) throws Exception {
        Schema schema = GeneratedSchemas.tables(tables);
        ThreadPoolTaskExecutor executor = ThreadPoolTaskExecutor.forJavaFx();
        Window w = onFx(() -> new Window(executor, schema));
        waitFor("the layout and the first lint of " + tables + " tables", () -> onFxQuietly(w::ready));
        onFx(w::startTyping);
        waitFor("the comment field", () -> onFxQuietly(() -> w.field() != null));

        AtomicInteger typed = new AtomicInteger();
        int keys = (int) (seconds * 1000 / KEY_MILLIS);
        CountDownLatch done = new CountDownLatch(1);
        ScheduledExecutorService keyboard = Executors.newSingleThreadScheduledExecutor();
        onFx(w::startRecording);
        if (Boolean.getBoolean("typing.trace")) {
            Thread.sleep(2000);
            System.err.println("idle pulses in 2 s: " + onFx(() -> w.pulses.size()));
        }
        keyboard.scheduleAtFixedRate(() -> {
            int n = typed.getAndIncrement();
            if (n < keys) {
                Platform.runLater(() -> w.key(n));
            } else if (n == keys) {
                done.countDown();
            }
        }, 0, KEY_MILLIS, TimeUnit.MILLISECONDS);
        done.await();
        keyboard.shutdownNow();
        // The last edit's lint and DDL land after the debounce: keep recording until they have.
        Thread.sleep(600);
        Figures figures = onFx(() -> w.stop(tables));
        // Work already scheduled by the closed window (a debounced render) finishes before the pool goes.
        Thread.sleep(500);
        executor.close();
        return figures;
    }

    /** The main window on one schema, with its recorders. */
    private static final class Window {
        final MainWindowViewModel viewModel;
        final Scene scene;
        final Stage stage;
        final List<Long> pulses = new ArrayList<>();
        final List<Long> keyWork = new ArrayList<>();
        final AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses.add(System.nanoTime());
            }
        };
        int edits;
        int lints;
        int ddls;
        String table;
        TextField field;
        java.time.Instant recordingFrom;
        ProcessCosts costs;

        Window(ThreadPoolTaskExecutor executor, Schema schema) {
            viewModel = new MainWindowViewModel(executor, DdlImportService.usingModelImporter(), new FxDelayScheduler());
            ThemeManager theme = new ThemeManager();
            MainWindowView view = new MainWindowView(viewModel, theme);
            scene = new Scene(view, 1440, 900);
            theme.install(scene);
            stage = new Stage();
            stage.setScene(scene);
            stage.show();
            viewModel.showSchema(schema, "generated " + schema.tables().size() + " tables");
            table = "table:public.t" + schema.tables().size() / 2;
            // The DDL pane open, as someone who watches the DDL while typing would have it.
            TabPane tabs = (TabPane) scene.lookup("#bottom-tabs");
            tabs.getTabs().stream().filter(t -> "ddl-tab".equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
            viewModel.schemaProperty().addListener((o, a, b) -> edits++);
            viewModel.lintResultProperty().addListener((o, a, b) -> lints++);
            viewModel.ddl().renderedProperty().addListener((o, a, b) -> ddls++);
        }

        boolean ready() {
            return !viewModel.diagram().layingOutProperty().get()
                    && !viewModel.diagram().diagramProperty().get().layout().nodes().isEmpty()
                    && viewModel.lintResultProperty().get() != null;
        }

        Void startTyping() {
            viewModel.select(table);
            return null;
        }

        // The inspector rebuilds its fields after each edit: find the new one (in the inspector only,
        // a lookup over the whole scene would cost more than the typing it measures).
        TextField field() {
            if (field == null || field.getScene() == null) {
                Node inspector = scene.lookup("#inspector-content");
                Node n = inspector == null ? null : inspector.lookup("#col-comment-0");
                field = n instanceof TextField t ? t : null;
            }
            return field;
        }

        Void startRecording() {
            edits = 0;
            lints = 0;
            ddls = 0;
            recordingFrom = java.time.Instant.now();
            costs = ProcessCosts.start();
            timer.start();
            return null;
        }

        // One key: a character typed into the comment field, or Enter, which commits the comment.
        void key(int n) {
            long start = System.nanoTime();
            TextField field = field();
            if (field == null) {
                return;
            }
            if (!field.isFocused()) {
                field.requestFocus();
            }
            if (field.getSelection().getLength() > 0) {
                field.end(); // the rebuilt field comes back with its text selected; type on at its end
            }
            if ((n + 1) % KEYS_PER_COMMIT == 0) {
                Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
            } else {
                String c = String.valueOf(TEXT.charAt(n % TEXT.length()));
                Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_TYPED, c, c, KeyCode.UNDEFINED, false, false, false, false));
            }
            keyWork.add(System.nanoTime() - start);
            if (Boolean.getBoolean("typing.trace")) { // -Dtyping.trace=true: each key, to see where time goes
                System.err.printf("key %d %.2f ms, pulses so far %d, text '%s'%n", n, (System.nanoTime() - start) / 1e6,
                        pulses.size(), field.getText());
            }
        }

        Figures stop(int tables) {
            timer.stop();
            ProcessCosts.Spent spent = costs.spent();
            if (Boolean.getBoolean("typing.trace")) { // the window to cut a profile (JFR) to: the measured typing only
                System.err.println("recorded " + tables + " tables from " + recordingFrom + " to " + java.time.Instant.now());
            }
            stage.close();
            double[] gaps = new double[Math.max(0, pulses.size() - 1)];
            for (int i = 1; i < pulses.size(); i++) {
                gaps[i - 1] = (pulses.get(i) - pulses.get(i - 1)) / 1e6;
            }
            Arrays.sort(gaps);
            double[] work = keyWork.stream().mapToDouble(k -> k / 1e6).sorted().toArray();
            return new Figures(tables, gaps, work, edits, lints, ddls, spent);
        }
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    private static synchronized void startHeadless() throws InterruptedException {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("headless.geometry", "1600x1000-32"); // the default 1280x800 screen is smaller than the window
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        Platform.setImplicitExit(false);
        up.await();
    }

    private static boolean onFxQuietly(Callable<Boolean> work) {
        try {
            return onFx(work);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(2, TimeUnit.MINUTES);
    }
}
