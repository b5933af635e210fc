package dev.lintel.app.baseline;

import dev.lintel.model.document.DocumentStore;
import dev.lintel.model.migrate.plan.FlywayWriter;
import dev.lintel.model.migrate.plan.MigrationPlan;
import dev.lintel.model.migrate.plan.PsqlScriptWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a plan as files, each atomically (temp file, fsync, rename), as {@code lintel diff} does.
 * Runs on a worker: it reads the target folder and writes to disk.
 */
final class MigrationExport {
    private static final Pattern VERSIONED = Pattern.compile("V(\\d{1,9})__.*\\.sql");

    private MigrationExport() {
    }

    /** The plan as one psql script; steps that wait for an acknowledgement only when {@code acknowledged}. */
    static Path script(MigrationPlan plan, boolean acknowledged, Path file) throws IOException {
        DocumentStore.writeAtomically(file, new PsqlScriptWriter().write(plan, acknowledged));
        return file;
    }

    /**
     * The plan as Flyway versioned files in {@code folder}, numbered after the highest version
     * already there, so that exporting the next migration into the same folder appends to it.
     */
    static List<Path> flyway(MigrationPlan plan, boolean acknowledged, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> f : new FlywayWriter().write(plan, acknowledged, nextVersion(folder)).entrySet()) {
            Path target = folder.resolve(f.getKey());
            DocumentStore.writeAtomically(target, f.getValue());
            written.add(target);
        }
        return written;
    }

    static int nextVersion(Path folder) throws IOException {
        int highest = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Matcher m = VERSIONED.matcher(p.getFileName().toString());
                if (m.matches()) {
                    highest = Math.max(highest, Integer.parseInt(m.group(1)));
                }
            }
        }
        return highest + 1;
    }
}
