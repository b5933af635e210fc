package dev.lintel.model.layout;

import java.util.Objects;

/**
 * A box to place: a table card with the size the app measured for it (the model never measures
 * text, so it stays free of JavaFX).
 *
 * @param id the table's object path ({@code table:public.orders})
 */
public record LayoutNode(String id, double width, double height) {
    public LayoutNode {
        Objects.requireNonNull(id, "id");
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("node " + id + " needs a positive size, got " + width + "x" + height);
        }
    }
}
