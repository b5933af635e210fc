package dev.lintel.app.shell;

/** The answer to "save changes before closing this document?". */
public enum SaveChoice {
    SAVE, DONT_SAVE, CANCEL
}
