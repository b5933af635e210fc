package dev.lintel.app.inspector;

/** A constraint or index in the inspector: its kind ({@code PK}, {@code FK}, {@code CHECK} ...), name and definition. */
public record DefinitionRow(String kind, String name, String definition) {
}
