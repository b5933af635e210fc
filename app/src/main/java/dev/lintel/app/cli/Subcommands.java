package dev.lintel.app.cli;

import java.util.List;

/**
 * The one place where subcommands are registered. Later issues add {@code export-ddl},
 * {@code lint}, {@code diff}, {@code review-migration}, {@code render}, {@code report} and
 * {@code show} here, each as its own {@code @Command} class in this package.
 */
final class Subcommands {
    private Subcommands() {
    }

    /** Fresh command instances (picocli keeps parsed state in them). */
    static List<Object> all() {
        return List.of(new ExportDdlCommand(), new ShowCommand(), new LintCommand(), new ReviewMigrationCommand(),
                new DiffCommand(), new ReportCommand(), new CommentsSqlCommand(), new RenderCommand());
    }
}
