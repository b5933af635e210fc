package dev.lintel.model.schema;

/** Where something came from: a file (or null for pasted text), 1-based line and column. */
public record SourceLocation(String file, int line, int column) {
    @Override
    public String toString() {
        return (file == null ? "<input>" : file) + ":" + line + (column > 0 ? ":" + column : "");
    }
}
