package dev.lintel.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Time to first frame: launches the app in fresh processes, each told to print
 * {@code lintel-window-frame <epoch ms>} when the window's first frame is drawn,
 * {@code lintel-first-frame <epoch ms>} when the sample's cards are (the usable window) and
 * {@code lintel-findings-frame <epoch ms>} when their lint badges are, then exit
 * ({@code -Dlintel.exitAfterFirstFrame=true}, or the environment variable
 * {@code LINTEL_EXIT_AFTER_FIRST_FRAME} for the packaged launcher), and reports medians as
 * ratios to baselines measured in the same run: {@code java -version} (the JVM alone) and a
 * hello-world JavaFX window on the same jar (the toolkit alone).
 *
 * <p>Needs a display (e.g. {@code Xvfb :93 &} and {@code DISPLAY=:93}). Not part of the test
 * suite. Usage: {@code java -cp bench/target/benchmarks.jar dev.lintel.bench.FirstFrameBench
 * [--runs N] [--jar app/target/lintel.jar] [--launcher PATH]...}; {@code --launcher} may be given
 * several times (e.g. the installed launcher and a wrapper script that changes its JVM options);
 * without it the packaged app is measured when {@code jpackage/target/jpackage/image/Lintel/bin/Lintel}
 * or {@code /opt/lintel/bin/Lintel} exists.
 */
public final class FirstFrameBench {
    private static final String WINDOW = "lintel-window-frame";
    private static final String USABLE = "lintel-first-frame";
    private static final String FINDINGS = "lintel-findings-frame";
    // Suffix of a stage's key for the process CPU time the app reports with the marker (Linux).
    private static final String CPU = " cpu";
    private static final Map<String, String> STAGE_NAMES = Map.of(WINDOW, "window shown", USABLE,
            "sample's cards drawn (usable)", FINDINGS, "findings on the cards");
    private static final String HELLO = """
            import javafx.application.Application;
            import javafx.application.Platform;
            import javafx.scene.Scene;
            import javafx.scene.control.Label;
            import javafx.stage.Stage;

            public final class HelloFirstFrame {
                public static void main(String[] args) {
                    Application.launch(App.class);
                }

                public static final class App extends Application {
                    @Override
                    public void start(Stage stage) {
                        Scene scene = new Scene(new Label("hello"), 1440, 900);
                        stage.setScene(scene);
                        stage.show();
                        Runnable[] listener = new Runnable[1];
                        listener[0] = () -> {
                            scene.removePostLayoutPulseListener(listener[0]);
                            Platform.runLater(() -> {
                                long cpu = -1;
                                try {
                                    String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
                                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                                    cpu = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
                                } catch (Exception e) {
                                    // not Linux: no CPU time
                                }
                                System.out.println("lintel-first-frame " + System.currentTimeMillis() + " " + cpu);
                                System.exit(0);
                            });
                        };
                        scene.addPostLayoutPulseListener(listener[0]);
                    }
                }
            }
            """;

    private FirstFrameBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = 7;
        Path jar = Path.of("app/target/lintel.jar");
        List<Path> launchers = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--jar" -> jar = Path.of(args[++i]);
                case "--launcher" -> launchers.add(Path.of(args[++i]));
                default -> {
                    System.err.println("unknown argument " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (System.getenv("DISPLAY") == null) {
            System.err.println("FirstFrameBench needs a display: start Xvfb :93 & and set DISPLAY=:93");
            System.exit(2);
        }
        if (!Files.isRegularFile(jar)) {
            System.err.println("no " + jar + ": run mvn -q -DskipTests package first");
            System.exit(2);
        }
        if (launchers.isEmpty()) {
            for (String candidate : List.of("jpackage/target/jpackage/image/Lintel/bin/Lintel", "/opt/lintel/bin/Lintel")) {
                if (Files.isExecutable(Path.of(candidate))) {
                    launchers.add(Path.of(candidate));
                    break;
                }
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path hello = compileHello(jar);

        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("java -version", List.of(java, "-version"));
        commands.put("hello-world JavaFX window", List.of(java, "-cp", hello + File.pathSeparator + jar, "HelloFirstFrame"));
        commands.put("lintel: java -jar", List.of(java, "-Dlintel.exitAfterFirstFrame=true", "-jar", jar.toString()));
        for (Path launcher : launchers) {
            commands.put(launchers.size() == 1 ? "lintel: packaged launcher" : "launcher " + launcher, List.of(launcher.toString()));
        }
        // One warm-up round: the first JavaFX start extracts its native libraries to ~/.openjfx.
        for (List<String> command : commands.values()) {
            millisToMarkers(command);
        }
        // Per command, per stage (window, usable, findings): the runs in ms.
        Map<String, Map<String, List<Long>>> times = new LinkedHashMap<>();
        commands.keySet().forEach(k -> times.put(k, new LinkedHashMap<>()));
        for (int run = 0; run < runs; run++) {
            // Interleaved, so that a noisy neighbour slows every command alike.
            for (Map.Entry<String, List<String>> e : commands.entrySet()) {
                millisToMarkers(e.getValue()).forEach((stage, ms) ->
                        times.get(e.getKey()).computeIfAbsent(stage, k -> new ArrayList<>()).add(ms));
            }
        }
        long jvm = median(times.get("java -version").get(USABLE));
        long toolkit = median(times.get("hello-world JavaFX window").get(USABLE));
        Long helloCpu = medianOrNull(times.get("hello-world JavaFX window").get(USABLE + CPU));
        List<Long> helloRuns = times.get("hello-world JavaFX window").get(USABLE);
        System.out.printf(Locale.ROOT, "%-50s %8s %14s %16s %14s %9s %10s   %s%n", "time to first frame", "median", "/ java -version",
                "/ hello window", "paired/hello", "CPU", "CPU/hello", "runs (ms)");
        for (Map.Entry<String, Map<String, List<Long>>> e : times.entrySet()) {
            for (String stage : List.of(WINDOW, USABLE, FINDINGS)) {
                List<Long> values = e.getValue().get(stage);
                if (values == null) {
                    continue;
                }
                String name = !e.getValue().containsKey(WINDOW) ? e.getKey() : e.getKey() + ": " + STAGE_NAMES.get(stage);
                long m = median(values);
                Long cpu = medianOrNull(e.getValue().get(stage + CPU));
                System.out.printf(Locale.ROOT, "%-50s %5d ms %13.2fx %15.2fx %13.2fx %9s %10s   %s%n", name, m, (double) m / jvm,
                        (double) m / toolkit, pairedRatio(values, helloRuns), cpu == null ? "" : cpu + " ms",
                        cpu == null || helloCpu == null ? "" : String.format(Locale.ROOT, "%.2fx", (double) cpu / helloCpu), values);
            }
        }
        System.out.println("paired/hello: the median over the rounds of each run's ratio to the hello window of its own round, "
                + "steadier than the ratio of medians when the load changes during the run");
        System.out.println("CPU: the process's CPU time (all threads) up to the marker, as the app reports it (Linux); "
                + "less sensitive to a loaded machine than the wall clock");
        System.out.println("target (PERFORMANCE.md): start to usable window (the sample's cards on the canvas) under 2 s");
    }

    private static Path compileHello(Path jar) throws IOException {
        Path dir = Files.createTempDirectory("lintel-hello-");
        Path source = dir.resolve("HelloFirstFrame.java");
        Files.writeString(source, HELLO, StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null || javac.run(null, null, null, "-cp", jar.toString(), "-d", dir.toString(), source.toString()) != 0) {
            throw new IOException("could not compile the hello-world baseline (run on a JDK)");
        }
        return dir;
    }

    /**
     * Launch to each start-up marker printed ({@code lintel-window-frame}, {@code lintel-first-frame},
     * {@code lintel-findings-frame}; the hello window prints the middle one only), in wall-clock
     * milliseconds; for {@code java -version}, launch to exit under {@link #USABLE}.
     */
    private static Map<String, Long> millisToMarkers(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LINTEL_EXIT_AFTER_FIRST_FRAME", "1");
        long start = System.currentTimeMillis();
        Process process = builder.start();
        Map<String, Long> markers = new LinkedHashMap<>();
        StringBuilder output = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] words = line.trim().split(" ");
                if (words.length >= 2 && STAGE_NAMES.containsKey(words[0])) {
                    markers.put(words[0], Long.parseLong(words[1]) - start);
                    if (words.length == 3 && Long.parseLong(words[2]) >= 0) {
                        markers.put(words[0] + CPU, Long.parseLong(words[2]));
                    }
                } else {
                    output.append(line).append('\n');
                }
            }
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("did not exit: " + command);
        }
        long end = System.currentTimeMillis();
        if (command.contains("-version")) {
            return Map.of(USABLE, end - start);
        }
        if (!markers.containsKey(USABLE)) {
            throw new IOException("no first-frame marker from " + command + ":\n" + output);
        }
        return markers;
    }

    /** The median over the rounds of {@code values[i] / baseline[i]}. */
    private static double pairedRatio(List<Long> values, List<Long> baseline) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < Math.min(values.size(), baseline.size()); i++) {
            ratios.add((double) values.get(i) / baseline.get(i));
        }
        List<Double> sorted = ratios.stream().sorted().toList();
        return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
    }

    private static Long medianOrNull(List<Long> values) {
        return values == null || values.isEmpty() ? null : median(values);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
