package dev.lintel.model.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real, throwaway PostgreSQL server for tests: one per JVM, started on first use, stopped by a
 * shutdown hook (or {@link #stop()}). Each test takes its own database with {@link #createDatabase(String)}
 * and drops it by closing the returned {@link TestDatabase}.
 *
 * <p>Binaries are taken from {@code -Dlintel.pgBin=DIR}, else from {@code PATH} (a directory holding
 * both {@code initdb} and {@code pg_ctl}), else from the highest {@code /usr/lib/postgresql/N/bin}.
 * When none exists, {@link #shared()} skips the calling test with
 * {@value #MISSING_BINARIES} — that is the only skip; any other start-up failure is an error
 * that shows the server log.
 *
 * <p>The cluster is made like the one that produced the corpus truth files: UTF8, locale
 * {@code C.UTF-8}, time zone UTC (partition bounds and timestamp defaults print in the session
 * time zone), trust authentication, listening on a free loopback port only. Durability is
 * switched off ({@code fsync}, {@code synchronous_commit}, {@code full_page_writes}) because the
 * data is thrown away. initdb refuses to run as root, so under root (CI) the server runs as the
 * {@code postgres} OS user via {@code runuser}, in a temp directory handed to that user.
 */
public final class PostgresServer {
    public static final String MISSING_BINARIES = "PostgreSQL server binaries not found: apt-get install postgresql";
    private static final String SUPERUSER = "postgres";

    private static PostgresServer shared;
    private static RuntimeException sharedFailure;

    private final Path binDir;
    private final Path baseDir;
    private final Path dataDir;
    private final Path logFile;
    private final boolean asPostgresUser;
    private final AtomicInteger databaseCounter = new AtomicInteger();
    /** Null: trust authentication (the shared server); else the superuser's password, scram-sha-256 required. */
    private final String superuserPassword;
    /** Serve TLS with a throwaway self-signed certificate and accept TCP connections only over it (hostssl). */
    private boolean tlsOnly;
    private int port;
    private volatile boolean running;

    private PostgresServer(Path binDir) {
        this(binDir, null);
    }

    private PostgresServer(Path binDir, String superuserPassword) {
        this.binDir = binDir;
        this.superuserPassword = superuserPassword;
        this.asPostgresUser = runningAsRoot();
        try {
            this.baseDir = Files.createTempDirectory(Path.of("/tmp"), "lintel-pg-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.dataDir = baseDir.resolve("data");
        this.logFile = baseDir.resolve("server.log");
    }

    /**
     * The server shared by all tests of this JVM, started on first call. Skips the calling test
     * (JUnit assumption) when no PostgreSQL binaries are installed.
     */
    public static synchronized PostgresServer shared() {
        if (shared != null) {
            return shared;
        }
        if (sharedFailure != null) {
            throw sharedFailure; // do not retry a broken start for every test
        }
        Optional<Path> bin = findBinDir();
        Assumptions.assumeTrue(bin.isPresent(), MISSING_BINARIES);
        PostgresServer server = new PostgresServer(bin.get());
        try {
            server.start();
        } catch (RuntimeException e) {
            sharedFailure = e;
            server.stop();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "lintel-postgres-stop"));
        shared = server;
        return server;
    }

    /**
     * A separate server that requires passwords (scram-sha-256) for every connection, the
     * superuser's being {@code superuserPassword}: for tests of authentication failures. Skips
     * like {@link #shared()} without binaries; the caller stops it. Its admin helpers
     * ({@link #createDatabase}, scripts) are not available: they connect without a password.
     */
    public static PostgresServer startWithPassword(String superuserPassword) {
        return startSeparate(superuserPassword);
    }

    /**
     * A separate trust-auth server with the admin helpers, for tests that must not disturb the
     * shared one (killing it mid-test with {@link #stop()}). Skips like {@link #shared()} without
     * binaries; the caller stops it.
     */
    public static PostgresServer startDedicated() {
        return startSeparate(null);
    }

    /**
     * A separate trust-auth server that serves TLS (a self-signed certificate made with the
     * {@code openssl} tool that the postgresql packages bring) and whose pg_hba.conf has only
     * {@code hostssl} lines for TCP: a plain connection is refused, as by a server that requires
     * TLS. The admin helpers work (the driver and psql prefer TLS). The caller stops it.
     */
    public static PostgresServer startTlsOnly() {
        return startSeparate(null, true);
    }

    private static PostgresServer startSeparate(String superuserPassword) {
        return startSeparate(superuserPassword, false);
    }

    private static PostgresServer startSeparate(String superuserPassword, boolean tlsOnly) {
        Optional<Path> bin = findBinDir();
        Assumptions.assumeTrue(bin.isPresent(), MISSING_BINARIES);
        PostgresServer server = new PostgresServer(bin.get(), superuserPassword);
        server.tlsOnly = tlsOnly;
        try {
            server.start();
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
        return server;
    }

    /** True when PostgreSQL binaries can be found, without starting anything. */
    public static boolean binariesAvailable() {
        return findBinDir().isPresent();
    }

    static Optional<Path> findBinDir() {
        String override = System.getProperty("lintel.pgBin");
        if (override != null && !override.isBlank()) {
            return Optional.of(Path.of(override)).filter(PostgresServer::hasServerBinaries);
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String entry : path.split(java.io.File.pathSeparator)) {
                if (!entry.isEmpty() && hasServerBinaries(Path.of(entry))) {
                    return Optional.of(Path.of(entry));
                }
            }
        }
        Path debianRoot = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(debianRoot)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(debianRoot)) {
            return versions.filter(v -> v.getFileName().toString().matches("\\d+(\\.\\d+)?"))
                    .max(Comparator.comparingDouble(v -> Double.parseDouble(v.getFileName().toString())))
                    .map(v -> v.resolve("bin"))
                    .filter(PostgresServer::hasServerBinaries);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean hasServerBinaries(Path dir) {
        return Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("pg_ctl"))
                && Files.isExecutable(dir.resolve("psql"));
    }

    private static boolean runningAsRoot() {
        if ("root".equals(System.getProperty("user.name"))) {
            return true;
        }
        ProcessRunner.Outcome id = ProcessRunner.run(List.of("id", "-u"), Map.of());
        return id.ok() && id.stdout().trim().equals("0");
    }

    private void start() {
        if (asPostgresUser) {
            handToPostgresUser(baseDir);
        }
        List<String> auth = List.of("-A", "trust");
        if (superuserPassword != null) {
            Path pwfile = baseDir.resolve("pwfile");
            try {
                Files.writeString(pwfile, superuserPassword + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (asPostgresUser) {
                handToPostgresUser(pwfile);
            }
            auth = List.of("-A", "scram-sha-256", "--pwfile=" + pwfile);
        }
        List<String> initdbArgs = new ArrayList<>(List.of(bin("initdb"), "-D", dataDir.toString(), "-U", SUPERUSER,
                "-E", "UTF8", "--locale=C.UTF-8"));
        initdbArgs.addAll(auth);
        initdbArgs.add("--no-sync");
        List<String> initdb = asServerUser(initdbArgs.toArray(String[]::new));
        ProcessRunner.Outcome init = ProcessRunner.run(initdb, Map.of("TZ", "UTC"));
        if (!init.ok()) {
            throw new IllegalStateException("initdb failed\n" + init.describe(initdb));
        }
        List<String> tlsOptions = tlsOnly ? requireTls() : List.of();
        // A free port can be taken by someone else between probing and binding: try a few.
        List<String> failures = new ArrayList<>();
        for (int attempt = 0; attempt < 3 && !running; attempt++) {
            port = freeLoopbackPort();
            String options = String.join(" ", "-p", Integer.toString(port),
                    "-c", "listen_addresses=127.0.0.1", "-k", baseDir.toString(),
                    "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                    "-c", "timezone=UTC", "-c", "log_timezone=UTC", "-c", "max_connections=40")
                    + (tlsOptions.isEmpty() ? "" : " " + String.join(" ", tlsOptions));
            List<String> pgCtl = asServerUser(bin("pg_ctl"), "-D", dataDir.toString(), "-l", logFile.toString(),
                    "-w", "-t", "120", "-o", options, "start");
            ProcessRunner.Outcome started = ProcessRunner.run(pgCtl, Map.of("TZ", "UTC"));
            if (started.ok()) {
                running = true;
            } else {
                failures.add(started.describe(pgCtl) + "\n--- server log ---\n" + serverLog());
            }
        }
        if (!running) {
            throw new IllegalStateException("PostgreSQL did not start:\n" + String.join("\n\n", failures));
        }
    }

    /** Makes the certificate, rewrites pg_hba.conf to hostssl-only, and returns the server options that switch TLS on. */
    private List<String> requireTls() {
        Path key = dataDir.resolve("server.key");
        Path cert = dataDir.resolve("server.crt");
        List<String> openssl = asServerUser("openssl", "req", "-new", "-x509", "-days", "2", "-nodes", "-subj", "/CN=localhost",
                "-newkey", "rsa:2048", "-keyout", key.toString(), "-out", cert.toString());
        ProcessRunner.Outcome made = ProcessRunner.run(openssl, Map.of());
        if (!made.ok()) {
            throw new IllegalStateException("cannot make a test TLS certificate (apt-get install openssl)\n" + made.describe(openssl));
        }
        List<String> chmod = asServerUser("chmod", "600", key.toString());
        ProcessRunner.Outcome keyMode = ProcessRunner.run(chmod, Map.of());
        if (!keyMode.ok()) {
            throw new IllegalStateException(keyMode.describe(chmod));
        }
        try {
            Files.writeString(dataDir.resolve("pg_hba.conf"), """
                    local all all trust
                    hostssl all all 127.0.0.1/32 trust
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of("-c", "ssl=on", "-c", "ssl_cert_file=server.crt", "-c", "ssl_key_file=server.key");
    }

    private void handToPostgresUser(Path dir) {
        try {
            UserPrincipalLookupService lookup = dir.getFileSystem().getUserPrincipalLookupService();
            PosixFileAttributeView view = Files.getFileAttributeView(dir, PosixFileAttributeView.class);
            view.setOwner(lookup.lookupPrincipalByName(SUPERUSER));
            GroupPrincipal group = lookup.lookupPrincipalByGroupName(SUPERUSER);
            view.setGroup(group);
        } catch (IOException e) {
            throw new IllegalStateException("running as root, but cannot hand " + dir + " to the OS user '"
                    + SUPERUSER + "' (initdb refuses root); create that user (apt-get install postgresql does)", e);
        }
    }

    private List<String> asServerUser(String... command) {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", SUPERUSER, "--"));
        }
        full.addAll(List.of(command));
        return full;
    }

    private String bin(String name) {
        return binDir.resolve(name).toString();
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server log so far (start-up failures and errors show it). */
    public String serverLog() {
        try {
            return Files.exists(logFile) ? Files.readString(logFile, StandardCharsets.UTF_8) : "(no server log)";
        } catch (IOException e) {
            return "(server log unreadable: " + e + ")";
        }
    }

    public int port() {
        return port;
    }

    public Path binDir() {
        return binDir;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + SUPERUSER;
    }

    /**
     * A new empty database (copied from template1, like {@code createdb}). The name is the
     * sanitized prefix plus a counter; close the result to drop it.
     */
    public TestDatabase createDatabase(String prefix) {
        String clean = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (clean.isEmpty() || !Character.isLetter(clean.charAt(0))) {
            clean = "db_" + clean;
        }
        if (clean.length() > 50) {
            clean = clean.substring(0, 50);
        }
        String name = clean + "_" + databaseCounter.incrementAndGet();
        adminExecute("CREATE DATABASE " + name);
        return new TestDatabase(this, name);
    }

    void dropDatabase(String name) {
        if (running) {
            adminExecute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private void adminExecute(String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres")); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed: " + e.getMessage() + "\n--- server log ---\n" + serverLog(), e);
        }
    }

    /**
     * Runs a script like {@code psql -f} does (the corpus truth was made that way): statement by
     * statement in autocommit, with psql's own splitting (dollar quotes, comments, meta-commands).
     *
     * @param connection names the database to run in (its catalog); the script runs in a psql session of its own
     * @param stopOnError psql's {@code ON_ERROR_STOP}
     * @return every statement the server refused, with the line psql reports
     */
    public List<ScriptError> executeScript(Connection connection, String sql, boolean stopOnError) {
        try {
            return executeScript(connection.getCatalog(), sql, stopOnError);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<ScriptError> executeScript(String database, String sql, boolean stopOnError) {
        try {
            Path file = Files.createTempFile("lintel-script", ".sql");
            try {
                Files.writeString(file, sql, StandardCharsets.UTF_8);
                return executeScriptFile(database, file, stopOnError);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link #executeScript(String, String, boolean)}, for a script file (corpus files are loaded as they are). */
    public List<ScriptError> executeScriptFile(String database, Path file, boolean stopOnError) {
        List<String> psql = List.of(bin("psql"), "-X", "-q", "-h", "127.0.0.1", "-p", Integer.toString(port),
                "-U", SUPERUSER, "-d", database, "-v", "ON_ERROR_STOP=" + (stopOnError ? 1 : 0),
                "-f", file.toAbsolutePath().toString());
        ProcessRunner.Outcome outcome = ProcessRunner.run(psql, Map.of("PGCLIENTENCODING", "UTF8"));
        // 0: done; 3: stopped at an error (ON_ERROR_STOP); anything else means psql itself failed.
        if (outcome.exitCode() != 0 && outcome.exitCode() != 3) {
            throw new IllegalStateException("psql failed\n" + outcome.describe(psql));
        }
        return PsqlErrors.parse(outcome.stderr(), file.toAbsolutePath().toString());
    }

    /**
     * Stops the server at once ({@code pg_ctl stop -m immediate}: open connections are cut, as in
     * a crash) and removes its files; safe to call twice.
     */
    public synchronized void stop() {
        if (running) {
            running = false;
            List<String> pgCtl = asServerUser(bin("pg_ctl"), "-D", dataDir.toString(), "-m", "immediate", "-w", "stop");
            ProcessRunner.Outcome stopped = ProcessRunner.run(pgCtl, Map.of());
            if (!stopped.ok()) {
                System.err.println("could not stop test PostgreSQL: " + stopped.describe(pgCtl));
                return; // leave the files for a post-mortem
            }
        }
        deleteRecursively(baseDir);
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e);
        }
    }
}
