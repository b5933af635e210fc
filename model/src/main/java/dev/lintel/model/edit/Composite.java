package dev.lintel.model.edit;

import dev.lintel.model.schema.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Several edits made by one gesture ("Add foreign key + index"): one undo entry. Applies its parts
 * in order, all or none; its inverse is the parts' inverses in reverse order.
 */
public record Composite(String label, List<Edit> edits) implements Edit {
    public Composite {
        edits = List.copyOf(edits);
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("a composite edit has parts");
        }
    }

    public static Composite of(String label, Edit... edits) {
        return new Composite(label, List.of(edits));
    }

    @Override
    public Schema change(Schema before) {
        Schema s = before;
        for (Edit e : edits) {
            s = e.change(s);
        }
        return s;
    }

    @Override
    public Applied apply(Schema before) {
        Schema s = before;
        List<Edit> inverses = new ArrayList<>();
        for (Edit e : edits) {
            Applied applied = e.apply(s);
            s = applied.schema();
            inverses.add(applied.inverse());
        }
        Collections.reverse(inverses);
        return new Applied(s, new Composite(label, inverses));
    }
}
