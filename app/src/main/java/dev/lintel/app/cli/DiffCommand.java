package dev.lintel.app.cli;

import dev.lintel.model.diff.RenameHints;
import dev.lintel.model.diff.RenameProposal;
import dev.lintel.model.diff.SchemaDiff;
import dev.lintel.model.diff.SchemaDiffer;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.migrate.plan.FlywayWriter;
import dev.lintel.model.migrate.plan.MigrationPlan;
import dev.lintel.model.migrate.plan.MigrationPlanner;
import dev.lintel.model.migrate.plan.PsqlScriptWriter;
import dev.lintel.model.migrate.plan.Step;
import dev.lintel.model.source.LoadedSchema;
import dev.lintel.model.document.DocumentStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lintel diff FROM TO [--dialect D] [-o FILE | --flyway DIR] [--rename t.old=new ...]
 * [--allow-destructive] [--format text|json]}: the migration from FROM's schema to TO's.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Write the migration that takes FROM's schema to TO's: a psql script (or Flyway files) with"
                + " lock-aware steps. Destructive and data-dependent steps are held back unless --allow-destructive."
                + " Exit 1 when the plan has hazards, held-back steps or changes it cannot make.")
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FROM", description = "The current schema: .sql file, .lintel document, JPA folder or JDBC URL.")
    String from;

    @Parameters(index = "1", paramLabel = "TO", description = "The target schema, any input FROM accepts.")
    String to;

    @Option(names = "--from-dialect", paramLabel = "DIALECT", converter = DialectConverter.class,
            description = "Dialect of SQL inputs: postgres, h2 or mysql (default: detected from the text).")
    Dialect fromDialect;

    @Option(names = "--password-env", paramLabel = "VAR", description = "For JDBC URL inputs: the password's environment variable.")
    String passwordEnv;

    @Option(names = "--naming", paramLabel = "NAMING", defaultValue = "spring",
            description = "For JPA source folders: spring (default; Spring Boot's snake_case names) or jpa (names as written).")
    String naming;

    @Option(names = "--hibernate", paramLabel = "VERSION", defaultValue = "7",
            description = "For JPA source folders: the Hibernate whose schema export to reproduce, 7 (default) or 6.")
    String hibernate;

    @Option(names = "--dialect", paramLabel = "DIALECT", converter = DialectConverter.class, defaultValue = "postgres",
            description = "Dialect of the migration: postgres (default) or h2.")
    Dialect dialect;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the psql script to FILE instead of standard output.")
    Path output;

    @Option(names = "--flyway", paramLabel = "DIR", description = "Write Flyway versioned migrations (V<n>__<name>.sql) into DIR instead.")
    Path flyway;

    @Option(names = "--rename", paramLabel = "TABLE.OLD=NEW", description = "Confirm a rename (repeatable): customer.name=full_name"
            + " for a column, customer=client for a table. Unconfirmed renames are a drop plus an add.")
    List<String> renames = new ArrayList<>();

    @Option(names = "--allow-destructive", description = "Include destructive, breaking, blocking and data-dependent steps.")
    boolean allowDestructive;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default: the script on standard output, the report on standard error) or json (the plan).")
    String format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (output != null && flyway != null) {
            err.println("lintel: -o and --flyway exclude each other");
            return ExitCodes.USAGE;
        }
        if (dialect != Dialect.POSTGRES && dialect != Dialect.H2) {
            err.println("lintel: diff writes migrations for postgres or h2, not " + dialect.id());
            return ExitCodes.USAGE;
        }
        if (!format.equals("text") && !format.equals("json")) {
            err.println("lintel: unknown --format " + format + " (text or json)");
            return ExitCodes.USAGE;
        }
        RenameHints hints;
        try {
            hints = RenameHints.parse(renames);
        } catch (IllegalArgumentException e) {
            err.println("lintel: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        LoadedSchema before = load(from, err);
        LoadedSchema after = before == null ? null : load(to, err);
        if (before == null || after == null) {
            return ExitCodes.USAGE;
        }
        SchemaDiff diff = new SchemaDiffer().diff(before.schema(), after.schema(), hints);
        MigrationPlan plan = new MigrationPlanner().plan(diff, before.schema(), after.schema(), dialect,
                before.dialect() == after.dialect() ? before.dialect() : null);
        if (!write(plan, out, err)) {
            return ExitCodes.USAGE;
        }
        if (format.equals("json")) {
            out.print(DiffJsonReport.render(plan, allowDestructive));
            out.flush();
        } else {
            report(plan, err);
        }
        boolean inputErrors = before.hasErrors() || after.hasErrors();
        return inputErrors || plan.needsAttention(allowDestructive) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private LoadedSchema load(String input, PrintWriter err) {
        InputOptions options = new InputOptions();
        options.input = input;
        options.fromDialect = fromDialect;
        options.passwordEnv = passwordEnv;
        options.naming = naming;
        options.hibernate = hibernate;
        return options.load(err);
    }

    private boolean write(MigrationPlan plan, PrintWriter out, PrintWriter err) {
        try {
            if (flyway != null) {
                Files.createDirectories(flyway);
                for (Map.Entry<String, String> f : new FlywayWriter().write(plan, allowDestructive, 1).entrySet()) {
                    DocumentStore.writeAtomically(flyway.resolve(f.getKey()), f.getValue());
                    err.println("lintel: wrote " + flyway.resolve(f.getKey()));
                }
                return true;
            }
            String script = new PsqlScriptWriter().write(plan, allowDestructive);
            if (output != null) {
                DocumentStore.writeAtomically(output, script);
            } else if (format.equals("text")) {
                out.print(script);
                out.flush();
            }
            return true;
        } catch (IOException e) {
            err.println("lintel: cannot write " + (flyway != null ? flyway : output) + ": " + e.getMessage());
            return false;
        }
    }

    private void report(MigrationPlan plan, PrintWriter err) {
        List<Step> applied = plan.applied(allowDestructive);
        long hazards = applied.stream().filter(s -> !s.hazards().isEmpty()).count();
        err.println("lintel: " + applied.size() + " steps written, " + hazards + " with hazards");
        for (Step s : plan.heldBack(allowDestructive)) {
            err.println("lintel: held back (" + s.acknowledgement().label() + "): " + s.kind() + " " + s.subject()
                    + (s.hazards().isEmpty() ? "" : ": " + String.join("; ", s.hazards())));
        }
        for (String note : plan.notes()) {
            err.println("lintel: not planned: " + note);
        }
        for (RenameProposal p : plan.proposals()) {
            err.println("lintel: possible rename, planned as drop + add (confirm with --rename " + p.hint() + "): " + p.reason());
        }
    }
}
