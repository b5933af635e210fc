package dev.lintel.model.edit;

import dev.lintel.model.schema.Schema;

/**
 * Replaces the whole schema: the inverse of the rare edit whose typed inverse is not exact and that
 * changed more than tables. Refuses to apply to any schema but the one it was computed from.
 */
public record RestoreSchema(String label, Schema expected, Schema restored) implements Edit {
    @Override
    public Schema change(Schema before) {
        if (!Inverses.same(before, expected)) {
            throw new EditException("The design changed since \"" + label + "\"");
        }
        return restored;
    }

    @Override
    public Edit inverseAgainst(Schema before) {
        return new RestoreSchema(label, restored, before);
    }
}
