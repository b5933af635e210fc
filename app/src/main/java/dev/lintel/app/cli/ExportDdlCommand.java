package dev.lintel.app.cli;

import dev.lintel.model.ddl.render.DdlRenderer;
import dev.lintel.model.ddl.render.RenderOptions;
import dev.lintel.model.ddl.render.RenderResult;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.source.LoadedSchema;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lintel export-ddl INPUT [--dialect D] [--from-dialect D] [-o FILE]}. */
@Command(name = "export-ddl", mixinStandardHelpOptions = true,
        description = "Write the schema of INPUT as DDL. Problems reading the input go to stderr as file:line messages.")
final class ExportDdlCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    OutputTarget output;

    @Option(names = "--dialect", paramLabel = "DIALECT", converter = DialectConverter.class, defaultValue = "postgres",
            description = "Target dialect: postgres (default), h2 or mysql.")
    Dialect dialect;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        LoadedSchema loaded = input.load(err);
        if (loaded == null) {
            return ExitCodes.USAGE;
        }
        // The source dialect lets names re-fold (PostgreSQL users -> H2 USERS) instead of being quoted as stored.
        RenderResult rendered = new DdlRenderer().render(loaded.schema(), dialect,
                RenderOptions.defaults().withSourceDialect(loaded.dialect()));
        InputOptions.print(rendered.diagnostics(), err);
        if (!output.write(rendered.sql(), spec.commandLine().getOut(), err)) {
            return ExitCodes.USAGE;
        }
        return loaded.hasErrors() ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
