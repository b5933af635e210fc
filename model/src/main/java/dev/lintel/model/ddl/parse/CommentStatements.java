package dev.lintel.model.ddl.parse;

import dev.lintel.model.schema.Namespace;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Table;
import java.util.List;

/** {@code COMMENT ON ... IS '...'} for the objects the model keeps comments on; others are understood and dropped. */
final class CommentStatements {
    private CommentStatements() {
    }

    static void read(TokenCursor in, SchemaBuilder schema) {
        in.expectWords("COMMENT", "ON");
        String kind = in.next().upper();
        if (kind.equals("MATERIALIZED") || kind.equals("FOREIGN")) {
            kind = in.next().upper();
        }
        int targetStart = in.position();
        in.skipUntilAtDepthZero("IS");
        TokenCursor target = new TokenCursor(in.textBetween(targetStart, in.position()), in.dialect());
        in.expectWords("IS");
        SqlToken value = in.next();
        String comment = value.isWord("NULL") ? null : TokenCursor.unquoteString(value.text());
        switch (kind) {
            case "SCHEMA" -> {
                String name = target.identifier();
                schema.namespaces.put(name, new Namespace(name, comment));
            }
            case "TABLE" -> {
                Table.Builder table = schema.table(target.qualifiedName());
                if (table == null) {
                    schema.warning("COMMENT ON unknown table");
                } else {
                    table.comment(comment);
                }
            }
            case "COLUMN" -> commentOnColumn(schema, target, comment);
            case "VIEW" -> schema.views.computeIfPresent(schema.qualify(target.qualifiedName()), (k, v) -> v.withComment(comment));
            case "TYPE" -> schema.enums.computeIfPresent(schema.qualify(target.qualifiedName()), (k, e) -> e.withComment(comment));
            case "DOMAIN" -> schema.domains.computeIfPresent(schema.qualify(target.qualifiedName()), (k, d) -> d.withComment(comment));
            case "SEQUENCE" -> schema.sequences.computeIfPresent(schema.qualify(target.qualifiedName()), (k, s) -> s.withComment(comment));
            default -> {
                // Comments on functions, indexes, constraints, extensions ... have no place in the model.
            }
        }
    }

    private static void commentOnColumn(SchemaBuilder schema, TokenCursor target, String comment) {
        List<String> parts = new java.util.ArrayList<>();
        do {
            parts.add(target.identifier());
        } while (target.acceptSymbol("."));
        if (parts.size() < 2) {
            schema.warning("COMMENT ON COLUMN without a table");
            return;
        }
        int n = parts.size();
        QualifiedName tableName = new QualifiedName(n >= 3 ? parts.get(n - 3) : null, parts.get(n - 2));
        String column = parts.get(n - 1);
        Table.Builder table = schema.table(tableName);
        if (table != null && table.columns().stream().anyMatch(c -> c.name().equals(column))) {
            AlterTableReader.updateColumn(table, column, c -> c.withComment(comment));
            return;
        }
        QualifiedName viewName = schema.qualify(tableName);
        if (!schema.views.containsKey(viewName)) {
            schema.warning("COMMENT ON COLUMN of unknown column " + tableName + "." + column);
        }
    }
}
