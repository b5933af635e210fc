package dev.lintel.model.document;

import java.util.List;
import java.util.Objects;

/** A named, coloured group of tables (members are object paths), for large diagrams and reviews. */
public record SubjectArea(String name, String color, List<String> members) {
    public SubjectArea {
        Objects.requireNonNull(name, "name");
        members = members == null ? List.of() : List.copyOf(members);
    }
}
