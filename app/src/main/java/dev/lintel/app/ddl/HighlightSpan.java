package dev.lintel.app.ddl;

/** A run of DDL text drawn with one style class ({@code keyword}, {@code string}, {@code comment}, ...). */
public record HighlightSpan(int start, int length, String styleClass) {
}
