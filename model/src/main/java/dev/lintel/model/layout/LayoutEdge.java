package dev.lintel.model.layout;

import java.util.Objects;

/**
 * A line between two nodes: a foreign key drawn from the referenced table ({@code source}) to the
 * referencing one ({@code target}), so that layered layout puts parents before children.
 *
 * @param id the foreign key's object path ({@code constraint:public.orders.orders_user_fk})
 */
public record LayoutEdge(String id, String source, String target) {
    public LayoutEdge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
    }

    public boolean isSelfLoop() {
        return source.equals(target);
    }
}
