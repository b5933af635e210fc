package dev.lintel.model.layout;

/** A point in diagram units (the canvas at 100% zoom). */
public record Point(double x, double y) {
}
