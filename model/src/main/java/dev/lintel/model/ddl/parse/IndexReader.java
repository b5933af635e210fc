package dev.lintel.model.ddl.parse;

import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.IndexKey;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code CREATE [UNIQUE] INDEX} in its PostgreSQL, H2 and MySQL forms, and index key lists. */
final class IndexReader {
    private static final String[] KEY_STOPS = {",", ")", "COLLATE", "ASC", "DESC", "NULLS"};

    private IndexReader() {
    }

    static void createIndex(TokenCursor in, SchemaBuilder schema) {
        in.expectWords("CREATE");
        boolean unique = in.acceptWords("UNIQUE");
        String method = null;
        if (in.peek().isAnyWord("FULLTEXT", "SPATIAL", "HASH")) {
            method = in.next().text().toLowerCase(Locale.ROOT);
        }
        in.expectWords("INDEX");
        in.acceptWords("CONCURRENTLY");
        boolean ifNotExists = in.acceptWords("IF", "NOT", "EXISTS");
        String name = in.peek().isWord("ON") ? null : in.identifier();
        if (in.acceptWords("USING")) {
            method = in.next().text();
        }
        in.expectWords("ON");
        in.acceptWords("ONLY");
        QualifiedName tableName = in.qualifiedName();
        if (in.acceptWords("USING")) {
            method = in.next().text();
        }
        List<IndexKey> keys = readKeys(in);
        List<String> include = List.of();
        boolean nullsNotDistinct = false;
        String where = null;
        while (!in.atEnd()) {
            if (in.acceptWords("INCLUDE")) {
                include = in.parenthesizedNames();
            } else if (in.acceptWords("NULLS", "NOT", "DISTINCT")) {
                nullsNotDistinct = true;
            } else if (in.acceptWords("NULLS", "DISTINCT")) {
                nullsNotDistinct = false;
            } else if (in.acceptWords("WITH")) {
                in.parenthesizedText();
            } else if (in.acceptWords("WHERE")) {
                where = ConstraintReader.unwrapParentheses(in.rest());
                in.skipToEnd();
            } else if (in.acceptWords("USING")) {
                method = in.next().text();
            } else {
                in.next();
            }
        }
        Table.Builder table = schema.table(tableName);
        if (table == null && schema.views.containsKey(schema.qualify(tableName))) {
            QualifiedName indexName = name == null ? null : new QualifiedName(schema.qualify(tableName).schema(), name);
            schema.opaqueObjects.add(new dev.lintel.model.schema.OpaqueObject("INDEX", indexName, in.sql()));
            schema.info("index on materialized view " + tableName + " kept as opaque SQL");
            return;
        }
        if (table == null) {
            schema.warning("index on unknown table " + tableName + " skipped");
            return;
        }
        String tableSchema = table.name().schema();
        if (name != null && table.indexes().stream().anyMatch(existing -> existing.name().equals(name)) && ifNotExists) {
            schema.info("index " + name + " already exists: IF NOT EXISTS skips it");
            return;
        }
        if ("fulltext".equals(method) || "spatial".equals(method)) {
            schema.info(method.toUpperCase(Locale.ROOT) + " index kept with method " + method + "; only MySQL builds it");
        }
        String chosen = name != null ? name : schema.chooseRelationName(tableSchema, table.name().name(),
                dev.lintel.model.dialect.Identifiers.columnsPart(keyNames(keys)), "idx");
        schema.reserveRelation(tableSchema, chosen);
        table.addIndex(new Index(chosen, unique, method, keys, include, where, nullsNotDistinct));
        schema.locate(ObjectPath.index(table.name(), chosen));
    }

    /** {@code (a, lower(b) text_pattern_ops DESC NULLS LAST, (c + d))}. */
    static List<IndexKey> readKeys(TokenCursor in) {
        in.expectSymbol("(");
        List<IndexKey> keys = new ArrayList<>();
        do {
            keys.add(readKey(in));
        } while (in.acceptSymbol(","));
        in.expectSymbol(")");
        return keys;
    }

    private static IndexKey readKey(TokenCursor in) {
        String column = null;
        String expression = null;
        if (in.peek().isSymbol("(")) {
            expression = ConstraintReader.unwrapParentheses(in.parenthesizedText());
        } else if (in.peek().isIdentifier() && isColumnEnd(in, 1)) {
            column = in.identifier();
        } else if (in.peek().isIdentifier() && in.peek(1).isSymbol("(") && isColumnLengthPrefix(in)) {
            column = in.identifier();
            in.parenthesizedText();
        } else {
            int from = in.position();
            int call = functionCallNameLength(in);
            if (call > 0) {
                // A function call key, maybe schema-qualified; an operator class may follow it.
                for (int i = 0; i < call; i++) {
                    in.next();
                }
                in.parenthesizedText();
            } else {
                in.skipUntilAtDepthZero(KEY_STOPS);
            }
            expression = in.textBetween(from, in.position());
        }
        String collation = null;
        String opclass = null;
        IndexKey.SortOrder order = IndexKey.SortOrder.ASC;
        IndexKey.NullsOrder nulls = IndexKey.NullsOrder.DEFAULT;
        while (!in.atEnd() && !in.peek().isSymbol(",") && !in.peek().isSymbol(")")) {
            if (in.acceptWords("COLLATE")) {
                collation = in.qualifiedName().name();
            } else if (in.acceptWords("ASC")) {
                order = IndexKey.SortOrder.ASC;
            } else if (in.acceptWords("DESC")) {
                order = IndexKey.SortOrder.DESC;
            } else if (in.acceptWords("NULLS", "FIRST")) {
                nulls = IndexKey.NullsOrder.FIRST;
            } else if (in.acceptWords("NULLS", "LAST")) {
                nulls = IndexKey.NullsOrder.LAST;
            } else if (in.peek().isIdentifier()) {
                int from = in.position();
                in.qualifiedName();
                if (in.peek().isSymbol("(")) {
                    in.parenthesizedText();
                }
                opclass = in.textBetween(from, in.position());
            } else {
                in.skipUntilAtDepthZero(",", ")");
            }
        }
        return new IndexKey(column, expression, collation, opclass, order, nulls);
    }

    /** How many tokens name the function a key calls ({@code f}, {@code s.f}), or 0 when the key is not a call. */
    private static int functionCallNameLength(TokenCursor in) {
        int i = 0;
        while (in.peek(i).isIdentifier()) {
            if (in.peek(i + 1).isSymbol("(")) {
                return i + 1;
            }
            if (!in.peek(i + 1).isSymbol(".")) {
                return 0;
            }
            i += 2;
        }
        return 0;
    }

    /** A bare column key ends here: a separator, a modifier, or an operator class name. */
    private static boolean isColumnEnd(TokenCursor in, int ahead) {
        SqlToken t = in.peek(ahead);
        return t.isSymbol(",") || t.isSymbol(")") || t.isAnyWord("COLLATE", "ASC", "DESC", "NULLS")
                || t.isIdentifier() && !in.peek(ahead + 1).isSymbol("(");
    }

    /** MySQL {@code name(10)}: a column with an index prefix length, not a function call. */
    private static boolean isColumnLengthPrefix(TokenCursor in) {
        return in.dialect() == dev.lintel.model.dialect.Dialect.MYSQL
                && in.peek(2).kind() == SqlToken.Kind.NUMBER && in.peek(3).isSymbol(")");
    }

    /** The names PostgreSQL uses for index keys in generated names: the column, the function called, or "expr". */
    static List<String> keyNames(List<IndexKey> keys) {
        List<String> names = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (IndexKey key : keys) {
            String base = key.isColumn() ? key.column() : figureExpressionName(key.expression());
            String candidate = base;
            for (int i = 1; !used.add(candidate); i++) {
                candidate = base + i;
            }
            names.add(candidate);
        }
        return names;
    }

    private static String figureExpressionName(String expression) {
        TokenCursor in = new TokenCursor(expression, dev.lintel.model.dialect.Dialect.POSTGRES);
        if (in.peek().kind() == SqlToken.Kind.WORD) {
            int from = in.position();
            QualifiedName function = in.qualifiedName();
            if (in.peek().isSymbol("(") && from == 0) {
                in.parenthesizedText();
                if (in.atEnd()) {
                    return function.name();
                }
            }
        }
        return "expr";
    }
}
