package dev.lintel.model.document;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A folder of autosaved, unsaved work, so that a crash or a kill loses at most a few seconds.
 * Each open document has two files named by its id: {@code <id>.lintel}, an ordinary document
 * (so it can also be opened by hand), and {@code <id>.recovery}, its metadata: the original file
 * (absent for a document never saved), the title, when it was autosaved and which process owns it.
 * Both are written atomically, the document first, so a metadata file always points at a
 * complete document; listing goes by metadata files.
 */
public final class RecoveryFiles {
    private static final String DOCUMENT = ".lintel";
    private static final String METADATA = ".recovery";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    /**
     * One recoverable document.
     *
     * @param original the file the document belongs to, or null when it was never saved
     * @param owner which process wrote it (see the app's owner check), so that a running
     *        session's work is not offered to another session as abandoned
     */
    public record Entry(String id, Path original, String title, Instant savedAt, String owner) {
        public Entry {
            if (!ID.matcher(Objects.requireNonNull(id, "id")).matches()) {
                throw new IllegalArgumentException("not a recovery id: " + id);
            }
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(savedAt, "savedAt");
            Objects.requireNonNull(owner, "owner");
        }
    }

    private final Path dir;

    public RecoveryFiles(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir").toAbsolutePath();
    }

    public Path directory() {
        return dir;
    }

    /** The document file of an entry id (it exists while the entry does). */
    public Path documentFile(String id) {
        return dir.resolve(id + DOCUMENT);
    }

    public Path metadataFile(String id) {
        return dir.resolve(id + METADATA);
    }

    /** Writes (or replaces) the entry's document, then its metadata, each atomically. */
    public void write(Entry entry, LintelDocument doc) throws IOException {
        DocumentStore.save(documentFile(entry.id()), doc);
        Properties meta = new Properties();
        if (entry.original() != null) {
            meta.setProperty("original", entry.original().toAbsolutePath().toString());
        }
        meta.setProperty("title", entry.title());
        meta.setProperty("saved-at", entry.savedAt().toString());
        meta.setProperty("owner", entry.owner());
        StringWriter text = new StringWriter();
        meta.store(text, "Lintel recovery: unsaved work, the document is " + entry.id() + DOCUMENT);
        DocumentStore.writeAtomically(metadataFile(entry.id()), text.toString());
    }

    /**
     * The entries in the folder, newest first; an empty list when the folder does not exist.
     * Metadata that cannot be read, or whose document is gone, is skipped: it cannot be restored.
     */
    public List<Entry> list() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + METADATA)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String id = name.substring(0, name.length() - METADATA.length());
                if (!ID.matcher(id).matches() || !Files.isRegularFile(documentFile(id))) {
                    continue;
                }
                Entry entry = readEntry(id, file);
                if (entry != null) {
                    entries.add(entry);
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::savedAt).reversed().thenComparing(Entry::id));
        return entries;
    }

    public LintelDocument read(Entry entry) throws IOException, DocumentFormatException {
        return DocumentStore.read(documentFile(entry.id()));
    }

    /** Removes the entry's files, metadata first (so a half-done delete is never listed); absent files are fine. */
    public void delete(String id) throws IOException {
        Files.deleteIfExists(metadataFile(id));
        Files.deleteIfExists(documentFile(id));
    }

    private static Entry readEntry(String id, Path file) throws IOException {
        Properties meta = new Properties();
        try {
            meta.load(new StringReader(Files.readString(file)));
        } catch (NoSuchFileException gone) {
            return null;
        } catch (IllegalArgumentException | java.nio.charset.MalformedInputException damaged) {
            return null;
        }
        String title = meta.getProperty("title");
        String savedAt = meta.getProperty("saved-at");
        String owner = meta.getProperty("owner", "");
        String original = meta.getProperty("original");
        if (title == null || savedAt == null) {
            return null;
        }
        try {
            return new Entry(id, original == null || original.isBlank() ? null : Path.of(original), title,
                    Instant.parse(savedAt), owner);
        } catch (DateTimeParseException | java.nio.file.InvalidPathException e) {
            return null;
        }
    }
}
