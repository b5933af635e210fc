package dev.lintel.app.cli;

import dev.lintel.model.document.DocumentCodec;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import dev.lintel.model.source.LoadedSchema;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lintel show INPUT [--format text|json]}: the canonical model, for people or scripts. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print the schema of INPUT: a summary (text) or the canonical model (json).")
final class ShowCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    OutputTarget output;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
    Format format;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        LoadedSchema loaded = input.load(err);
        if (loaded == null) {
            return ExitCodes.USAGE;
        }
        String text = format == Format.json ? DocumentCodec.writeSchema(loaded.schema()) : summary(loaded.schema());
        if (!output.write(text, spec.commandLine().getOut(), err)) {
            return ExitCodes.USAGE;
        }
        return loaded.hasErrors() ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private static String summary(Schema schema) {
        StringBuilder sb = new StringBuilder();
        int columns = schema.tables().stream().mapToInt(t -> t.columns().size()).sum();
        int fks = schema.tables().stream().mapToInt(t -> t.foreignKeys().size()).sum();
        int indexes = schema.tables().stream().mapToInt(t -> t.indexes().size()).sum();
        sb.append(String.format("%d tables, %d columns, %d foreign keys, %d indexes, %d views, %d enums, %d other objects%n",
                schema.tables().size(), columns, fks, indexes, schema.views().size(), schema.enums().size(),
                schema.opaqueObjects().size()));
        for (Table t : schema.tables()) {
            sb.append(String.format("  %-40s %3d columns%s%n", t.name(), t.columns().size(),
                    t.primaryKey() == null ? "  (no primary key)" : ""));
        }
        return sb.toString();
    }
}
