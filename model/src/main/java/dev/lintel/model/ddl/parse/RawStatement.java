package dev.lintel.model.ddl.parse;

/** One statement as cut from the script: its text (without the delimiter) and where it starts (1-based). */
record RawStatement(String text, int line, int column) {
}
