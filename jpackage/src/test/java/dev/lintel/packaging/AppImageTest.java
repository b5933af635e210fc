package dev.lintel.packaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks the app image that this module's build made in process-test-resources (only built with
 * -Ppackage): the launcher is there and runs the command line without a display, the icon is the
 * one from icons/, the window icons are inside the jar, and the runtime is the trimmed one.
 */
class AppImageTest {
    private static final Path IMAGE = Path.of(System.getProperty("lintel.appImage"));
    private static final Path ICONS = Path.of(System.getProperty("lintel.icons"));
    private static final boolean WINDOWS = System.getProperty("os.name").startsWith("Windows");
    private static final boolean MAC = System.getProperty("os.name").startsWith("Mac");

    private static Path launcher() {
        if (WINDOWS) {
            return IMAGE.resolve("Lintel.exe");
        }
        return MAC ? IMAGE.resolve("Contents/MacOS/Lintel") : IMAGE.resolve("bin/Lintel");
    }

    private static Path appFolder() {
        if (WINDOWS) {
            return IMAGE.resolve("app");
        }
        return MAC ? IMAGE.resolve("Contents/app") : IMAGE.resolve("lib/app");
    }

    private static Path runtime() {
        if (WINDOWS) {
            return IMAGE.resolve("runtime");
        }
        return MAC ? IMAGE.resolve("Contents/runtime/Contents/Home") : IMAGE.resolve("lib/runtime");
    }

    @Test
    void theImageHasAnExecutableLauncher() {
        assertTrue(Files.isRegularFile(launcher()), "launcher at " + launcher());
        assertTrue(Files.isExecutable(launcher()), "launcher is executable");
    }

    @Test
    void theImageCarriesTheApplicationIcon() throws IOException {
        Path icon;
        byte[] source;
        if (WINDOWS) {
            icon = IMAGE.resolve("Lintel.ico");
            source = Files.readAllBytes(ICONS.resolve("lintel.ico"));
        } else if (MAC) {
            icon = IMAGE.resolve("Contents/Resources/Lintel.icns");
            source = Files.readAllBytes(ICONS.resolve("lintel.icns"));
        } else {
            icon = IMAGE.resolve("lib/Lintel.png");
            source = Files.readAllBytes(ICONS.resolve("png/lintel-256.png"));
        }
        assertTrue(Files.isRegularFile(icon), "icon at " + icon);
        assertArrayEquals(source, Files.readAllBytes(icon), "the image's icon is icons/' rendering");
    }

    @Test
    void theJarCarriesTheWindowIcons() throws IOException {
        try (JarFile jar = new JarFile(appFolder().resolve("lintel.jar").toFile())) {
            for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
                String name = "dev/lintel/app/icons/lintel-" + size + ".png";
                assertNotNull(jar.getEntry(name), name);
                try (InputStream in = jar.getInputStream(jar.getEntry(name))) {
                    assertArrayEquals(Files.readAllBytes(ICONS.resolve("png/lintel-" + size + ".png")), in.readAllBytes(), name);
                }
            }
        }
    }

    @Test
    void theRuntimeIsTrimmed() throws IOException {
        String release = Files.readString(runtime().resolve("release"), StandardCharsets.UTF_8);
        String modules = release.lines().filter(l -> l.startsWith("MODULES=")).findFirst().orElseThrow();
        assertTrue(modules.contains("java.sql") && modules.contains("java.desktop"), modules);
        // What a full JDK has and the app does not use.
        for (String absent : List.of("jdk.compiler", "jdk.jpackage", "java.net.http", "jdk.jshell")) {
            assertFalse(modules.contains(absent + " ") || modules.endsWith(absent + "\""), absent + " in " + modules);
        }
        try (Stream<Path> files = Files.walk(runtime())) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".h")), "no header files");
        }
    }

    @Test
    void onLinuxTheLauncherLoadsTheAppFromItsClassDataArchive() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(WINDOWS || MAC, "AppCDS is set up for Linux only");
        assertTrue(Files.isRegularFile(appFolder().resolve("lintel.classlist")), "the class list the package ships");
        assertTrue(Files.readString(appFolder().resolve("lintel.classlist")).contains("dev/lintel/app/shell/MainWindowView\n"),
                "the training run reached the main window");
        assertTrue(Files.isRegularFile(appFolder().resolve("lintel.jsa")), "the image's archive");
        Path log = Files.createTempFile("lintel-class-load", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(launcher().toString(), "--version").redirectErrorStream(true);
            // -Xshare:on fails the start instead of silently running without the archive.
            builder.environment().put("JAVA_TOOL_OPTIONS", "-Xshare:on -Xlog:class+load=info:file=" + log);
            builder.environment().remove("DISPLAY");
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the launcher exits");
            assertEquals(0, process.exitValue(), output);
            assertTrue(Files.readString(log).contains("dev.lintel.app.Main source: shared objects file"),
                    "Main comes from the archive");
        } finally {
            Files.deleteIfExists(log);
        }
    }

    @Test
    void theLauncherRunsTheCommandLineWithoutADisplay() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(launcher().toString(), "--version").redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.remove("DISPLAY");
        env.remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the launcher exits");
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("lintel"), output);
        assertTrue(output.matches("(?s).*\\d+\\.\\d+\\.\\d+.*"), "prints a version: " + output);
    }
}
