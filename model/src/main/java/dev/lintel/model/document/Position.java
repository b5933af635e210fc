package dev.lintel.model.document;

/** Top-left corner of an object's card on the canvas, in diagram units. */
public record Position(double x, double y) {
}
