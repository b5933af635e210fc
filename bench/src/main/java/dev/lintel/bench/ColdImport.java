package dev.lintel.bench;

import dev.lintel.model.ddl.parse.DdlImporter;
import dev.lintel.model.dialect.Dialect;
import java.nio.file.Path;

/**
 * Run in a fresh JVM by {@link BenchMain}: times the very first import of a file in this JVM
 * (class loading and JIT warm-up included), which is what a user waits for on their first
 * import after starting the app. Prints the milliseconds on one line.
 */
public final class ColdImport {
    private ColdImport() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long start = System.nanoTime();
        var result = new DdlImporter().importFile(file, Dialect.POSTGRES);
        long elapsed = System.nanoTime() - start;
        if (result.schema().tables().isEmpty()) {
            throw new IllegalStateException("nothing imported from " + file);
        }
        System.out.println(elapsed / 1_000_000.0);
    }
}
