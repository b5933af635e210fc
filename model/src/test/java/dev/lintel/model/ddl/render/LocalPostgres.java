package dev.lintel.model.ddl.render;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A throwaway PostgreSQL server for this package's oracle tests: initdb into a temp directory,
 * trust auth, loopback only, a free port; stopped and deleted by {@link #close()}. Stands in until
 * the shared {@code dev.lintel.model.testing.PostgresServer} fixture lands. When running as root
 * the server runs as the {@code postgres} user (PostgreSQL refuses root).
 */
final class LocalPostgres implements AutoCloseable {
    private final Path dir;
    private final Path bin;
    private final int port;
    private int databases;

    private LocalPostgres(Path dir, Path bin, int port) {
        this.dir = dir;
        this.bin = bin;
        this.port = port;
    }

    /** Starts a server, or aborts the calling test (skipped, not failed) when PostgreSQL is not installed. */
    static LocalPostgres start() throws IOException, InterruptedException {
        Optional<Path> bin = findBinaries();
        Assumptions.assumeTrue(bin.isPresent(), "PostgreSQL server binaries not found (looked for initdb under "
                + "/usr/lib/postgresql/*/bin and PG_BIN); install them, e.g. `apt-get install postgresql`, to run this test");
        Path dir = Files.createTempDirectory("lintel-render-pg");
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            run(List.of("chown", "-R", "postgres:postgres", dir.toString()), false);
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        LocalPostgres pg = new LocalPostgres(dir, bin.get(), port);
        pg.pg(List.of("initdb", "-D", dir.resolve("data").toString(), "-U", "postgres", "-A", "trust",
                "-E", "UTF8", "--no-locale"));
        pg.pg(List.of("pg_ctl", "-D", dir.resolve("data").toString(), "-l", dir.resolve("log").toString(), "-w",
                "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dir + " -c fsync=off", "start"));
        return pg;
    }

    /** A new, empty database for one test. */
    Connection newDatabase() throws SQLException {
        String name = "render_" + (++databases);
        try (Connection admin = connect("postgres"); var st = admin.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        return connect(name);
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            pg(List.of("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop"));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void pg(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(command);
        full.set(0, bin.resolve(command.get(0)).toString());
        run(full, "root".equals(System.getProperty("user.name")));
    }

    private static void run(List<String> command, boolean asPostgres) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", full) + " failed:\n" + output);
        }
    }

    private static Optional<Path> findBinaries() throws IOException {
        String env = System.getenv("PG_BIN");
        if (env != null && Files.isExecutable(Path.of(env, "initdb"))) {
            return Optional.of(Path.of(env));
        }
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> b.getParent().getFileName().toString(),
                            Comparator.comparingInt(v -> v.matches("\\d+") ? Integer.parseInt(v) : 0)));
        }
    }
}
