package dev.lintel.model.schema;

import java.util.List;
import java.util.Objects;

/** A PostgreSQL enum type; values keep their declared order (it is their sort order). */
public record EnumType(QualifiedName name, List<String> values, String comment) {
    public EnumType {
        Objects.requireNonNull(name, "name");
        values = Lists.copy(values);
    }

    public EnumType withValues(List<String> v) {
        return new EnumType(name, v, comment);
    }

    public EnumType withComment(String v) {
        return new EnumType(name, values, v);
    }
}
