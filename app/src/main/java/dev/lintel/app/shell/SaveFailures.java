package dev.lintel.app.shell;

import dev.lintel.app.importing.DiagnosticRow;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Says why a save failed in words a user can act on; the exception names alone are not that. */
final class SaveFailures {
    static final String STILL_OPEN = " Your changes are still open and unsaved.";

    private SaveFailures() {
    }

    static String describe(Path target, Throwable error) {
        Path folder = target.toAbsolutePath().getParent();
        String message = error.getMessage() == null ? "" : error.getMessage();
        String why;
        if (message.contains("No space left on device") || message.contains("Disk quota exceeded")) {
            why = "The disk is full: there is no room in " + folder + " for " + target.getFileName() + ".";
        } else if (error instanceof AccessDeniedException) {
            why = "No permission to write in " + folder + ". Use Save As to choose another folder.";
        } else if (error instanceof FileAlreadyExistsException e) {
            why = e.getFile() + " is a file, so it cannot be used as a folder.";
        } else if (error instanceof NoSuchFileException) {
            why = "The folder " + folder + " does not exist.";
        } else if (error instanceof FileSystemException e && e.getReason() != null) {
            why = "Cannot write " + e.getFile() + ": " + e.getReason() + ".";
        } else {
            why = DiagnosticRow.describe(error);
        }
        return why + STILL_OPEN;
    }
}
