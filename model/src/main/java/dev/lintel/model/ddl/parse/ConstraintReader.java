package dev.lintel.model.ddl.parse;

import dev.lintel.model.schema.CheckConstraint;
import dev.lintel.model.schema.Deferrability;
import dev.lintel.model.schema.ExclusionConstraint;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.IndexKey;
import dev.lintel.model.schema.PrimaryKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads table constraints ({@code CONSTRAINT n PRIMARY KEY (...)}, {@code FOREIGN KEY ...}) and
 * column constraints ({@code REFERENCES t}, {@code CHECK (...)}) into model records whose name is
 * null when the source gave none; {@link TableConstraints} names them later, in PostgreSQL's order.
 */
final class ConstraintReader {
    private ConstraintReader() {
    }

    /** True when the cursor is at the start of a table constraint or a MySQL/H2 inline index. */
    static boolean atTableConstraint(TokenCursor in) {
        SqlToken t = in.peek();
        if (t.isAnyWord("FULLTEXT", "SPATIAL")) {
            SqlToken after = in.peek(1);
            return after.isAnyWord("KEY", "INDEX") || after.isSymbol("(") || after.isIdentifier() && in.peek(2).isSymbol("(");
        }
        if (t.isAnyWord("CONSTRAINT", "PRIMARY", "FOREIGN", "CHECK", "EXCLUDE")) {
            return t.isWord("CHECK") ? in.peek(1).isSymbol("(") : in.peek(1).isIdentifier();
        }
        if (t.isWord("UNIQUE")) {
            return true;
        }
        if (t.isAnyWord("KEY", "INDEX")) {
            SqlToken after = in.peek(1);
            if (after.isSymbol("(") || after.isWord("USING")) {
                return true;
            }
            return after.isIdentifier() && (in.peek(2).isSymbol("(") || in.peek(2).isWord("USING"))
                    && !dev.lintel.model.schema.DataTypes.isKnownBuiltIn(
                            dev.lintel.model.schema.DataTypes.canonicalName(after.text()));
        }
        return false;
    }

    /** A table constraint, or an {@link InlineIndex} for MySQL {@code KEY}/{@code INDEX}/{@code FULLTEXT}. */
    static Object readTableConstraint(TokenCursor in) {
        String name = in.acceptWords("CONSTRAINT") ? in.identifier() : null;
        if (in.acceptWords("PRIMARY", "KEY")) {
            in.acceptWords("CLUSTERED");
            if (in.acceptWords("USING", "INDEX")) {
                return new UsingIndex(name, true, in.identifier(), readDeferrability(in));
            }
            skipIndexName(in);
            List<String> cols = in.parenthesizedNames();
            skipIndexParameters(in);
            return new PrimaryKey(name, cols, readDeferrability(in));
        }
        if (in.acceptWords("UNIQUE")) {
            boolean mysqlKeyword = in.acceptWords("KEY") || in.acceptWords("INDEX");
            if (!in.peek().isSymbol("(") && !in.peek().isWord("NULLS") && !in.peek().isWord("USING")) {
                String indexName = in.identifier();
                name = name == null || mysqlKeyword ? indexName : name;
            }
            in.acceptWords("USING", "BTREE");
            in.acceptWords("USING", "HASH");
            boolean nullsNotDistinct = readNullsNotDistinct(in);
            if (in.acceptWords("USING", "INDEX")) {
                return new UsingIndex(name, false, in.identifier(), readDeferrability(in));
            }
            List<String> cols = in.parenthesizedNames();
            skipIndexParameters(in);
            return new UniqueConstraint(name, cols, nullsNotDistinct, readDeferrability(in));
        }
        if (in.acceptWords("FOREIGN", "KEY")) {
            if (!in.peek().isSymbol("(")) {
                String indexName = in.identifier();
                name = name == null ? indexName : name;
            }
            List<String> cols = in.parenthesizedNames();
            in.expectWords("REFERENCES");
            return readReferences(in, name, cols);
        }
        if (in.peek().isWord("CHECK")) {
            return readCheck(in, name);
        }
        if (in.acceptWords("EXCLUDE")) {
            String definition = in.rest();
            if (in.acceptWords("USING")) {
                in.next();
            }
            List<String> cols = new ArrayList<>();
            in.expectSymbol("(");
            do {
                if (in.peek().isIdentifier()) {
                    cols.add(in.identifier());
                }
                in.skipUntilAtDepthZero(",", ")");
            } while (in.acceptSymbol(","));
            in.expectSymbol(")");
            in.skipUntilAtDepthZero("DEFERRABLE", "NOT", "INITIALLY");
            Deferrability deferrability = readDeferrability(in);
            return new ExclusionConstraint(name, stripDeferrability(definition), deferrability);
        }
        if (in.peek().isAnyWord("PRIMARY", "KEY", "INDEX", "FULLTEXT", "SPATIAL")) {
            return readInlineIndex(in);
        }
        throw new DdlSyntaxException("expected a constraint but found '" + in.peek().text() + "'");
    }

    /** MySQL {@code KEY name (cols)}, {@code FULLTEXT KEY name (cols)}, {@code SPATIAL INDEX ...}. */
    private static InlineIndex readInlineIndex(TokenCursor in) {
        String kind = in.next().upper();
        if (!kind.equals("KEY") && !kind.equals("INDEX")) {
            if (!in.acceptWords("KEY")) {
                in.acceptWords("INDEX");
            }
        }
        String name = in.peek().isSymbol("(") || in.peek().isWord("USING") ? null : in.identifier();
        String method = in.acceptWords("USING") ? in.next().text() : null;
        List<IndexKey> keys = IndexReader.readKeys(in);
        if (in.acceptWords("USING")) {
            method = in.next().text();
        }
        skipIndexParameters(in);
        String m = switch (kind) {
            case "FULLTEXT" -> "fulltext";
            case "SPATIAL" -> "spatial";
            default -> method;
        };
        return new InlineIndex(name, false, m, keys);
    }

    static CheckConstraint readCheck(TokenCursor in, String name) {
        in.expectWords("CHECK");
        String expression = unwrapParentheses(in.parenthesizedText());
        boolean noInherit = in.acceptWords("NO", "INHERIT");
        boolean notValid = in.acceptWords("NOT", "VALID");
        in.acceptWords("ENFORCED");
        in.acceptWords("NOT", "ENFORCED");
        return new CheckConstraint(name, expression, notValid, noInherit);
    }

    /** After {@code REFERENCES}: target, columns, MATCH, actions, deferrability, NOT VALID, [NOT] ENFORCED (PostgreSQL 18). */
    static ForeignKey readReferences(TokenCursor in, String name, List<String> columns) {
        QualifiedName target = in.qualifiedName();
        List<String> targetCols = in.peek().isSymbol("(") ? in.parenthesizedNames() : List.of();
        ForeignKey.Action onDelete = ForeignKey.Action.NO_ACTION;
        ForeignKey.Action onUpdate = ForeignKey.Action.NO_ACTION;
        ForeignKey.Match match = ForeignKey.Match.SIMPLE;
        Deferrability deferrability = Deferrability.NOT_DEFERRABLE;
        boolean notValid = false;
        boolean notEnforced = false;
        while (!in.atEnd()) {
            if (in.acceptWords("MATCH")) {
                match = ForeignKey.Match.valueOf(in.next().upper());
            } else if (in.acceptWords("ON", "DELETE")) {
                onDelete = readAction(in);
            } else if (in.acceptWords("ON", "UPDATE")) {
                onUpdate = readAction(in);
            } else if (in.acceptWords("NOT", "VALID")) {
                notValid = true;
            } else if (in.acceptWords("NOT", "ENFORCED")) {
                notEnforced = true;
            } else if (in.acceptWords("ENFORCED")) {
                notEnforced = false;
            } else if (in.peek().isAnyWord("DEFERRABLE", "INITIALLY") || in.peekWords("NOT", "DEFERRABLE")) {
                deferrability = readDeferrability(in);
            } else {
                break;
            }
        }
        return new ForeignKey(name, columns, target, targetCols, onDelete, onUpdate, match, deferrability, notValid, notEnforced);
    }

    private static ForeignKey.Action readAction(TokenCursor in) {
        if (in.acceptWords("NO", "ACTION")) {
            return ForeignKey.Action.NO_ACTION;
        }
        if (in.acceptWords("SET", "NULL")) {
            in.skipUntilAtDepthZero(",", ")", "ON", "NOT", "DEFERRABLE", "INITIALLY", "MATCH");
            return ForeignKey.Action.SET_NULL;
        }
        if (in.acceptWords("SET", "DEFAULT")) {
            return ForeignKey.Action.SET_DEFAULT;
        }
        if (in.acceptWords("CASCADE")) {
            return ForeignKey.Action.CASCADE;
        }
        in.expectWords("RESTRICT");
        return ForeignKey.Action.RESTRICT;
    }

    static Deferrability readDeferrability(TokenCursor in) {
        boolean deferrable = false;
        boolean deferred = false;
        while (true) {
            if (in.acceptWords("DEFERRABLE")) {
                deferrable = true;
            } else if (in.acceptWords("NOT", "DEFERRABLE")) {
                deferrable = false;
            } else if (in.acceptWords("INITIALLY", "DEFERRED")) {
                deferred = true;
            } else if (in.acceptWords("INITIALLY", "IMMEDIATE")) {
                deferred = false;
            } else {
                break;
            }
        }
        if (!deferrable) {
            return Deferrability.NOT_DEFERRABLE;
        }
        return deferred ? Deferrability.DEFERRABLE_INITIALLY_DEFERRED : Deferrability.DEFERRABLE_INITIALLY_IMMEDIATE;
    }

    private static boolean readNullsNotDistinct(TokenCursor in) {
        if (in.acceptWords("NULLS", "NOT", "DISTINCT")) {
            return true;
        }
        in.acceptWords("NULLS", "DISTINCT");
        return false;
    }

    /** MySQL/H2 allow an index name after PRIMARY KEY; it means nothing to the model. */
    private static void skipIndexName(TokenCursor in) {
        if (in.peek().isIdentifier() && in.peek(1).isSymbol("(") && !in.peek().isWord("USING")) {
            in.next();
        }
        in.acceptWords("USING", "BTREE");
        in.acceptWords("USING", "HASH");
    }

    /** INCLUDE (...), WITH (...), USING INDEX TABLESPACE x, USING BTREE, COMMENT '...' and the like. */
    private static void skipIndexParameters(TokenCursor in) {
        while (true) {
            if (in.acceptWords("INCLUDE") || in.acceptWords("WITH")) {
                in.parenthesizedText();
            } else if (in.acceptWords("USING", "INDEX", "TABLESPACE") || in.acceptWords("USING")
                    || in.acceptWords("COMMENT") || in.acceptWords("KEY_BLOCK_SIZE")) {
                in.acceptSymbol("=");
                in.next();
            } else if (in.acceptWords("INVISIBLE") || in.acceptWords("VISIBLE")) {
                continue;
            } else {
                return;
            }
        }
    }

    private static String stripDeferrability(String definition) {
        return definition.replaceAll("(?is)\\s+(NOT\\s+)?DEFERRABLE.*$", "").replaceAll("(?is)\\s+INITIALLY\\s+\\w+$", "");
    }

    /** CHECK ((a > 0)): the conventions keep the expression without its redundant outer parentheses. */
    static String unwrapParentheses(String expression) {
        String e = expression.strip();
        while (e.startsWith("(") && e.endsWith(")") && closesAtEnd(e)) {
            e = e.substring(1, e.length() - 1).strip();
        }
        return e;
    }

    /** True when the '(' at 0 is closed by the final ')', judged on tokens so strings cannot confuse it. */
    private static boolean closesAtEnd(String e) {
        List<SqlToken> tokens = SqlLexer.tokenize(e, dev.lintel.model.dialect.Dialect.POSTGRES);
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
                if (depth == 0) {
                    return i == tokens.size() - 1;
                }
            }
        }
        return false;
    }

    /** A MySQL/H2 index declared inside CREATE TABLE; name null when unnamed. */
    record InlineIndex(String name, boolean unique, String method, List<IndexKey> keys) {
    }

    /** {@code ADD CONSTRAINT n PRIMARY KEY|UNIQUE USING INDEX idx}: turns an existing index into the constraint. */
    record UsingIndex(String name, boolean primary, String indexName, Deferrability deferrability) {
    }
}
