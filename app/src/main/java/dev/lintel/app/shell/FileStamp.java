package dev.lintel.app.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a file looked like when we last read or wrote it: another program's save changes the
 * modification time or the size (usually both). Reading one is I/O: background threads only.
 */
record FileStamp(long modifiedMillis, long size) {

    /** The file's stamp now, or null when it does not exist. */
    static FileStamp read(Path file) throws IOException {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(attrs.lastModifiedTime().toMillis(), attrs.size());
        } catch (NoSuchFileException gone) {
            return null;
        }
    }
}
