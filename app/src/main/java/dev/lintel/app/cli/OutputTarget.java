package dev.lintel.app.cli;

import dev.lintel.model.document.DocumentStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code -o FILE}: where a command's text goes (standard output when absent); files are written atomically. */
final class OutputTarget {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path file;

    /** Writes the text; on failure says why on {@code err} and returns false. */
    boolean write(String text, PrintWriter out, PrintWriter err) {
        if (file == null) {
            out.print(text);
            out.flush();
            return true;
        }
        try {
            DocumentStore.writeAtomically(file, text);
            return true;
        } catch (IOException e) {
            err.println("lintel: cannot write " + file + ": " + e.getMessage());
            return false;
        }
    }
}
