package dev.lintel.model.ddl.parse;

import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.View;
import java.util.List;

/** {@code CREATE [OR REPLACE] [TEMP] [RECURSIVE] [MATERIALIZED] VIEW}: the query is kept as written. */
final class ViewStatements {
    private ViewStatements() {
    }

    static void create(TokenCursor in, SchemaBuilder schema) {
        in.expectWords("CREATE");
        boolean replace = in.acceptWords("OR", "REPLACE");
        while (in.peek().isAnyWord("TEMP", "TEMPORARY", "RECURSIVE", "FORCE", "NOFORCE")
                || in.peek().isWord("ALGORITHM") || in.peek().isWord("DEFINER") || in.peek().isWord("SQL")) {
            if (in.acceptWords("SQL", "SECURITY") || in.acceptWords("ALGORITHM") || in.acceptWords("DEFINER")) {
                in.acceptSymbol("=");
                in.next();
                while (in.acceptSymbol("@")) {
                    in.next();
                }
            } else {
                in.next();
            }
        }
        boolean materialized = in.acceptWords("MATERIALIZED");
        in.expectWords("VIEW");
        boolean ifNotExists = in.acceptWords("IF", "NOT", "EXISTS");
        QualifiedName name = schema.qualify(in.qualifiedName());
        List<String> columns = in.peek().isSymbol("(") ? in.parenthesizedNames() : List.of();
        String options = null;
        if (in.acceptWords("USING")) {
            in.next();
        }
        if (in.acceptWords("WITH")) {
            options = in.parenthesizedText();
        }
        if (in.acceptWords("TABLESPACE")) {
            in.next();
        }
        in.expectWords("AS");
        String definition = in.rest();
        boolean withData = true;
        String upper = definition.toUpperCase(java.util.Locale.ROOT);
        if (upper.endsWith("WITH NO DATA")) {
            withData = false;
            definition = definition.substring(0, definition.length() - "WITH NO DATA".length()).strip();
        } else if (upper.endsWith("WITH DATA")) {
            definition = definition.substring(0, definition.length() - "WITH DATA".length()).strip();
        }
        if (schema.views.containsKey(name) && !replace) {
            if (!ifNotExists) {
                schema.warning("view " + name + " is defined twice; the first definition is kept");
            }
            return;
        }
        View previous = schema.views.get(name);
        schema.views.put(name, new View(name, definition, materialized, columns, options, withData,
                previous == null ? null : previous.comment()));
        schema.reserveRelation(name.schema(), name.name());
        schema.locate(ObjectPath.of(ObjectPath.Kind.VIEW, name));
    }
}
