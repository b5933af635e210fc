package dev.lintel.bench;

import dev.lintel.app.importing.DdlImportService;
import dev.lintel.app.shell.MainWindowView;
import dev.lintel.app.shell.MainWindowViewModel;
import dev.lintel.app.task.FxDelayScheduler;
import dev.lintel.app.task.ThreadPoolTaskExecutor;
import dev.lintel.app.theme.ThemeManager;
import dev.lintel.model.ddl.render.DdlRenderer;
import dev.lintel.model.dialect.Dialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * From opening a DDL file in the real window to the first frame that shows its cards: the import
 * and the layout on the app's background executor, then the first pulse after the laid out diagram
 * reached the canvas, rendered (the canvas fits the diagram to the view and draws every card,
 * as card nodes or, below 45% zoom, as named boxes, within that pulse). In one JVM on JavaFX's headless Monocle platform (software renderer), for
 * generated files of 10 and 1,000 tables, alternately; the first (cold) pair is reported apart.
 * Not JMH: each sample is one open of a fresh window, a wall-clock interval.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar dev.lintel.bench.DiagramFirstFrameRun [runs]}.
 */
public final class DiagramFirstFrameRun {
    private DiagramFirstFrameRun() {
    }

    /** Milliseconds from the open to the schema, to the laid out diagram, and to the first frame with cards. */
    /** ... and to the final layout (for large schemas ELK's replaces a quick first placement). */
    record Sample(double imported, double laidOut, double frame, double finalLayout) {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        startHeadless();
        Path dir = Files.createTempDirectory("lintel-first-frame");
        Path small = write(dir, 10);
        Path large = write(dir, 1000);
        ThreadPoolTaskExecutor executor = ThreadPoolTaskExecutor.forJavaFx();
        Sample coldSmall = open(small, 10, executor);
        Sample coldLarge = open(large, 1000, executor);
        // The same schemas saved as documents, with the layout the import made: opening one draws
        // the saved positions, so this is the canvas's own first frame, without import and auto-layout.
        Path smallDoc = dir.resolve("generated-10.lintel");
        Path largeDoc = dir.resolve("generated-1000.lintel");
        open(small, 10, executor, smallDoc);
        open(large, 1000, executor, largeDoc);
        List<Sample> smalls = new ArrayList<>();
        List<Sample> larges = new ArrayList<>();
        List<Sample> smallDocs = new ArrayList<>();
        List<Sample> largeDocs = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            smalls.add(open(small, 10, executor));
            larges.add(open(large, 1000, executor));
            smallDocs.add(open(smallDoc, 10, executor));
            largeDocs.add(open(largeDoc, 1000, executor));
        }
        System.out.println();
        System.out.println("Open a DDL file -> first frame with cards (ms: schema imported / cards placed / first frame / final layout)");
        System.out.printf(Locale.ROOT, "cold   10 tables: %s%ncold 1000 tables: %s%n", format(coldSmall), format(coldLarge));
        Sample s = median(smalls);
        Sample l = median(larges);
        System.out.printf(Locale.ROOT, "warm   10 tables (median of %d): %s%n", runs, format(s));
        System.out.printf(Locale.ROOT, "warm 1000 tables (median of %d): %s%n", runs, format(l));
        System.out.printf(Locale.ROOT, "ratio 1000 / 10 tables, first frame: %.2fx warm, %.2fx cold (target: under a second)%n",
                l.frame() / s.frame(), coldLarge.frame() / coldSmall.frame());
        Sample sd = median(smallDocs);
        Sample ld = median(largeDocs);
        System.out.println("Open a saved document (layout stored) -> first frame with cards (ms: schema read / diagram / first frame / final)");
        System.out.printf(Locale.ROOT, "warm   10 tables (median of %d): %s%n", runs, format(sd));
        System.out.printf(Locale.ROOT, "warm 1000 tables (median of %d): %s%n", runs, format(ld));
        System.out.printf(Locale.ROOT, "ratio 1000 / 10 tables, first frame of a document: %.2fx (target: under a second)%n",
                ld.frame() / sd.frame());
        executor.close();
        Platform.exit();
        System.exit(0);
    }

    private static Path write(Path dir, int tables) throws Exception {
        Path file = dir.resolve("generated-" + tables + ".sql");
        Files.writeString(file, new DdlRenderer().render(GeneratedSchemas.tables(tables), Dialect.POSTGRES).sql());
        return file;
    }

    private static Sample open(Path file, int tables, ThreadPoolTaskExecutor executor) throws Exception {
        return open(file, tables, executor, null);
    }

    /** Opens {@code file} (DDL or document) in a fresh window; when {@code saveTo} is given, saves the laid out document there. */
    private static Sample open(Path file, int tables, ThreadPoolTaskExecutor executor, Path saveTo) throws Exception {
        CompletableFuture<Sample> done = new CompletableFuture<>();
        Stage[] stage = new Stage[1];
        Platform.runLater(() -> {
            MainWindowViewModel vm = new MainWindowViewModel(executor, DdlImportService.usingModelImporter(),
                    new FxDelayScheduler());
            ThemeManager theme = new ThemeManager();
            Scene scene = new Scene(new MainWindowView(vm, theme), 1200, 760);
            theme.install(scene);
            stage[0] = new Stage();
            stage[0].setScene(scene);
            stage[0].show();
            // Start once the empty window has been drawn, as a user's File > Open would.
            Platform.runLater(() -> {
                long start = System.nanoTime();
                double[] imported = {-1};
                double[] laidOut = {-1};
                vm.schemaProperty().addListener((o, a, now) -> {
                    if (now.tables().size() == tables && imported[0] < 0) {
                        imported[0] = (System.nanoTime() - start) / 1e6;
                    }
                });
                Runnable[] pulse = new Runnable[1];
                pulse[0] = () -> {
                    if (laidOut[0] >= 0) {
                        scene.removePostLayoutPulseListener(pulse[0]);
                        // The post-layout listener runs before the pulse renders; runLater after it.
                        double frame = (System.nanoTime() - start) / 1e6;
                        Runnable finish = () -> {
                            Sample sample = new Sample(imported[0], laidOut[0], frame, (System.nanoTime() - start) / 1e6);
                            if (saveTo != null) {
                                vm.saveAs(saveTo);
                            }
                            done.complete(sample);
                        };
                        Platform.runLater(() -> {
                            if (!vm.diagram().layingOutProperty().get()) {
                                finish.run();
                            } else {
                                vm.diagram().layingOutProperty().addListener((o2, was, busy) -> {
                                    if (!busy && !done.isDone()) {
                                        finish.run();
                                    }
                                });
                            }
                        });
                    } else {
                        Platform.requestNextPulse();
                    }
                };
                vm.diagram().diagramProperty().addListener((o, a, now) -> {
                    if (now.layout().nodes().size() == tables && laidOut[0] < 0) {
                        laidOut[0] = (System.nanoTime() - start) / 1e6;
                        scene.addPostLayoutPulseListener(pulse[0]);
                        Platform.requestNextPulse();
                    }
                });
                vm.openFile(file);
            });
        });
        Sample sample = done.get(90, TimeUnit.SECONDS);
        for (int i = 0; saveTo != null && !Files.exists(saveTo) && i < 600; i++) {
            Thread.sleep(100); // saved atomically: the file appears complete
        }
        Platform.runLater(() -> stage[0].close());
        return sample;
    }

    private static String format(Sample s) {
        return String.format(Locale.ROOT, "%7.0f / %7.0f / %7.0f / %7.0f", s.imported(), s.laidOut(), s.frame(), s.finalLayout());
    }

    private static Sample median(List<Sample> samples) {
        return new Sample(middle(samples.stream().map(Sample::imported).toList()),
                middle(samples.stream().map(Sample::laidOut).toList()), middle(samples.stream().map(Sample::frame).toList()),
                middle(samples.stream().map(Sample::finalLayout).toList()));
    }

    private static double middle(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static void startHeadless() throws InterruptedException {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        Platform.setImplicitExit(false);
        up.await();
    }
}
