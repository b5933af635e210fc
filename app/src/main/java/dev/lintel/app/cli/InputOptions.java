package dev.lintel.app.cli;

import dev.lintel.model.diagnostic.Diagnostic;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.source.InputException;
import dev.lintel.model.source.LoadedSchema;
import dev.lintel.model.source.SchemaSources;
import dev.lintel.model.introspect.PasswordProvider;
import dev.lintel.model.jpa.HibernateVersion;
import dev.lintel.model.jpa.JpaNaming;
import java.io.Console;
import java.io.PrintWriter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The INPUT argument and how to read it, shared by every command that reads a schema. */
final class InputOptions {
    @Parameters(index = "0", paramLabel = "INPUT",
            description = "A .sql file, a .lintel document, a folder of JPA sources or a JDBC URL.")
    String input;

    @Option(names = "--from-dialect", paramLabel = "DIALECT", converter = DialectConverter.class,
            description = "Dialect of a SQL INPUT: postgres, h2 or mysql (default: detected from the text)."
                    + " For a folder of JPA sources: the database Hibernate maps for, postgres or h2 (default postgres).")
    Dialect fromDialect;

    @Option(names = "--naming", paramLabel = "NAMING", defaultValue = "spring",
            description = "For a folder of JPA sources: spring (default; Spring Boot's snake_case names) or jpa"
                    + " (plain JPA/Hibernate names, as written).")
    String naming = "spring"; // also the default of instances made in code (diff's FROM and TO, report's baseline)

    @Option(names = "--hibernate", paramLabel = "VERSION", defaultValue = "7",
            description = "For a folder of JPA sources: the Hibernate whose schema export to reproduce, 7 (default) or 6.")
    String hibernate = "7";

    @Option(names = "--password-env", paramLabel = "VAR",
            description = "For a JDBC URL INPUT: read the password from environment variable VAR. Without it the"
                    + " password comes from ~/.pgpass, or a prompt when the server asks for one in a terminal.")
    String passwordEnv;

    @Option(names = {"-v", "--verbose"},
            description = "Also list informational import notes (statements kept verbatim, such as functions and triggers).")
    boolean verbose;

    /** The same reading options for another input (report's --baseline). */
    InputOptions forInput(String other) {
        InputOptions copy = new InputOptions();
        copy.input = other;
        copy.fromDialect = fromDialect;
        copy.naming = naming;
        copy.hibernate = hibernate;
        copy.passwordEnv = passwordEnv;
        copy.verbose = verbose;
        return copy;
    }

    /**
     * Loads the input and prints its diagnostics (compiler style) to {@code err}; null when unusable.
     * Informational notes are counted, not listed, unless {@code --verbose}: a CI log should show problems.
     */
    LoadedSchema load(PrintWriter err) {
        try {
            JpaNaming jpaNaming = switch (naming.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "spring" -> JpaNaming.SPRING;
                case "jpa", "hibernate" -> JpaNaming.JPA;
                default -> throw new InputException("--naming must be spring or jpa, not '" + naming + "'");
            };
            HibernateVersion version;
            try {
                version = HibernateVersion.parse(hibernate);
            } catch (IllegalArgumentException e) {
                throw new InputException("--hibernate must be 6 or 7, not '" + hibernate + "'");
            }
            LoadedSchema loaded = SchemaSources.load(input, fromDialect, passwords(err), jpaNaming, version);
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

    /**
     * The password of a JDBC URL: the named environment variable; else a prompt on the terminal
     * (only when the server asks and a console exists); else none. Never echoed or printed.
     */
    PasswordProvider passwords(PrintWriter err) {
        if (passwordEnv != null) {
            String value = System.getenv(passwordEnv);
            if (value == null) {
                err.println("lintel: environment variable " + passwordEnv + " (--password-env) is not set; trying without a password");
                return PasswordProvider.NONE;
            }
            return PasswordProvider.of(value.toCharArray());
        }
        return new PasswordProvider() {
            @Override
            public char[] ask(String redactedUrl) {
                Console console = System.console();
                return console == null ? null : console.readPassword("Password for %s: ", redactedUrl);
            }
        };
    }

    static void print(Iterable<Diagnostic> diagnostics, PrintWriter err) {
        diagnostics.forEach(err::println);
    }
}
