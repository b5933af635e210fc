package dev.lintel.model.dialect;

import dev.lintel.model.schema.QualifiedName;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The identifier rules of each SQL dialect Lintel reads and writes: how unquoted names fold,
 * when a name must be quoted, reserved words, and length limits.
 */
public enum Dialect {
    POSTGRES("postgres", "public", 63, '"', '"', Pattern.compile("[a-z_][a-z0-9_$]*")),
    H2("h2", "PUBLIC", 256, '"', '"', Pattern.compile("[A-Z_][A-Z0-9_$]*")),
    MYSQL("mysql", null, 64, '`', '`', Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*"));

    private final String id;
    private final String defaultSchema;
    private final int maxIdentifierBytes;
    private final char openQuote;
    private final char closeQuote;
    private final Pattern plainIdentifier;
    private volatile Set<String> reserved;

    Dialect(String id, String defaultSchema, int maxIdentifierBytes, char openQuote, char closeQuote, Pattern plain) {
        this.id = id;
        this.defaultSchema = defaultSchema;
        this.maxIdentifierBytes = maxIdentifierBytes;
        this.openQuote = openQuote;
        this.closeQuote = closeQuote;
        this.plainIdentifier = plain;
    }

    /** The name used on the command line and in documents: {@code postgres}, {@code h2}, {@code mysql}. */
    public String id() {
        return id;
    }

    public static Optional<Dialect> fromId(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("postgresql") || t.equals("pg")) {
            t = "postgres";
        }
        for (Dialect d : values()) {
            if (d.id.equals(t)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The schema unqualified names land in, or null when the dialect has none (MySQL). */
    public String defaultSchema() {
        return defaultSchema;
    }

    /** PostgreSQL truncates longer names to 63 bytes (NAMEDATALEN - 1). */
    public int maxIdentifierBytes() {
        return maxIdentifierBytes;
    }

    /** What the database stores for an unquoted identifier. */
    public String fold(String unquoted) {
        return switch (this) {
            case POSTGRES -> unquoted.toLowerCase(Locale.ROOT);
            case H2 -> unquoted.toUpperCase(Locale.ROOT);
            case MYSQL -> unquoted;
        };
    }

    /**
     * Reads an identifier as written in SQL: strips and unescapes quotes (keeping the case), or
     * folds an unquoted one.
     */
    public String identifierFromSql(String written) {
        String w = written.trim();
        if (w.length() >= 2 && (w.charAt(0) == '"' && w.charAt(w.length() - 1) == '"'
                || w.charAt(0) == '`' && w.charAt(w.length() - 1) == '`'
                || w.charAt(0) == '[' && w.charAt(w.length() - 1) == ']')) {
            char q = w.charAt(0);
            String inner = w.substring(1, w.length() - 1);
            return q == '[' ? inner : inner.replace(String.valueOf(q) + q, String.valueOf(q));
        }
        return fold(w);
    }

    public boolean isReserved(String word) {
        return reservedWords().contains(word.toUpperCase(Locale.ROOT));
    }

    /** True when writing {@code name} unquoted would change it or fail to parse. */
    public boolean needsQuoting(String name) {
        return name.isEmpty() || !plainIdentifier.matcher(name).matches() || isReserved(name);
    }

    public String quote(String name) {
        String q = String.valueOf(closeQuote);
        return openQuote + name.replace(q, q + q) + closeQuote;
    }

    /** The identifier as SQL text: quoted exactly when needed. */
    public String ident(String name) {
        return needsQuoting(name) ? quote(name) : name;
    }

    /** A qualified name as SQL text; the schema part is omitted when null. */
    public String qualified(QualifiedName name) {
        return name.schema() == null ? ident(name.name()) : ident(name.schema()) + "." + ident(name.name());
    }

    /** True when the name is longer than the dialect keeps (PostgreSQL silently truncates). */
    public boolean isTooLong(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length > maxIdentifierBytes;
    }

    /** The name as the database would store it after truncation, cut on a character boundary. */
    public String truncate(String name) {
        return Identifiers.clipToBytes(name, maxIdentifierBytes);
    }

    public Set<String> reservedWords() {
        Set<String> r = reserved;
        if (r == null) {
            r = loadReserved(id + "-reserved.txt");
            reserved = r;
        }
        return r;
    }

    private static Set<String> loadReserved(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = Dialect.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.startsWith("#")) {
                    for (String w : line.trim().split("\\s+")) {
                        if (!w.isEmpty()) {
                            words.add(w);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
