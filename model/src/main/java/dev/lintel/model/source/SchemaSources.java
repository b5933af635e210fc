package dev.lintel.model.source;

import dev.lintel.model.ddl.parse.DdlImportResult;
import dev.lintel.model.ddl.parse.DdlImporter;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.document.DocumentFormatException;
import dev.lintel.model.document.DocumentStore;
import dev.lintel.model.document.LintelDocument;
import dev.lintel.model.introspect.DatabaseIntrospection;
import dev.lintel.model.introspect.IntrospectionException;
import dev.lintel.model.introspect.IntrospectionOptions;
import dev.lintel.model.introspect.IntrospectionResult;
import dev.lintel.model.introspect.JdbcUrls;
import dev.lintel.model.introspect.PasswordProvider;
import dev.lintel.model.jpa.JpaImportOptions;
import dev.lintel.model.jpa.JpaImportResult;
import dev.lintel.model.jpa.JpaImporter;
import dev.lintel.model.jpa.HibernateVersion;
import dev.lintel.model.jpa.JpaNaming;
import dev.lintel.model.schema.SourceMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns the INPUT of any command (a {@code .sql} file, a {@code .lintel} document, a folder of
 * JPA sources, a JDBC URL) into a schema. One place, so every command accepts the same inputs.
 */
public final class SchemaSources {
    private SchemaSources() {
    }

    /**
     * @param input a path or a JDBC URL
     * @param sqlDialect dialect to read SQL as, or null to detect it
     */
    public static LoadedSchema load(String input, Dialect sqlDialect) throws InputException {
        return load(input, sqlDialect, PasswordProvider.NONE);
    }

    /**
     * As {@link #load(String, Dialect)}; a JDBC URL ({@code jdbc:postgresql:}, {@code jdbc:h2:} or
     * any other driver's) is introspected live, read-only, with the password from {@code passwords}
     * (or the driver's ~/.pgpass).
     */
    public static LoadedSchema load(String input, Dialect sqlDialect, PasswordProvider passwords) throws InputException {
        return load(input, sqlDialect, passwords, JpaNaming.SPRING);
    }

    /**
     * As {@link #load(String, Dialect, PasswordProvider)}; a folder of JPA entity sources is read as
     * Hibernate would map it with {@code naming}, for {@code sqlDialect} (PostgreSQL when null).
     */
    public static LoadedSchema load(String input, Dialect sqlDialect, PasswordProvider passwords, JpaNaming naming)
            throws InputException {
        return load(input, sqlDialect, passwords, naming, HibernateVersion.V7);
    }

    /** As above; a folder of JPA sources is mapped as {@code hibernate}'s schema export does. */
    public static LoadedSchema load(String input, Dialect sqlDialect, PasswordProvider passwords, JpaNaming naming,
                                    HibernateVersion hibernate) throws InputException {
        if (JdbcUrls.isJdbcUrl(input)) {
            return loadDatabase(input, passwords);
        }
        Path path = Path.of(input);
        if (!Files.exists(path)) {
            throw new InputException(input + ": no such file or folder");
        }
        if (Files.isDirectory(path)) {
            if (containsJavaSources(path)) {
                return loadJpa(path, sqlDialect, naming, hibernate);
            }
            throw new InputException(input + ": a folder must hold JPA entity sources (.java); for SQL pass the file itself.");
        }
        if (!Files.isReadable(path)) {
            throw new InputException(input + ": cannot be read (permission denied)");
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".lintel")) {
                LintelDocument doc = DocumentStore.read(path);
                return new LoadedSchema(doc.schema(), InputKind.DOCUMENT, null, List.of(), SourceMap.empty(), doc);
            }
            DdlImportResult result = new DdlImporter().importFile(path, sqlDialect);
            return new LoadedSchema(result.schema(), InputKind.SQL_FILE, result.dialect(), result.diagnostics(),
                    result.sourceMap(), null);
        } catch (DocumentFormatException e) {
            throw new InputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException(input + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static LoadedSchema loadJpa(Path folder, Dialect dialect, JpaNaming naming, HibernateVersion hibernate)
            throws InputException {
        Dialect target = dialect == null ? Dialect.POSTGRES : dialect;
        if (target == Dialect.MYSQL) {
            throw new InputException(folder + ": JPA sources can be read for postgres or h2, not mysql");
        }
        try {
            JpaImportResult result = new JpaImporter().importFolder(folder, new JpaImportOptions(naming, target, hibernate));
            return new LoadedSchema(result.schema(), InputKind.JPA_SOURCES, target, result.diagnostics(),
                    result.sourceMap(), null);
        } catch (IOException e) {
            throw new InputException(folder + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static LoadedSchema loadDatabase(String url, PasswordProvider passwords) throws InputException {
        try {
            IntrospectionResult result = DatabaseIntrospection.read(url, passwords, IntrospectionOptions.defaults());
            return new LoadedSchema(result.schema(), InputKind.DATABASE, DatabaseIntrospection.dialectOf(url),
                    result.diagnostics(), SourceMap.empty(), null);
        } catch (IntrospectionException e) {
            throw new InputException(e.getMessage()); // already one redacted line; the driver's exception is not chained
        }
    }

    private static boolean containsJavaSources(Path dir) throws InputException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.anyMatch(p -> p.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new InputException(dir + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
