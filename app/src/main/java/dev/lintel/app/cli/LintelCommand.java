package dev.lintel.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code lintel} command. It does nothing by itself: the work is in the
 * subcommands listed by {@link Subcommands}. Running the jar without arguments opens the window
 * instead (see {@code dev.lintel.app.Main}), so reaching {@link #call()} means the user gave
 * options but no subcommand.
 */
@Command(
        name = "lintel",
        mixinStandardHelpOptions = true,
        versionProvider = LintelCommand.VersionProvider.class,
        description = "Lintel: schema designer and reviewer. Without arguments, opens the window.",
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.INTERNAL_ERROR,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:findings or errors in the input",
                "2:usage error or unreadable input",
                "3:internal error (a bug in Lintel)"})
public final class LintelCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** Prints {@code lintel <version>}. */
    public static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"lintel " + LintelVersion.current()};
        }
    }
}
