package dev.lintel.model.lint;

import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.Constraint;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One identifier a table owns (its own name, a column, a named constraint, an index) with the facts
 * about its spelling that the naming rules ask. Five rules look at every identifier of every table;
 * {@link LintContext#identifiers} lists them once per lint, and the spelling is classified in one
 * pass over the characters instead of a handful of regular expressions and case conversions per rule.
 */
public record Identifier(ObjectPath path, String kind, String name, int spelling, int utf8Bytes) {
    /** {@code [a-z_][a-z0-9_$]*}: PostgreSQL's plain (unquoted) identifier. */
    public static final int LOWER_PLAIN = 1;
    /** {@code [A-Z_][A-Z0-9_$]*}: H2's plain identifier. */
    public static final int UPPER_PLAIN = 1 << 1;
    /** {@code [a-z][a-z0-9_]*}: lower snake_case. */
    public static final int LOWER_SNAKE = 1 << 2;
    /** {@code [A-Z][A-Z0-9_]*}: snake_case as H2 stores it. */
    public static final int UPPER_SNAKE = 1 << 3;
    /** Unchanged by {@code toLowerCase(Locale.ROOT)}. */
    public static final int LOWER_FOLDED = 1 << 4;
    /** Unchanged by {@code toUpperCase(Locale.ROOT)}. */
    public static final int UPPER_FOLDED = 1 << 5;

    public boolean is(int flag) {
        return (spelling & flag) != 0;
    }

    /** "Column public.invoice.total", "Table public.invoice": the subject of a finding's sentence. */
    public String describe(Table t) {
        return kind + " " + (kind.equals("Table") ? t.name().toString() : t.name() + "." + name);
    }

    static List<Identifier> of(Table t) {
        List<Identifier> out = new ArrayList<>(1 + t.columns().size() + t.indexes().size() + 4);
        out.add(of(ObjectPath.table(t.name()), "Table", t.name().name()));
        for (Column c : t.columns()) {
            out.add(of(ObjectPath.column(t.name(), c.name()), "Column", c.name()));
        }
        for (Constraint c : t.constraints()) {
            if (c.name() != null) {
                out.add(of(ObjectPath.constraint(t.name(), c.name()), "Constraint", c.name()));
            }
        }
        for (Index i : t.indexes()) {
            out.add(of(ObjectPath.index(t.name(), i.name()), "Index", i.name()));
        }
        return List.copyOf(out);
    }

    static Identifier of(ObjectPath path, String kind, String name) {
        int n = name.length();
        if (n == 0) {
            return new Identifier(path, kind, name, LOWER_FOLDED | UPPER_FOLDED, 0);
        }
        boolean ascii = true;
        boolean hasLower = false;
        boolean hasUpper = false;
        boolean lowerBody = true; // every char after the first in [a-z0-9_$]
        boolean upperBody = true; // ... in [A-Z0-9_$]
        boolean dollar = false;
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            boolean lower = c >= 'a' && c <= 'z';
            boolean upper = c >= 'A' && c <= 'Z';
            boolean shared = c >= '0' && c <= '9' || c == '_' || c == '$';
            ascii &= c < 0x80;
            hasLower |= lower;
            hasUpper |= upper;
            dollar |= c == '$';
            if (i > 0) {
                lowerBody &= lower || shared;
                upperBody &= upper || shared;
            }
        }
        char first = name.charAt(0);
        boolean lowerFirst = first >= 'a' && first <= 'z';
        boolean upperFirst = first >= 'A' && first <= 'Z';
        int spelling = 0;
        if ((lowerFirst || first == '_') && lowerBody) {
            spelling |= LOWER_PLAIN;
        }
        if ((upperFirst || first == '_') && upperBody) {
            spelling |= UPPER_PLAIN;
        }
        if (lowerFirst && lowerBody && !dollar) {
            spelling |= LOWER_SNAKE;
        }
        if (upperFirst && upperBody && !dollar) {
            spelling |= UPPER_SNAKE;
        }
        // Beyond ASCII, case mapping is Unicode's: ask it (rare enough not to matter for speed).
        if (ascii ? !hasUpper : name.equals(name.toLowerCase(Locale.ROOT))) {
            spelling |= LOWER_FOLDED;
        }
        if (ascii ? !hasLower : name.equals(name.toUpperCase(Locale.ROOT))) {
            spelling |= UPPER_FOLDED;
        }
        int bytes = ascii ? n : name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        return new Identifier(path, kind, name, spelling, bytes);
    }
}
