package dev.lintel.model.ddl.parse;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.DataTypes;
import dev.lintel.model.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads a column or domain type at the cursor into a canonical {@link DataType}. */
final class DataTypeReader {
    /** MySQL integer display widths ({@code int(11)}) say nothing about the type: dropped. */
    private static final Set<String> DISPLAY_WIDTH_TYPES = Set.of("integer", "smallint", "bigint", "tinyint");
    private static final Set<String> MYSQL_TYPE_FLAGS = Set.of("UNSIGNED", "SIGNED", "ZEROFILL", "BINARY");

    private DataTypeReader() {
    }

    static DataType read(TokenCursor in, SchemaBuilder schema) {
        SqlToken first = in.peek();
        if (!first.isIdentifier()) {
            throw new DdlSyntaxException("expected a type but found '" + first.text() + "'");
        }
        if (first.kind() == SqlToken.Kind.QUOTED || in.peek(1).isSymbol(".")) {
            return finish(in, schema, userOrUnknown(in.qualifiedName(), in, schema));
        }
        String base = in.next().text().toLowerCase(Locale.ROOT);
        String spelled = switch (base) {
            case "double" -> in.acceptWords("precision") ? "double precision" : "double";
            case "character", "char", "nchar" -> {
                if (in.acceptWords("varying")) {
                    yield "character varying";
                }
                yield in.acceptWords("large", "object") ? "character large object" : base;
            }
            case "national" -> {
                in.acceptWords("character");
                in.acceptWords("char");
                yield in.acceptWords("varying") ? "character varying" : "character";
            }
            case "bit", "binary" -> in.acceptWords("varying") ? base + " varying"
                    : in.acceptWords("large", "object") ? "binary large object" : base;
            case "long" -> in.acceptWords("varchar") ? "mediumtext" : in.acceptWords("varbinary") ? "mediumblob" : "mediumtext";
            default -> base;
        };
        List<String> args = in.peek().isSymbol("(") ? readArgs(in) : List.of();
        if ((spelled.equals("timestamp") || spelled.equals("time")) && in.peek().isAnyWord("with", "without")) {
            boolean with = in.next().isWord("with");
            in.expectWords("time", "zone");
            spelled = spelled + (with ? " with time zone" : " without time zone");
        }
        if (spelled.equals("interval")) {
            spelled = readIntervalFields(in, spelled);
            if (args.isEmpty() && in.peek().isSymbol("(")) {
                args = readArgs(in);
            }
        }
        String canonical = DataTypes.canonicalName(spelled);
        if (!DataTypes.isKnownBuiltIn(canonical) && !canonical.contains(" ")) {
            QualifiedName declared = declaredType(QualifiedName.unqualified(schema.dialect.identifierFromSql(first.text())), schema);
            if (declared != null) {
                return finish(in, schema, DataType.userDefined(declared));
            }
        }
        if (schema.dialect == Dialect.MYSQL && DISPLAY_WIDTH_TYPES.contains(canonical)) {
            args = List.of();
        }
        return finish(in, schema, new DataType(canonical, args, 0, null));
    }

    private static DataType userOrUnknown(QualifiedName written, TokenCursor in, SchemaBuilder schema) {
        if (written.schema() != null && written.schema().equalsIgnoreCase("pg_catalog")) {
            String canonical = DataTypes.canonicalName(written.name());
            List<String> args = in.peek().isSymbol("(") ? readArgs(in) : List.of();
            return new DataType(canonical, args, 0, null);
        }
        QualifiedName declared = declaredType(written, schema);
        if (declared != null) {
            return DataType.userDefined(declared);
        }
        List<String> args = in.peek().isSymbol("(") ? readArgs(in) : List.of();
        return new DataType(written.toString().toLowerCase(Locale.ROOT), args, 0, null);
    }

    /** The qualified name of an enum, domain or other type the script declared, or null. */
    private static QualifiedName declaredType(QualifiedName written, SchemaBuilder schema) {
        List<QualifiedName> candidates = new ArrayList<>(schema.lookupCandidates(written));
        candidates.add(written);
        for (QualifiedName candidate : candidates) {
            if (schema.enums.containsKey(candidate) || schema.domains.containsKey(candidate)
                    || schema.opaqueTypes.contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Array suffixes and MySQL flags after the base type. */
    private static DataType finish(TokenCursor in, SchemaBuilder schema, DataType type) {
        int dims = 0;
        while (true) {
            if (in.peek().isSymbol("[")) {
                in.next();
                in.skipUntilAtDepthZero("]");
                in.expectSymbol("]");
                dims++;
            } else if (in.peek().isWord("array")) {
                in.next();
                if (in.peek().isSymbol("[")) {
                    in.next();
                    in.skipUntilAtDepthZero("]");
                    in.expectSymbol("]");
                }
                dims++;
            } else if (schema.dialect == Dialect.MYSQL && MYSQL_TYPE_FLAGS.contains(in.peek().upper())
                    && in.peek().kind() == SqlToken.Kind.WORD) {
                in.next();
            } else {
                break;
            }
        }
        return dims == 0 ? type : type.asArray(dims);
    }

    private static String readIntervalFields(TokenCursor in, String spelled) {
        StringBuilder sb = new StringBuilder(spelled);
        while (in.peek().isAnyWord("year", "month", "day", "hour", "minute", "second", "to")) {
            sb.append(' ').append(in.next().text().toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    /** {@code (10, 2)} or {@code ('a','b')}: each modifier as written. */
    static List<String> readArgs(TokenCursor in) {
        in.expectSymbol("(");
        List<String> args = new ArrayList<>();
        if (in.acceptSymbol(")")) {
            return args;
        }
        do {
            args.add(in.textUntil(",", ")"));
        } while (in.acceptSymbol(","));
        in.expectSymbol(")");
        return args;
    }
}
