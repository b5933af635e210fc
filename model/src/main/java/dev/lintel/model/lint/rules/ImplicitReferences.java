package dev.lintel.model.lint.rules;

import dev.lintel.model.lint.rules.NameGuesses.Guess;
import dev.lintel.model.lint.rules.ReferenceKeys.Key;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Relationship discovery: columns without a foreign key whose name and type say they point at a
 * key of another table ({@code user_id}, {@code userId}, {@code author_user_id}, {@code created_by},
 * {@code customer_id} = the customer table's own key name, {@code (sched_name, trigger_name,
 * trigger_group)} = the key of {@code qrtz_triggers} ...). Each guess carries a confidence and the
 * evidence for it. Pure and deterministic; used by {@code design-implicit-fk}.
 *
 * <p>{@link NameGuesses} scores what a column's name says; here the guesses are checked against the
 * key's type (same family; a string of another declared length is 0.2 less sure), a guess between
 * prefixes that mirror each other ({@code act_hi_} repeating {@code act_ru_}) is 0.2 less sure, clues
 * that agree are combined (+0.1), and one target is chosen. When several tables share the column's
 * key name (subtypes of {@code businessentity} all keyed {@code businessentityid}) the one the
 * column's table is named after wins ({@code employeepayhistory} -> {@code employee}); named after
 * none, the guess drops to 0.6. A tie between tables is settled by the column's own table, its
 * schema and the table sharing most of its name, else the guess is dropped. Multi-column references
 * come from {@link CompositeReferences}; their columns get no single-column guess.
 */
public final class ImplicitReferences {
    /** One guessed reference {@code table(columns) -> target(targetColumns)}. */
    public record Candidate(QualifiedName table, List<String> columns, QualifiedName target, List<String> targetColumns,
                            double confidence, String evidence) {
        public Candidate {
            columns = List.copyOf(columns);
            targetColumns = List.copyOf(targetColumns);
        }
    }

    private static final double AGREEING_CLUES = 0.1;
    private static final double LENGTH_DIFFERS = 0.2;
    private static final double SHARED_KEY_NAME = 0.85;
    private static final double AMBIGUOUS = 0.6;
    private static final double MIRRORED = 0.2;

    private final TableNames names;
    private final ReferenceKeys keys;
    private final NameGuesses guesses;
    private final CompositeReferences composites;

    private ImplicitReferences(Schema schema) {
        names = new TableNames(schema.tables());
        keys = new ReferenceKeys(schema.tables());
        guesses = new NameGuesses(names, keys);
        composites = new CompositeReferences(names, keys);
    }

    /** The index over {@code schema}, for checking its tables one by one with {@link #candidates(int, Table)}. */
    public static ImplicitReferences index(Schema schema) {
        return new ImplicitReferences(schema);
    }

    /**
     * All the index reads of a table besides its name and position: its keys. Two schemas with the
     * same table names in the same order and equal facts have equal indexes.
     */
    public static Object facts(Table t) {
        return ReferenceKeys.facts(t);
    }

    /** Every guess over the schema, in table and column order, whatever its confidence. */
    public static List<Candidate> discover(Schema schema) {
        ImplicitReferences index = new ImplicitReferences(schema);
        List<Candidate> out = new ArrayList<>();
        for (int position = 0; position < schema.tables().size(); position++) {
            out.addAll(index.candidates(position, schema.tables().get(position)));
        }
        return out;
    }

    /**
     * The guesses for the columns of table {@code t} at {@code position}, against the tables of the
     * schema this index was built from (or of any schema with the same names and facts).
     */
    public List<Candidate> candidates(int position, Table t) {
        List<CompositeReferences.Found> multi = composites.of(position, t);
        Set<String> inComposite = multi.isEmpty() ? Set.of() : new HashSet<>();
        multi.forEach(f -> inComposite.addAll(f.columns()));
        List<Candidate> out = new ArrayList<>();
        for (Column c : t.columns()) {
            for (CompositeReferences.Found f : multi) {
                if (f.columns().get(0).equals(c.name())) {
                    out.add(new Candidate(t.name(), f.columns(), names.name(f.key().position()),
                            f.key().columns().stream().map(Column::name).toList(), round(f.score()), f.evidence()));
                }
            }
            // A column of a multi-column reference is explained by it (its target holds the single references).
            if (!multi.isEmpty() && inComposite.contains(c.name()) || inForeignKey(t, c.name())) {
                continue;
            }
            Guess best = best(position, t, c);
            if (best != null) {
                out.add(new Candidate(t.name(), List.of(c.name()), names.name(best.key().position()),
                        List.of(best.key().column().name()), round(best.score()), best.evidence()));
            }
        }
        return out;
    }

    private static double round(double score) {
        return Math.round(score * 100) / 100.0;
    }

    private Guess best(int position, Table t, Column c) {
        List<Guess> found = guesses.of(position, t, c);
        if (found.isEmpty()) {
            return null;
        }
        List<Guess> all = new ArrayList<>(found.size());
        for (Guess g : found) {
            Column target = g.key().column();
            if (!compatible(c, target) || g.key().position() == position && NameGuesses.isSolePrimaryKey(t, c)) {
                continue;
            }
            double lengths = lengthPenalty(c, target);
            Guess checked = lengths > 0 ? g.plus(-lengths, "but declared " + typeText(c) + " against " + typeText(target)) : g;
            int p = g.key().position();
            all.add(!names.mirrored(position, p) ? checked : checked.plus(-MIRRORED, "but " + names.prefixOf(p)
                    + " tables repeat the names of " + names.prefixOf(position) + " tables: copies of their rows"));
        }
        if (all.isEmpty()) {
            return null;
        }
        List<Key> family = keys.named(ReferenceNames.key(c.name()));
        Guess named = family.size() < 2 ? null : sharedKeyName(position, c, family, all);
        if (named != null) {
            return named;
        }
        List<Guess> agreeing = agreeing(all);
        double top = agreeing.stream().mapToDouble(Guess::score).max().orElseThrow();
        List<Guess> tied = agreeing.stream().filter(g -> g.score() == top).toList();
        // Several tables fit equally well: the column's own table, then its schema, then the table
        // sharing most leading name words (a module prefix such as act_app_), then trailing ones.
        tied = narrow(tied, g -> g.key().position() == position ? 1 : 0);
        tied = narrow(tied, g -> Objects.equals(names.name(g.key().position()).schema(), t.name().schema()) ? 1 : 0);
        List<String> own = names.expandedWords(position);
        tied = narrow(tied, g -> sharedLeadingWords(own, names.expandedWords(g.key().position())));
        tied = narrow(tied, g -> sharedTrailingWords(own, names.expandedWords(g.key().position())));
        if (tied.size() != 1) {
            return null;
        }
        Guess g = tied.get(0);
        int others = otherSubtypes(family, g.key().position(), position);
        if (others > 0 && !NameGuesses.isSolePrimaryKey(t, c)) {
            // Other tables are keyed by this name too, and the column's table is named after none of
            // them: any could be meant (emailaddress.businessentityid may point at person, not at
            // businessentity), so the guess is shown only to those who ask for weak ones.
            return new Guess(g.key(), Math.min(g.score(), AMBIGUOUS), g.evidence() + "; but " + others + " other table"
                    + (others > 1 ? "s are" : " is") + " keyed " + c.name() + " and " + names.name(position) + " is named after none");
        }
        return g;
    }

    /**
     * How many tables besides {@code target} and the column's own are keyed by the same name and
     * are not an extension of the target ({@code batch_job_execution_context} of
     * {@code batch_job_execution}, {@code film_text} of {@code film} are not other candidates).
     */
    private int otherSubtypes(List<Key> family, int target, int own) {
        int n = 0;
        String targetName = ReferenceNames.key(names.words(target));
        for (Key k : family) {
            if (k.position() != target && k.position() != own && nameWithin(ReferenceNames.key(names.words(k.position())), targetName) == 0) {
                n++;
            }
        }
        return n;
    }

    /**
     * The column's name is the key name of several tables (a supertype and its subtypes, all keyed
     * {@code businessentityid}): it points at the one the column's own table is named after
     * ({@code employeepayhistory} -> {@code employee}, {@code productvendor} -> {@code vendor}), the
     * longest such name; with none, the ordinary guesses decide (less sure, see {@link #best}).
     */
    private Guess sharedKeyName(int position, Column c, List<Key> family, List<Guess> compatible) {
        String own = ReferenceNames.key(names.words(position));
        Key best = null;
        int longest = 0;
        boolean tie = false;
        for (Key k : family) {
            int length = k.position() == position ? 0 : nameWithin(own, ReferenceNames.key(names.words(k.position())));
            if (length > longest) {
                best = k;
                longest = length;
                tie = false;
            } else if (length == longest && length > 0) {
                tie = true;
            }
        }
        if (best == null || tie) {
            return null;
        }
        for (Guess g : compatible) {
            if (g.key().equals(best)) {
                return new Guess(best, SHARED_KEY_NAME - lengthPenalty(c, best.column()), c.name() + " is the key name of "
                        + family.size() + " tables; " + names.name(position) + " is named after " + names.name(best.position()));
            }
        }
        return null;
    }

    /** The length of {@code table} (or its singular) when {@code own} starts or ends with it, else 0. */
    private static int nameWithin(String own, String table) {
        for (String form : ReferenceNames.singulars(table)) {
            if (own.length() > form.length() && (own.startsWith(form) || own.endsWith(form))) {
                return form.length();
            }
        }
        return 0;
    }

    /**
     * One guess per target key, the best one, made surer when the name points at the table and the
     * column also carries that table's own key name: two independent clues agree.
     */
    private static List<Guess> agreeing(List<Guess> guesses) {
        Map<Key, Guess> best = new LinkedHashMap<>();
        Map<Key, Guess> byKeyName = new HashMap<>();
        for (Guess g : guesses) {
            if (g.evidence().startsWith(NameGuesses.SAME_KEY_NAME)) {
                byKeyName.put(g.key(), g);
            }
            best.merge(g.key(), g, (a, b) -> b.score() > a.score() ? b : a);
        }
        List<Guess> out = new ArrayList<>();
        for (Guess g : best.values()) {
            Guess other = byKeyName.get(g.key());
            out.add(other != null && other != g ? g.plus(AGREEING_CLUES, "and " + other.evidence()) : g);
        }
        return distinctTables(out);
    }

    /** The best guess per target table (a table's primary key and a unique key may both fit). */
    private static List<Guess> distinctTables(List<Guess> guesses) {
        Map<Integer, Guess> byTable = new LinkedHashMap<>();
        for (Guess g : guesses) {
            byTable.merge(g.key().position(), g, (a, b) -> b.score() > a.score() ? b : a);
        }
        return new ArrayList<>(byTable.values());
    }

    private static List<Guess> narrow(List<Guess> guesses, ToIntFunction<Guess> metric) {
        if (guesses.size() < 2) {
            return guesses;
        }
        int max = guesses.stream().mapToInt(metric).max().orElse(0);
        return guesses.stream().filter(g -> metric.applyAsInt(g) == max).toList();
    }

    private static int sharedLeadingWords(List<String> x, List<String> y) {
        int n = 0;
        while (n < x.size() && n < y.size() && x.get(n).equals(y.get(n))) {
            n++;
        }
        return n;
    }

    private static int sharedTrailingWords(List<String> x, List<String> y) {
        int n = 0;
        while (n < x.size() && n < y.size() && x.get(x.size() - 1 - n).equals(y.get(y.size() - 1 - n))) {
            n++;
        }
        return n;
    }

    static boolean inForeignKey(Table t, String column) {
        for (ForeignKey fk : t.foreignKeys()) {
            if (fk.columns().contains(column)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a value of {@code from}'s type can reference {@code to}: same family (integers, strings) or same type. */
    static boolean compatible(Column from, Column to) {
        DataType a = Types.effective(from);
        DataType b = Types.effective(to);
        if (a.isArray() || b.isArray()) {
            return false;
        }
        String fa = family(a);
        return fa != null ? fa.equals(family(b)) : a.name().equals(b.name()) && Objects.equals(a.userType(), b.userType());
    }

    /**
     * Less sure when both are strings of declared, different lengths: a foreign key column is declared
     * like its key (no declared foreign key of the PostgreSQL corpus differs so), a free-text
     * {@code varchar(255)} beside a {@code varchar(64)} key is more likely a name than a reference.
     */
    static double lengthPenalty(Column from, Column to) {
        DataType a = Types.effective(from);
        DataType b = Types.effective(to);
        boolean strings = "string".equals(family(a)) && "string".equals(family(b));
        return strings && a.length() > 0 && b.length() > 0 && a.length() != b.length() ? LENGTH_DIFFERS : 0;
    }

    private static String typeText(Column c) {
        DataType t = c.type();
        return t.args().isEmpty() ? t.name() : t.name() + "(" + String.join(",", t.args()) + ")";
    }

    private static String family(DataType t) {
        if (Types.intBytes(t) > 0 || t.name().equals("mediumint")
                || (t.name().equals("numeric") && (t.args().size() < 2 || t.args().get(1).equals("0")))) {
            return "integer";
        }
        String n = t.name().toLowerCase(Locale.ROOT);
        if (Types.isString(t) || n.equals("nvarchar") || n.equals("nchar") || n.equals("varchar_ignorecase")) {
            return "string";
        }
        return null;
    }
}
