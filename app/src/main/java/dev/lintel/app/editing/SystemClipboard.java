package dev.lintel.app.editing;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;

/**
 * The system clipboard as {@link TableClipboard} uses it: copied tables as plain text (their DDL)
 * and in Lintel's own format, which another Lintel window or process reads back exactly.
 */
final class SystemClipboard implements TableClipboard.Board {
    private static final String MIME = "application/x-lintel-tables";
    // A data format exists once per JVM: look it up before making it (a second window, a test).
    private static final DataFormat TABLES = DataFormat.lookupMimeType(MIME) != null
            ? DataFormat.lookupMimeType(MIME) : new DataFormat(MIME);

    @Override
    public void put(String text, String tables) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        if (tables != null) {
            content.put(TABLES, tables);
        }
        Clipboard.getSystemClipboard().setContent(content);
    }

    @Override
    public String tables() {
        return Clipboard.getSystemClipboard().getContent(TABLES) instanceof String s ? s : null;
    }

    @Override
    public String text() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        return clipboard.hasString() ? clipboard.getString() : null;
    }
}
