package dev.lintel.model.layout;

/** A card's measured size in diagram units. */
public record Size(double width, double height) {
}
