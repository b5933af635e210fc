package dev.lintel.app.cli;

import dev.lintel.model.diagnostic.Diagnostic;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.source.InputException;
import dev.lintel.model.source.LoadedSchema;
import dev.lintel.model.source.SchemaSources;
import java.io.PrintWriter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The INPUT argument and how to read it, shared by every command that reads a schema. */
final class InputOptions {
    @Parameters(index = "0", paramLabel = "INPUT",
            description = "A .sql file, a .lintel document, a folder of JPA sources or a JDBC URL.")
    String input;

    @Option(names = "--from-dialect", paramLabel = "DIALECT", converter = DialectConverter.class,
            description = "Dialect of a SQL INPUT: postgres, h2 or mysql (default: detected from the text).")
    Dialect fromDialect;

    @Option(names = {"-v", "--verbose"},
            description = "Also list informational import notes (statements kept verbatim, such as functions and triggers).")
    boolean verbose;

    /**
     * Loads the input and prints its diagnostics (compiler style) to {@code err}; null when unusable.
     * Informational notes are counted, not listed, unless {@code --verbose}: a CI log should show problems.
     */
    LoadedSchema load(PrintWriter err) {
        try {
            LoadedSchema loaded = SchemaSources.load(input, fromDialect);
            long notes = 0;
            for (Diagnostic d : loaded.diagnostics()) {
                if (verbose || d.severity() != Diagnostic.Severity.INFO) {
                    err.println(d);
                } else {
                    notes++;
                }
            }
            if (notes > 0) {
                err.println("lintel: " + notes + " informational import notes (statements kept verbatim ...); --verbose lists them");
            }
            return loaded;
        } catch (InputException e) {
            err.println("lintel: " + e.getMessage());
            return null;
        }
    }

    static void print(Iterable<Diagnostic> diagnostics, PrintWriter err) {
        diagnostics.forEach(err::println);
    }
}
