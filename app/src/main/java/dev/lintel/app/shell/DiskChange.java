package dev.lintel.app.shell;

/**
 * The open document's file was changed (or deleted) by another program since it was opened or
 * saved; the view asks whether to reload it or keep the version in the window.
 */
public record DiskChange(String fileName, boolean deleted) {
}
