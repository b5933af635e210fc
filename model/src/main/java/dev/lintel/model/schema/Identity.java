package dev.lintel.model.schema;

import java.util.Objects;

/**
 * An identity column ({@code GENERATED ALWAYS|BY DEFAULT AS IDENTITY}). {@code sequenceOptions}
 * keeps the optional parenthesised options as written (START WITH, INCREMENT BY ...), or null.
 */
public record Identity(Generation generation, String sequenceOptions) {
    public enum Generation { ALWAYS, BY_DEFAULT }

    public Identity {
        Objects.requireNonNull(generation, "generation");
        sequenceOptions = Lists.blankToNull(sequenceOptions);
    }

    public static Identity always() {
        return new Identity(Generation.ALWAYS, null);
    }

    public static Identity byDefault() {
        return new Identity(Generation.BY_DEFAULT, null);
    }
}
