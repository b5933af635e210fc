package dev.lintel.app;

import dev.lintel.app.cli.LintelCli;
import dev.lintel.app.shell.LintelApplication;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import javafx.application.Application;

/**
 * Entry point of {@code lintel.jar}. Deliberately not a JavaFX {@code Application}: on the class
 * path the JavaFX launcher refuses a main class that extends it, and the command line must run
 * headless (CI machines without a display) without touching the toolkit at all.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || LintelApplication.opensWindowOn(args)) {
            LintelApplication.prepare(args);
            Application.launch(LintelApplication.class, args);
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(LintelCli.run(args, out, err));
    }
}
