package dev.lintel.model.lint;

import dev.lintel.model.schema.Constraint;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.Objects;

/** Whether an object path still names something in a schema (used to report stale waivers). */
final class ObjectPaths {
    private ObjectPaths() {
    }

    static boolean exists(Schema schema, ObjectPath path) {
        QualifiedName owner = path.owner();
        return switch (path.kind()) {
            case TABLE -> schema.table(owner).isPresent();
            case COLUMN -> schema.table(owner).map(t -> t.hasColumn(path.member())).orElse(false);
            case CONSTRAINT -> schema.table(owner).map(t -> hasConstraint(t, path.member())).orElse(false);
            // An index path may also name the index behind a primary key or unique constraint.
            case INDEX -> schema.table(owner).map(t -> t.indexes().stream().anyMatch(i -> i.name().equals(path.member()))
                    || hasConstraint(t, path.member())).orElse(false);
            case VIEW -> schema.view(owner).isPresent();
            case ENUM -> schema.enumType(owner).isPresent();
            case DOMAIN -> schema.domains().stream().anyMatch(d -> d.name().equals(owner));
            case SEQUENCE -> schema.sequences().stream().anyMatch(s -> s.name().equals(owner));
            case EXTENSION -> schema.extensions().stream().anyMatch(e -> e.name().equals(owner.name()));
            case SCHEMA -> schema.schemaNames().contains(owner.name());
            case OPAQUE -> schema.opaqueObjects().stream().anyMatch(o -> owner.equals(o.name()));
        };
    }

    private static boolean hasConstraint(Table t, String name) {
        for (Constraint c : t.constraints()) {
            if (Objects.equals(c.name(), name)) {
                return true;
            }
        }
        return false;
    }
}
