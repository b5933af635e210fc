package dev.lintel.model.lint.rules;

import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.Constraint;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.List;

/** Every identifier a table owns (its own name, columns, constraints, indexes), for the naming rules. */
record NamedObject(ObjectPath path, String kind, String name) {
    static List<NamedObject> of(Table t) {
        List<NamedObject> out = new ArrayList<>();
        out.add(new NamedObject(ObjectPath.table(t.name()), "Table", t.name().name()));
        for (Column c : t.columns()) {
            out.add(new NamedObject(ObjectPath.column(t.name(), c.name()), "Column", c.name()));
        }
        for (Constraint c : t.constraints()) {
            if (c.name() != null) {
                out.add(new NamedObject(ObjectPath.constraint(t.name(), c.name()), "Constraint", c.name()));
            }
        }
        for (Index i : t.indexes()) {
            out.add(new NamedObject(ObjectPath.index(t.name(), i.name()), "Index", i.name()));
        }
        return out;
    }

    String describe(Table t) {
        return kind + " " + (kind.equals("Table") ? t.name().toString() : t.name() + "." + name);
    }
}
