package dev.lintel.model.schema;

import java.util.Objects;

/** A schema (namespace) created explicitly, with its comment. */
public record Namespace(String name, String comment) {
    public Namespace {
        Objects.requireNonNull(name, "name");
    }
}
