package dev.lintel.app.cli;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.document.LintelDocument;
import dev.lintel.model.report.CommentStatements;
import dev.lintel.model.source.LoadedSchema;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lintel comments-sql INPUT [--dialect D] [-o FILE]}: {@code COMMENT ON} statements for the table
 * and column descriptions written in the review of a {@code .lintel} document. A separate command
 * rather than an {@code export-ddl} flag because its input is the review, not the schema, and its
 * output is meant to be applied to a database that already has the tables.
 */
@Command(name = "comments-sql", mixinStandardHelpOptions = true,
        description = {"Write COMMENT ON TABLE/COLUMN statements for the descriptions written in the review of INPUT",
                "(a .lintel document). Exits 1 when a description names a table or column that is gone."})
final class CommentsSqlCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    OutputTarget output;

    @Option(names = "--dialect", paramLabel = "DIALECT", converter = DialectConverter.class,
            description = "Target dialect: postgres or h2 (default: the document's lint target).")
    Dialect dialect;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        LoadedSchema loaded = input.load(err);
        if (loaded == null) {
            return ExitCodes.USAGE;
        }
        if (loaded.document() == null) {
            err.println("lintel: " + input.input + " is not a .lintel document: only a document has a review to export");
            return ExitCodes.USAGE;
        }
        LintelDocument doc = loaded.document().withSchema(loaded.schema());
        CommentStatements statements = CommentStatements.of(doc, dialect != null ? dialect : doc.lint().targetDialect());
        statements.skipped().forEach(s -> err.println("lintel: description skipped: " + s));
        if (!output.write(statements.sql(), spec.commandLine().getOut(), err)) {
            return ExitCodes.USAGE;
        }
        return statements.skipped().isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
