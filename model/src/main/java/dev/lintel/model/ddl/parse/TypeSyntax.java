package dev.lintel.model.ddl.parse;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.Schema;
import java.util.Optional;

/**
 * Reads a type as a user types it in the inspector ({@code varchar(255)}, {@code numeric(10,2)},
 * {@code public.mood[]}) with the same reader the DDL importer uses for column definitions, so a
 * type the editor accepts is one an import of the written DDL gives back.
 */
public final class TypeSyntax {
    private TypeSyntax() {
    }

    /** The parsed type, or the reason the text is not one type. */
    public record Result(DataType type, String error) {
        public Optional<DataType> parsed() {
            return Optional.ofNullable(type);
        }
    }

    /** Parses {@code text} as one type of {@code dialect}; enum and domain names resolve against {@code schema}. */
    public static Result parse(String text, Dialect dialect, Schema schema) {
        if (text == null || text.isBlank()) {
            return new Result(null, "A type is required");
        }
        SchemaBuilder known = new SchemaBuilder(dialect, "<type>");
        schema.enums().forEach(e -> known.enums.put(e.name(), e));
        schema.domains().forEach(d -> known.domains.put(d.name(), d));
        try {
            TokenCursor in = new TokenCursor(text, dialect);
            DataType type = DataTypeReader.read(in, known);
            if (!in.atEnd()) {
                return new Result(null, "Unexpected '" + in.peek().text() + "' after the type " + type);
            }
            return new Result(type, null);
        } catch (DdlSyntaxException e) {
            // The cursor reports the end of the text as an empty token; say so in words.
            return new Result(null, capitalized(e.getMessage().replace("found ''", "the type ends there")));
        }
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
