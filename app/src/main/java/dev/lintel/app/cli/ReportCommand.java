package dev.lintel.app.cli;

import dev.lintel.model.ddl.render.DdlRenderer;
import dev.lintel.model.ddl.render.RenderOptions;
import dev.lintel.model.ddl.render.RenderResult;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.diff.SchemaDiffer;
import dev.lintel.model.document.LintelDocument;
import dev.lintel.model.lint.InlineWaivers;
import dev.lintel.model.lint.LintResult;
import dev.lintel.model.lint.LintSettings;
import dev.lintel.model.lint.Linter;
import dev.lintel.model.migrate.plan.MigrationPlan;
import dev.lintel.model.migrate.plan.MigrationPlanner;
import dev.lintel.model.report.DataDictionary;
import dev.lintel.model.report.ReviewBundle;
import dev.lintel.model.source.InputKind;
import dev.lintel.model.source.LoadedSchema;
import dev.lintel.model.schema.Schema;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lintel report INPUT [--format html|markdown] [--dialect D] [--baseline INPUT] [-o FILE]}: the offline review
 * bundle (one self-contained HTML file) or the Markdown data dictionary. Findings use the document's
 * lint settings and waivers (and {@code -- lintel:ignore} comments of a SQL INPUT), as {@code lint} does.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the review bundle of INPUT: one offline HTML file with the diagram, findings and waivers,",
                "comments, DDL and sign-off; or, with --format markdown, a data dictionary."})
final class ReportCommand implements Callable<Integer> {
    enum Format { html, markdown }

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    OutputTarget output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "html",
            description = "html (default: the review bundle) or markdown (the data dictionary).")
    Format format;

    @Option(names = "--dialect", paramLabel = "DIALECT", converter = DialectConverter.class,
            description = "Dialect of the DDL and types shown: postgres or h2 (default: the document's lint target, else postgres).")
    Dialect dialect;

    @Option(names = "--baseline", paramLabel = "INPUT",
            description = "The schema as deployed (.sql, .lintel or JDBC URL): the bundle adds the migration plan from it"
                    + " to INPUT, with lock levels and hazards (HTML only). Default: the baseline kept in a .lintel INPUT.")
    String baseline;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        LoadedSchema loaded = input.load(err);
        if (loaded == null) {
            return ExitCodes.USAGE;
        }
        LintelDocument doc = loaded.document() != null ? loaded.document().withSchema(loaded.schema())
                : LintelDocument.of(loaded.schema());
        Dialect target = dialect != null ? dialect
                : loaded.document() != null ? doc.lint().targetDialect()
                : loaded.dialect() == Dialect.H2 ? Dialect.H2 : Dialect.POSTGRES;
        String title = Path.of(input.input).getFileName() == null ? input.input : Path.of(input.input).getFileName().toString();
        String text;
        if (format == Format.markdown) {
            text = DataDictionary.markdown(title, doc, target);
        } else {
            LintSettings settings = loaded.document() != null ? doc.lint() : LintSettings.defaults().withTargetDialect(target);
            if (loaded.kind() == InputKind.SQL_FILE) {
                try {
                    settings = settings.plusWaivers(InlineWaivers.directives(Files.readString(Path.of(input.input)),
                            loaded.sourceMap()).stream().flatMap(d -> d.waivers().stream()).toList());
                } catch (IOException e) {
                    err.println("lintel: " + input.input + ": cannot be read (" + e.getMessage() + ")");
                    return ExitCodes.USAGE;
                }
                doc = doc.withLint(settings);
            }
            LintResult lint = new Linter().lint(doc.schema(), loaded.sourceMap(), settings);
            RenderResult ddl = new DdlRenderer().render(doc.schema(), target,
                    RenderOptions.defaults().withSourceDialect(loaded.dialect()).withHeaderComment(false));
            InputOptions.print(ddl.diagnostics(), err);
            MigrationPlan plan = null;
            String baselineName = null;
            if (baseline != null) {
                LoadedSchema before = input.forInput(baseline).load(err);
                if (before == null) {
                    return ExitCodes.USAGE;
                }
                plan = new MigrationPlanner().plan(new SchemaDiffer().diff(before.schema(), doc.schema()), before.schema(),
                        doc.schema(), target, before.dialect() == loaded.dialect() ? loaded.dialect() : null);
                baselineName = Path.of(baseline).getFileName() == null ? baseline : Path.of(baseline).getFileName().toString();
            } else if (doc.baseline() != null) {
                // A document marked with a baseline (Schema > Mark as Baseline) carries its own "before".
                Schema before = doc.baseline().schema();
                plan = new MigrationPlanner().plan(new SchemaDiffer().diff(before, doc.schema()), before, doc.schema(), target,
                        loaded.dialect());
                baselineName = doc.baseline().source().isBlank() ? "the baseline kept in the document"
                        : "the baseline kept in the document (" + doc.baseline().source() + ")";
            }
            text = ReviewBundle.html(title, doc, lint, ddl.sql(), plan, baselineName);
        }
        if (!output.write(text, spec.commandLine().getOut(), err)) {
            return ExitCodes.USAGE;
        }
        return loaded.hasErrors() ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
