package dev.lintel.app.cli;

import dev.lintel.model.lint.Severity;
import dev.lintel.model.migrate.review.MigrationReview;
import dev.lintel.model.migrate.review.MigrationReviewer;
import dev.lintel.model.migrate.review.MigrationRuleRegistry;
import dev.lintel.model.source.InputException;
import dev.lintel.model.source.LoadedSchema;
import dev.lintel.model.introspect.PasswordProvider;
import dev.lintel.model.source.SchemaSources;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lintel review-migration FILE.sql [--schema BEFORE] [--format text|json|sarif]
 * [--severity-threshold S] [-o FILE]}: the migration-safety rules on a PostgreSQL migration
 * script, statement by statement. Output goes through the lint writers, so CI reads both alike.
 */
@Command(name = "review-migration", mixinStandardHelpOptions = true,
        description = {"Review a PostgreSQL migration script: the lock each statement takes on which table, what it"
                + " blocks, rewrites and scans, its transaction, and the safe alternative.",
                "Exits 1 when a finding is at or above the severity threshold."})
final class ReviewMigrationCommand implements Callable<Integer> {
    enum Format { text, json, sarif }

    @Spec
    CommandSpec spec;

    @Mixin
    OutputTarget output;

    @Parameters(index = "0", paramLabel = "FILE", description = "The migration script (.sql, as run by psql).")
    Path file;

    @Option(names = "--schema", paramLabel = "BEFORE",
            description = "The schema the migration applies to: a .sql file, a .lintel document, a folder of JPA sources"
                    + " or a JDBC URL. Without it, tables the script does not create are assumed to exist with data.")
    String schema;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default: file:line, statement, lock, safe alternative), json or sarif (SARIF 2.1.0).")
    Format format;

    @Option(names = "--severity-threshold", paramLabel = "SEVERITY", defaultValue = "error",
            converter = LintCommand.SeverityConverter.class,
            description = "Lowest severity that fails the run: error (default), warning, info or hint.")
    Severity threshold;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String script;
        try {
            script = read(file);
        } catch (NoSuchFileException e) {
            err.println("lintel: " + file + ": no such file");
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println("lintel: " + file + ": cannot be read (" + e.getMessage() + ")");
            return ExitCodes.USAGE;
        }
        MigrationReviewer reviewer = new MigrationReviewer();
        String name = file.getFileName().toString();
        MigrationReview review;
        if (schema == null) {
            review = reviewer.reviewAgainstSql(script, name, null);
        } else if (schema.toLowerCase(Locale.ROOT).endsWith(".sql") && Files.isRegularFile(Path.of(schema))) {
            try {
                review = reviewer.reviewAgainstSql(script, name, read(Path.of(schema)));
            } catch (IOException e) {
                err.println("lintel: " + schema + ": cannot be read (" + e.getMessage() + ")");
                return ExitCodes.USAGE;
            }
        } else {
            try {
                LoadedSchema loaded = SchemaSources.load(schema, null, PasswordProvider.NONE);
                review = reviewer.review(script, name, loaded.schema());
            } catch (InputException e) {
                err.println("lintel: --schema: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        review.failures().forEach(f -> err.println("lintel: rule " + f));
        String input = file.toString();
        String text = switch (format) {
            case text -> ReviewTextReport.render(review, input, threshold);
            case json -> ReviewJsonReport.render(review);
            case sarif -> LintSarifReport.render(review.plainFindings(), input, MigrationRuleRegistry.all().stream()
                    .map(r -> new LintSarifReport.RuleInfo(r.id(), r.defaultSeverity(), r.docResource())).toList());
        };
        if (!output.write(text, spec.commandLine().getOut(), err)) {
            return ExitCodes.USAGE;
        }
        boolean fails = review.plainFindings().stream().anyMatch(f -> f.severity().compareTo(threshold) <= 0);
        return fails ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** UTF-8 (with or without BOM), else Latin-1: a migration in a legacy encoding is still reviewed. */
    private static String read(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
