package dev.lintel.app.cli;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.document.DocumentFormatException;
import dev.lintel.model.document.DocumentStore;
import dev.lintel.model.lint.InlineWaivers;
import dev.lintel.model.lint.LintResult;
import dev.lintel.model.lint.LintSettings;
import dev.lintel.model.lint.LintSettingsJson;
import dev.lintel.model.lint.Linter;
import dev.lintel.model.lint.RuleSettings;
import dev.lintel.model.lint.Severity;
import dev.lintel.model.lint.StaleWaiver;
import dev.lintel.model.source.InputKind;
import dev.lintel.model.source.LoadedSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lintel lint INPUT [--format text|json|sarif] [--config FILE] [--severity-threshold S]
 * [--dialect D] [-o FILE]}: design lint of any input, for people (text) and CI (json, sarif).
 * Settings come from a {@code .lintel} INPUT, then {@code --config}, then {@code --dialect};
 * waivers from the document, the config and {@code -- lintel:ignore} comments of a SQL INPUT.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Check the schema of INPUT against Lintel's design rules.",
                "Exits 1 when a finding that is not waived is at or above the severity threshold."})
final class LintCommand implements Callable<Integer> {
    enum Format { text, json, sarif }

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    OutputTarget output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default, compiler style), json or sarif (SARIF 2.1.0).")
    Format format;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Lint settings and waivers: a JSON file, or a .lintel document whose lint section is used.")
    Path config;

    @Option(names = "--severity-threshold", paramLabel = "SEVERITY", defaultValue = "error",
            converter = SeverityConverter.class,
            description = "Lowest severity that fails the run: error (default), warning, info or hint.")
    Severity threshold;

    @Option(names = "--dialect", paramLabel = "DIALECT", converter = DialectConverter.class,
            description = "Target dialect for the rules: postgres or h2 (default: the settings', else the input's).")
    Dialect dialect;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        LoadedSchema loaded = input.load(err);
        if (loaded == null) {
            return ExitCodes.USAGE;
        }
        LintSettings settings;
        try {
            settings = settings(loaded);
        } catch (IOException | IllegalArgumentException | DocumentFormatException e) {
            err.println("lintel: " + (config == null ? "" : config + ": ") + e.getMessage());
            return ExitCodes.USAGE;
        }
        List<InlineWaivers.Directive> inline = List.of();
        if (loaded.kind() == InputKind.SQL_FILE) {
            try {
                inline = InlineWaivers.directives(Files.readString(Path.of(input.input)), loaded.sourceMap());
            } catch (IOException e) {
                err.println("lintel: " + input.input + ": cannot be read (" + e.getMessage() + ")");
                return ExitCodes.USAGE;
            }
            settings = settings.plusWaivers(inline.stream().flatMap(d -> d.waivers().stream()).toList());
        }
        LintResult result = new Linter().lint(loaded.schema(), loaded.sourceMap(), settings);
        reportProblems(result, inline, err);
        String text = switch (format) {
            case text -> LintTextReport.render(result, input.input, threshold);
            case json -> LintJsonReport.render(result);
            case sarif -> LintSarifReport.render(result, input.input);
        };
        if (!output.write(text, spec.commandLine().getOut(), err)) {
            return ExitCodes.USAGE;
        }
        boolean fails = result.active().stream().anyMatch(f -> f.severity().compareTo(threshold) <= 0);
        return fails ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private LintSettings settings(LoadedSchema loaded) throws IOException, DocumentFormatException {
        LintSettings settings = loaded.document() != null ? loaded.document().lint()
                : LintSettings.defaults().withTargetDialect(loaded.dialect() == Dialect.H2 ? Dialect.H2 : Dialect.POSTGRES);
        if (config != null) {
            LintSettings extra = config.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".lintel")
                    ? DocumentStore.read(config).lint()
                    : LintSettingsJson.read(Files.readString(config), config.getFileName().toString());
            settings = merge(settings, extra);
        }
        return dialect == null ? settings : settings.withTargetDialect(dialect);
    }

    /** The config's rule settings win over the document's; waivers of both apply; its dialect wins when it names one. */
    private static LintSettings merge(LintSettings base, LintSettings config) {
        Map<String, RuleSettings> rules = new HashMap<>(base.rules());
        rules.putAll(config.rules());
        Dialect target = config.targetDialect() != LintSettings.defaults().targetDialect() ? config.targetDialect() : base.targetDialect();
        return new LintSettings(target, rules, base.waivers()).plusWaivers(config.waivers());
    }

    private void reportProblems(LintResult result, List<InlineWaivers.Directive> inline, PrintWriter err) {
        for (StaleWaiver s : result.staleWaivers()) {
            if (!InlineWaivers.AUTHOR.equals(s.waiver().author())) {
                err.println("lintel: stale waiver of " + s.waiver().ruleId() + " on " + s.waiver().objectPath() + ": "
                        + s.reason().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            }
        }
        for (InlineWaivers.Directive d : inline) {
            if (d.isStaleIn(result)) {
                err.println(input.input + ":" + d.line() + ": stale lintel:ignore " + String.join(",", d.ruleIds())
                        + ": it waives no finding");
            }
        }
        result.failures().forEach(f -> err.println("lintel: rule " + f.ruleId() + " failed on " + f.object() + ": " + f.error()));
    }

    /** Reads error|warning|info|hint. */
    static final class SeverityConverter implements CommandLine.ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            try {
                return LintSettingsJson.severity(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
