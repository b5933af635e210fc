package dev.lintel.model.ddl.parse;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.Identity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads one column definition ({@code name type [options]}) as written in CREATE TABLE, ALTER
 * TABLE ADD COLUMN or MySQL MODIFY/CHANGE. Column-level constraints come back separately: the
 * model keeps them as table constraints.
 */
final class ColumnReader {
    /** Words that end a DEFAULT expression: the next column option starts there. */
    private static final String[] DEFAULT_STOPS = {",", ")", "NOT", "NULL", "CONSTRAINT", "PRIMARY", "UNIQUE", "REFERENCES",
        "CHECK", "GENERATED", "COLLATE", "COMMENT", "AUTO_INCREMENT", "ON", "DEFERRABLE", "INITIALLY", "SELECTIVITY",
        "INVISIBLE", "VISIBLE", "AFTER", "FIRST", "BEFORE", "IDENTITY", "STORAGE", "COMPRESSION"};

    /** What a column definition declared: the column, its inline constraints, the serial pseudo-type if any. */
    record ColumnDefinition(Column column, List<Object> constraints, Column.SerialKind serial, String position) {
    }

    private ColumnReader() {
    }

    static ColumnDefinition read(TokenCursor in, SchemaBuilder schema, boolean typeOptional) {
        String name = in.identifier();
        DataType type = DataType.of("unknown");
        boolean typeGiven = false;
        if (!typeOptional || !in.peek().isAnyWord("WITH", "NOT", "NULL", "DEFAULT", "CONSTRAINT", "PRIMARY", "UNIQUE",
                "CHECK", "REFERENCES", "GENERATED")) {
            type = DataTypeReader.read(in, schema);
            typeGiven = true;
        }
        in.acceptWords("WITH", "OPTIONS");
        Column.SerialKind serial = serialKind(type);
        if (serial != Column.SerialKind.NONE) {
            type = DataType.of(switch (serial) {
                case SMALLSERIAL -> "smallint";
                case BIGSERIAL -> "bigint";
                default -> "integer";
            });
        }
        Column column = Column.of(name, type);
        boolean h2IdentityType = H2IdentityType.isIdentityType(schema, type);
        if (h2IdentityType) {
            column = H2IdentityType.asIdentityColumn(column, type);
        }
        if (serial != Column.SerialKind.NONE) {
            column = column.withSerial(serial).withNullable(false);
        }
        List<Object> constraints = new ArrayList<>();
        String position = null;
        while (!in.atEnd() && !in.peek().isSymbol(",") && !in.peek().isSymbol(")")) {
            String constraintName = in.acceptWords("CONSTRAINT") ? in.identifier() : null;
            if (in.acceptWords("NOT", "NULL")) {
                column = column.withNullable(false);
            } else if (in.acceptWords("NULL")) {
                column = column.withNullable(true);
            } else if (in.acceptWords("DEFAULT")) {
                String expr = readDefault(in);
                column = column.withDefault(storedDefault(expr, column.type(), schema));
            } else if (in.acceptWords("PRIMARY", "KEY")) {
                constraints.add(new dev.lintel.model.schema.PrimaryKey(constraintName, List.of(name), ConstraintReader.readDeferrability(in)));
            } else if (in.acceptWords("UNIQUE")) {
                in.acceptWords("KEY");
                boolean nnd = in.acceptWords("NULLS", "NOT", "DISTINCT");
                in.acceptWords("NULLS", "DISTINCT");
                constraints.add(new dev.lintel.model.schema.UniqueConstraint(constraintName, List.of(name), nnd,
                        ConstraintReader.readDeferrability(in)));
            } else if (in.acceptWords("REFERENCES")) {
                constraints.add(ConstraintReader.readReferences(in, constraintName, List.of(name)));
            } else if (in.peek().isWord("CHECK")) {
                constraints.add(ConstraintReader.readCheck(in, constraintName));
            } else if (in.acceptWords("GENERATED")) {
                column = readGenerated(in, column);
            } else if (in.peek().isWord("AS") && in.peek(1).isSymbol("(")) {
                in.next();
                column = column.withGenerated(ConstraintReader.unwrapParentheses(in.parenthesizedText()));
                in.acceptWords("STORED");
                in.acceptWords("VIRTUAL");
            } else if (in.acceptWords("AUTO_INCREMENT") || in.acceptWords("AUTOINCREMENT") || in.acceptWords("IDENTITY")) {
                if (in.peek().isSymbol("(")) {
                    in.parenthesizedText();
                }
                column = column.withIdentity(Identity.byDefault()).withNullable(false);
            } else if (in.acceptWords("COLLATE")) {
                column = column.withCollation(in.qualifiedName().name());
            } else if (in.acceptWords("COMMENT")) {
                column = column.withComment(readStringValue(in));
            } else if (in.acceptWords("ON", "UPDATE")) {
                readDefault(in);
            } else if (in.acceptWords("CHARACTER", "SET") || in.acceptWords("CHARSET") || in.acceptWords("STORAGE")
                    || in.acceptWords("COMPRESSION") || in.acceptWords("SELECTIVITY") || in.acceptWords("COLUMN_FORMAT")) {
                in.next();
            } else if (in.acceptWords("AFTER") || in.acceptWords("BEFORE")) {
                position = in.identifier();
            } else if (in.acceptWords("FIRST")) {
                position = "";
            } else if (in.peek().isAnyWord("DEFERRABLE", "INITIALLY") || in.peekWords("NOT", "DEFERRABLE")) {
                ConstraintReader.readDeferrability(in);
            } else if (in.peek().isAnyWord("INVISIBLE", "VISIBLE", "UNSIGNED", "ZEROFILL", "SIGNED")) {
                in.next();
            } else {
                throw new DdlSyntaxException("unexpected '" + in.peek().text() + "' in column " + name);
            }
        }
        if (!typeGiven) {
            column = column.withType(DataType.of("unknown"));
        }
        if (h2IdentityType && constraints.stream().noneMatch(c -> c instanceof dev.lintel.model.schema.PrimaryKey)) {
            constraints.add(new H2IdentityType.ImpliedPrimaryKey(name));
        }
        return new ColumnDefinition(column, constraints, serial, position);
    }

    /** GENERATED {ALWAYS|BY DEFAULT} AS IDENTITY [(options)] or GENERATED ALWAYS AS (expr) [STORED]. */
    private static Column readGenerated(TokenCursor in, Column column) {
        Identity.Generation generation = in.acceptWords("ALWAYS") ? Identity.Generation.ALWAYS : null;
        if (generation == null) {
            in.expectWords("BY", "DEFAULT");
            generation = Identity.Generation.BY_DEFAULT;
        }
        in.expectWords("AS");
        if (in.acceptWords("IDENTITY")) {
            String options = in.peek().isSymbol("(") ? in.parenthesizedText() : null;
            return column.withIdentity(new Identity(generation, SequenceOptions.identityOptions(options)))
                    .withNullable(false);
        }
        String expression = ConstraintReader.unwrapParentheses(in.parenthesizedText());
        in.acceptWords("STORED");
        in.acceptWords("VIRTUAL");
        return column.withGenerated(expression);
    }

    /** The default expression as written: at least one operand, then up to the next column option. */
    /**
     * The default the database keeps for {@code DEFAULT expr}: PostgreSQL and MySQL store none for
     * a plain {@code NULL}, H2 records it (its catalog shows {@code COLUMN_DEFAULT 'NULL'}).
     */
    static String readDefault(TokenCursor in) {
        int from = in.position();
        if (in.peek().isSymbol("(")) {
            in.parenthesizedText();
        } else {
            in.next();
        }
        in.skipUntilAtDepthZero(DEFAULT_STOPS);
        String text = in.textBetween(from, in.position());
        return text.startsWith("(") ? ConstraintReader.unwrapParentheses(text) : text;
    }

    static String readStringValue(TokenCursor in) {
        in.acceptSymbol("=");
        SqlToken t = in.next();
        if (t.kind() != SqlToken.Kind.STRING) {
            return t.text();
        }
        String value = TokenCursor.unquoteString(t.text());
        return in.dialect() == Dialect.MYSQL ? value.replace("\\'", "'").replace("\\\\", "\\") : value;
    }

    /**
     * The default a column keeps for {@code DEFAULT expr}. A bare {@code NULL} is no default, except
     * in PostgreSQL for a type with modifiers ({@code varchar(256)}, {@code numeric(10,2)}) or a
     * domain: there the NULL is coerced by a function call (length coercion, domain check) rather
     * than folded to a constant, so PostgreSQL stores it ({@code NULL::character varying}).
     */
    static String storedDefault(String expr, DataType type, SchemaBuilder schema) {
        if (!expr.equalsIgnoreCase("NULL")) {
            return expr;
        }
        // H2 stores an explicit DEFAULT NULL; PostgreSQL only when the NULL is coerced by a call
        // (a type modifier or a domain); MySQL never.
        if (schema.dialect == Dialect.H2) {
            return expr;
        }
        boolean coercedByCall = !type.args().isEmpty() || type.isUserDefined() && schema.domains.containsKey(type.userType());
        return schema.dialect == Dialect.POSTGRES && coercedByCall ? expr : null;
    }

    private static Column.SerialKind serialKind(DataType type) {
        if (type.isArray() || type.isUserDefined()) {
            return Column.SerialKind.NONE;
        }
        return switch (type.name().toLowerCase(Locale.ROOT)) {
            case "serial" -> Column.SerialKind.SERIAL;
            case "bigserial" -> Column.SerialKind.BIGSERIAL;
            case "smallserial" -> Column.SerialKind.SMALLSERIAL;
            default -> Column.SerialKind.NONE;
        };
    }
}
