package dev.lintel.model.ddl.parse;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;

/**
 * Sequence options ({@code AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE ... OWNED BY t.c})
 * as they appear in CREATE/ALTER SEQUENCE and identity definitions. Values equal to the
 * database default are dropped (null), so that a sequence spelled out by pg_dump equals the
 * same sequence written by hand.
 */
final class SequenceOptions {
    DataType type;
    Long start;
    Long increment;
    Long minValue;
    Long maxValue;
    Long cache;
    boolean cycle;
    QualifiedName sequenceName;
    /** {@code OWNED BY t.c} as written: table and column; {@code OWNED BY NONE} gives an empty list. */
    List<String> ownedBy;
    boolean ownedByGiven;

    static SequenceOptions read(TokenCursor in, SchemaBuilder schema) {
        SequenceOptions o = new SequenceOptions();
        while (!in.atEnd()) {
            if (in.acceptWords("AS")) {
                o.type = DataTypeReader.read(in, schema != null ? schema : new SchemaBuilder(Dialect.POSTGRES, null));
            } else if (in.acceptWords("START")) {
                in.acceptWords("WITH");
                o.start = number(in);
            } else if (in.acceptWords("RESTART")) {
                if (in.acceptWords("WITH") || in.peek().kind() == SqlToken.Kind.NUMBER || in.peek().isSymbol("-")) {
                    number(in);
                }
            } else if (in.acceptWords("INCREMENT")) {
                in.acceptWords("BY");
                o.increment = number(in);
            } else if (in.acceptWords("NO", "MINVALUE") || in.acceptWords("NOMINVALUE")) {
                o.minValue = null;
            } else if (in.acceptWords("NO", "MAXVALUE") || in.acceptWords("NOMAXVALUE")) {
                o.maxValue = null;
            } else if (in.acceptWords("MINVALUE")) {
                o.minValue = number(in);
            } else if (in.acceptWords("MAXVALUE")) {
                o.maxValue = number(in);
            } else if (in.acceptWords("CACHE")) {
                o.cache = number(in);
            } else if (in.acceptWords("NO", "CACHE") || in.acceptWords("NOCACHE")) {
                o.cache = null;
            } else if (in.acceptWords("NO", "CYCLE") || in.acceptWords("NOCYCLE")) {
                o.cycle = false;
            } else if (in.acceptWords("CYCLE")) {
                o.cycle = true;
            } else if (in.acceptWords("SEQUENCE", "NAME")) {
                o.sequenceName = in.qualifiedName();
            } else if (in.acceptWords("OWNED", "BY")) {
                o.ownedByGiven = true;
                o.ownedBy = new ArrayList<>();
                if (!in.acceptWords("NONE")) {
                    do {
                        o.ownedBy.add(in.identifier());
                    } while (in.acceptSymbol("."));
                }
            } else if (in.acceptWords("LOGGED") || in.acceptWords("UNLOGGED")) {
                continue;
            } else {
                throw new DdlSyntaxException("unexpected sequence option '" + in.peek().text() + "'");
            }
        }
        o.dropDefaults();
        return o;
    }

    private static Long number(TokenCursor in) {
        boolean negative = in.acceptSymbol("-");
        String digits = in.next().text();
        try {
            long v = Long.parseLong(digits);
            return negative ? -v : v;
        } catch (NumberFormatException e) {
            throw new DdlSyntaxException("expected a number but found '" + digits + "'");
        }
    }

    /** Drops values that equal PostgreSQL's defaults for an ascending or descending sequence of this type. */
    private void dropDefaults() {
        boolean ascending = increment == null || increment > 0;
        long typeMax = type == null ? Long.MAX_VALUE : switch (type.name()) {
            case "integer" -> Integer.MAX_VALUE;
            case "smallint" -> Short.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
        long typeMin = type == null ? Long.MIN_VALUE : switch (type.name()) {
            case "integer" -> Integer.MIN_VALUE;
            case "smallint" -> Short.MIN_VALUE;
            default -> Long.MIN_VALUE;
        };
        long defaultMin = ascending ? 1 : typeMin;
        long defaultMax = ascending ? typeMax : -1;
        if (increment != null && increment == 1) {
            increment = null;
        }
        if (minValue != null && minValue == defaultMin) {
            minValue = null;
        }
        if (maxValue != null && maxValue == defaultMax) {
            maxValue = null;
        }
        long effectiveStart = ascending ? (minValue == null ? defaultMin : minValue) : (maxValue == null ? defaultMax : maxValue);
        if (start != null && start == effectiveStart) {
            start = null;
        }
        if (cache != null && cache == 1) {
            cache = null;
        }
    }

    boolean allDefault() {
        return start == null && increment == null && minValue == null && maxValue == null && cache == null && !cycle;
    }

    /**
     * The options of an identity column, in canonical form without defaults and without the
     * implicit sequence name; null when nothing but defaults remains.
     */
    static String identityOptions(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        SequenceOptions o = read(new TokenCursor(written, Dialect.POSTGRES), null);
        List<String> parts = new ArrayList<>();
        if (o.start != null) {
            parts.add("START WITH " + o.start);
        }
        if (o.increment != null) {
            parts.add("INCREMENT BY " + o.increment);
        }
        if (o.minValue != null) {
            parts.add("MINVALUE " + o.minValue);
        }
        if (o.maxValue != null) {
            parts.add("MAXVALUE " + o.maxValue);
        }
        if (o.cache != null) {
            parts.add("CACHE " + o.cache);
        }
        if (o.cycle) {
            parts.add("CYCLE");
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }
}
