package dev.lintel.model.edit;

import dev.lintel.model.lint.Fix;
import dev.lintel.model.lint.fix.SchemaEdit;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.Objects;

/**
 * A lint quick fix as an undoable edit. The fix keeps its own {@code SchemaEdit}s (the migration
 * planner reads them); this wraps them, and the inverse restores the tables the fix touched.
 * A fix that no longer changes anything (applied twice, or its table is gone) is refused.
 */
public record ApplyFix(Fix fix) implements Edit {
    public ApplyFix {
        Objects.requireNonNull(fix, "fix");
    }

    public String label() {
        return fix.title();
    }

    public Schema change(Schema before) {
        Schema after = before;
        for (SchemaEdit e : fix.edits()) {
            refuseClash(after, e);
            after = e.apply(after);
        }
        if (Inverses.same(after, before)) {
            throw new EditException("\"" + fix.title() + "\" changes nothing any more");
        }
        return after;
    }

    // A fix names what it adds when the finding is made; applied again (a second click before the
    // re-lint), it would add a second object of the same name.
    private void refuseClash(Schema s, SchemaEdit e) {
        Table t = s.table(e.table()).orElse(null);
        if (t == null) {
            return;
        }
        String clash = null;
        if (e instanceof SchemaEdit.AddIndex add && t.indexes().stream().anyMatch(i -> i.name().equals(add.index().name()))) {
            clash = add.index().name();
        } else if (e instanceof SchemaEdit.AddUniqueConstraint add && hasConstraint(t, add.constraint().name())) {
            clash = add.constraint().name();
        } else if (e instanceof SchemaEdit.AddCheck add && hasConstraint(t, add.check().name())) {
            clash = add.check().name();
        } else if (e instanceof SchemaEdit.AddPrimaryKey && t.primaryKey() != null) {
            clash = "the primary key";
        }
        if (clash != null) {
            throw new EditException("\"" + fix.title() + "\" was already applied: " + clash + " exists");
        }
    }

    private static boolean hasConstraint(Table t, String name) {
        return name != null && t.constraints().stream().anyMatch(c -> name.equals(c.name()));
    }
}
