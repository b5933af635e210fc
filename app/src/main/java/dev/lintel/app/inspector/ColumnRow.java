package dev.lintel.app.inspector;

/**
 * One column in the inspector, in display form.
 *
 * @param keys the key markers, e.g. {@code PK FK}, or empty
 * @param defaultText the default, identity or generated expression as SQL-ish text, or empty
 */
public record ColumnRow(String name, String type, boolean nullable, String keys, String defaultText, String comment) {
}
