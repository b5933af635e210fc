package dev.lintel.model.lint.rules;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.lint.Category;
import dev.lintel.model.lint.ColumnNames;
import dev.lintel.model.lint.FindingCollector;
import dev.lintel.model.lint.Identifier;
import dev.lintel.model.lint.LintContext;
import dev.lintel.model.lint.Scope;
import dev.lintel.model.lint.Severity;
import dev.lintel.model.lint.TableRule;
import dev.lintel.model.schema.Table;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** An identifier that is a reserved word of the target dialect (user, order, group ...): every query must quote it. */
public final class ReservedWord extends TableRule {
    // Dialect -> its reserved words in ASCII lower case, or no entry when a word has an ASCII lower-case
    // letter (then folding could make two words one). Lets an ASCII name be checked without upper-casing a
    // copy of it: for ASCII, toUpperCase(ROOT) is ASCII's, and its image is in the set exactly when the
    // name folded to lower case is in the lower-case set.
    private static final Map<Dialect, Set<String>> LOWER_CASE = new EnumMap<>(Dialect.class);

    static {
        for (Dialect d : Dialect.values()) {
            Set<String> lower = new HashSet<>();
            boolean upperOnly = true;
            for (String w : d.reservedWords()) {
                upperOnly &= !hasAsciiLowerCase(w);
                lower.add(ColumnNames.foldAscii(w));
            }
            if (upperOnly) {
                LOWER_CASE.put(d, Set.copyOf(lower));
            }
        }
    }

    public ReservedWord() {
        super("design-reserved-word", Category.NAMING, Severity.WARNING, Scope.TABLE);
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        Dialect dialect = ctx.dialect();
        Set<String> lowerCase = LOWER_CASE.get(dialect);
        for (Identifier o : ctx.identifiers(table)) {
            boolean ascii = o.utf8Bytes() == o.name().length();
            boolean reserved = ascii && lowerCase != null ? lowerCase.contains(ColumnNames.foldAscii(o.name()))
                    : dialect.isReserved(o.name());
            if (reserved) {
                out.report(o.path(), o.describe(table) + " is a reserved word in " + dialect.id() + " and must always be quoted.");
            }
        }
    }

    private static boolean hasAsciiLowerCase(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) >= 'a' && w.charAt(i) <= 'z') {
                return true;
            }
        }
        return false;
    }
}
