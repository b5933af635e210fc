package dev.lintel.app.shell;

import java.nio.file.Path;
import java.util.Locale;

/** File-name rules for documents: which files are documents, and what Save As proposes. */
final class DocumentFiles {
    static final String EXTENSION = ".lintel";

    private DocumentFiles() {
    }

    static boolean isDocument(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION);
    }

    /** Files Open and drag and drop accept: documents and SQL scripts. */
    static boolean isOpenable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(EXTENSION) || name.endsWith(".sql") || name.endsWith(".ddl");
    }

    /** {@code shop} and {@code shop.sql} both save as {@code shop.lintel}. */
    static Path withDocumentExtension(Path file) {
        return isDocument(file) ? file : file.resolveSibling(suggestedName(file.getFileName().toString()));
    }

    static String suggestedName(String title) {
        if (title.toLowerCase(Locale.ROOT).endsWith(EXTENSION)) {
            return title;
        }
        int dot = title.lastIndexOf('.');
        return (dot > 0 ? title.substring(0, dot) : title) + EXTENSION;
    }
}
