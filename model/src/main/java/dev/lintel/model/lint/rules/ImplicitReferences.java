package dev.lintel.model.lint.rules;

import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Relationship discovery: columns without a foreign key whose name and type say they point at a
 * key of another table ({@code user_id}, {@code userId}, {@code author_user_id}, {@code created_by},
 * {@code customer_id} = the customer table's own key name ...). Each guess carries a confidence and
 * the evidence for it. Pure and deterministic; used by {@code design-implicit-fk} and the canvas.
 *
 * <p>Scores, from strongest: the words before the key part name a table (singular or plural) whose
 * key is the rest of the name (0.9); they name a table only after dropping that table's prefix words
 * ({@code task_id} -> {@code act_ru_task}) (0.75); the column has the same distinctive name as
 * another table's key (0.75); the name starts with a role word we drop ({@code parent_category_id})
 * (-0.15); {@code parent_id} to the table itself (0.8); {@code created_by} or {@code author_id} to the
 * one user-like table (0.65). A tie between tables is settled by schema, else the guess is dropped.
 */
public final class ImplicitReferences {
    /** One guessed reference {@code table.column -> target(targetColumn)}. */
    public record Candidate(QualifiedName table, String column, QualifiedName target, String targetColumn,
                            double confidence, String evidence) {
    }

    /**
     * A single-column key a reference can point at. The table is named by its position in the
     * schema's table list (which tells apart tables of the same name, as identity did) and its name;
     * the index holds no Table, so that it depends only on names, positions and {@link #facts}.
     */
    private record Key(int position, QualifiedName table, Column column, boolean primary, List<String> words) {
        Key(int position, QualifiedName table, Column column, boolean primary) {
            this(position, table, column, primary, ReferenceNames.words(column.name()));
        }
    }

    /** What discovery reads of a table besides its name: its single-column keys (column and whether primary). */
    private record KeyFact(Column column, boolean primary) {
    }

    private record Guess(Key key, double score, String evidence) {
        Guess boosted(double by, String also) {
            return new Guess(key, Math.min(0.99, score + by), evidence + "; " + also);
        }
    }

    private static final Set<String> GENERIC_KEY_NAMES = Set.of("id", "code", "name", "key", "uuid", "guid", "oid",
            "value", "type", "number", "no", "num");
    // Words that name an attribute of the row itself far more often than another table.
    private static final Set<String> PLAIN_ATTRIBUTES = Set.of("status", "state", "type", "kind", "name", "value",
            "version", "mode", "level", "data", "label", "title", "description", "code");
    private static final List<String> USER_TABLES = List.of("user", "account", "person", "member", "employee",
            "staff", "principal", "actor", "operator");
    private static final Set<String> USER_ROLES = Set.of("author", "owner", "creator", "assignee", "reporter",
            "approver", "reviewer", "sender", "recipient", "requester", "uploader", "submitter", "modifier", "updater",
            "editor", "moderator", "inviter", "invitee", "banner", "purchaser", "redeemer", "buyer", "seller",
            "follower", "commenter", "voter", "approved", "creater", "manager", "assigner", "closer", "resolver");

    private static final String SAME_KEY_NAME = "same name as the key of ";
    private static final List<String> PARENT = List.of("parent");
    private static final List<String> PARENT_ID = List.of("parent", "id");
    private static final List<String> ID = List.of("id");

    // The index, built once per schema and read for every column of every table (see discover).
    private final Map<QualifiedName, List<Key>> keys = new LinkedHashMap<>();
    // singular name forms -> table names: whole names, and the names left after dropping leading words
    private final Map<String, List<QualifiedName>> byName = new HashMap<>();
    private final Map<String, List<QualifiedName>> bySuffix = new HashMap<>();
    private final Map<String, List<Key>> byKeyName = new HashMap<>();
    // position -> words of that table's name, for the shared-prefix tie break
    private final List<List<String>> tableWords;

    private ImplicitReferences(Schema schema) {
        tableWords = new ArrayList<>(schema.tables().size());
        for (int position = 0; position < schema.tables().size(); position++) {
            Table t = schema.tables().get(position);
            List<Key> k = new ArrayList<>();
            for (KeyFact f : keysOf(t)) {
                k.add(new Key(position, t.name(), f.column(), f.primary()));
            }
            keys.put(t.name(), k);
            List<String> words = ReferenceNames.words(t.name().name());
            tableWords.add(words);
            for (String form : ReferenceNames.singulars(ReferenceNames.key(words))) {
                byName.computeIfAbsent(form, x -> new ArrayList<>()).add(t.name());
            }
            for (int i = 1; i < words.size(); i++) {
                for (String form : ReferenceNames.singulars(ReferenceNames.key(words.subList(i, words.size())))) {
                    bySuffix.computeIfAbsent(form, x -> new ArrayList<>()).add(t.name());
                }
            }
            for (Key key : k) {
                String name = ReferenceNames.key(key.column().name());
                if (key.primary() && !GENERIC_KEY_NAMES.contains(name) && looksLikeIdentifier(key.column().name())) {
                    byKeyName.computeIfAbsent(name, x -> new ArrayList<>()).add(key);
                }
            }
        }
    }

    /** The index over {@code schema}, for checking its tables one by one with {@link #candidates(int, Table)}. */
    public static ImplicitReferences index(Schema schema) {
        return new ImplicitReferences(schema);
    }

    /**
     * All the index reads of a table besides its name and position: its single-column keys. Two
     * schemas with the same table names in the same order and equal facts have equal indexes.
     */
    public static Object facts(Table t) {
        return keysOf(t);
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
        List<Candidate> out = new ArrayList<>();
        for (Column c : t.columns()) {
            if (inForeignKey(t, c.name())) {
                continue;
            }
            Guess best = best(position, t, c);
            if (best != null) {
                out.add(new Candidate(t.name(), c.name(), best.key().table(), best.key().column().name(),
                        Math.round(best.score() * 100) / 100.0, best.evidence()));
            }
        }
        return out;
    }

    private Guess best(int position, Table t, Column c) {
        List<Guess> guesses = new ArrayList<>();
        List<String> words = ReferenceNames.words(c.name());
        byStemAndKey(t, c, words, guesses);
        byKeyName(position, t, c, guesses);
        byRole(t, c, words, guesses);
        guesses.removeIf(g -> !compatible(c, g.key().column()) || isOwnPrimaryKey(position, t, c, g.key()));
        if (guesses.isEmpty()) {
            return null;
        }
        guesses = agreeing(guesses);
        double top = guesses.stream().mapToDouble(Guess::score).max().orElseThrow();
        List<Guess> tied = guesses.stream().filter(g -> g.score() == top).toList();
        List<Guess> distinct = distinctTargets(tied);
        // Several tables fit equally well: the column's own table, then its schema, then the table
        // sharing most leading name words (a module prefix such as act_app_) wins; else no guess.
        distinct = narrow(distinct, g -> g.key().position() == position ? 1 : 0);
        distinct = narrow(distinct, g -> Objects.equals(g.key().table().schema(), t.name().schema()) ? 1 : 0);
        List<String> ownWords = ReferenceNames.words(t.name().name());
        distinct = narrow(distinct, g -> sharedLeadingWords(ownWords, tableWords.get(g.key().position())));
        return distinct.size() == 1 ? distinct.get(0) : null;
    }

    /**
     * One guess per target table, the best one, made surer (+0.1) when the name points at the table
     * and the column also carries that table's own key name: two independent clues agree.
     */
    private static List<Guess> agreeing(List<Guess> guesses) {
        Map<QualifiedName, Guess> best = new LinkedHashMap<>();
        Map<QualifiedName, Guess> byKeyName = new HashMap<>();
        for (Guess g : guesses) {
            QualifiedName target = g.key().table();
            if (g.evidence().startsWith(SAME_KEY_NAME)) {
                byKeyName.put(target, g);
            }
            best.merge(target, g, (a, b) -> b.score() > a.score() ? b : a);
        }
        List<Guess> out = new ArrayList<>();
        for (Guess g : best.values()) {
            Guess other = byKeyName.get(g.key().table());
            out.add(other != null && other != g ? g.boosted(0.1, "and " + other.evidence()) : g);
        }
        return out;
    }

    private static List<Guess> narrow(List<Guess> guesses, java.util.function.ToIntFunction<Guess> metric) {
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

    /** {@code <stem>_<key>}: the stem names a table (possibly after a role prefix) whose key is the rest. */
    private void byStemAndKey(Table t, Column c, List<String> words, List<Guess> out) {
        List<String> w = words;
        if (w.size() == 1 && w.get(0).length() > 4 && w.get(0).endsWith("id")) {
            // userid, customerid: one word ending in id.
            w = List.of(w.get(0).substring(0, w.get(0).length() - 2), "id");
        }
        double ownKeyPenalty = isSolePrimaryKey(t, c) ? 0.1 : 0;
        for (int split = 1; split <= w.size(); split++) {
            // split == size: the whole name is a table's name (JPA join columns such as "rollout")
            List<String> keyPart = split == w.size() ? List.of() : w.subList(split, w.size());
            for (int drop = 0; drop < split; drop++) {
                List<String> stem = w.subList(drop, split);
                double rolePenalty = (drop == 0 ? 0 : 0.15) + (keyPart.isEmpty() ? 0.05 : 0) + ownKeyPenalty;
                String stemKey = ReferenceNames.key(stem);
                for (String form : ReferenceNames.singulars(stemKey)) {
                    for (QualifiedName p : byName.getOrDefault(form, List.of())) {
                        matchKey(p, keyPart, 0.9 - rolePenalty, "name '" + c.name() + "' names table " + p, out);
                    }
                    if (keyPart.isEmpty() && stem.size() == 1 && PLAIN_ATTRIBUTES.contains(stem.get(0))) {
                        // "status" ending nexus_endpoints_partition_status: a plain attribute, not
                        // a JPA join column named after its entity ("rollout" for sp_rollout).
                        continue;
                    }
                    for (QualifiedName p : bySuffix.getOrDefault(form, List.of())) {
                        matchKey(p, keyPart, 0.75 - rolePenalty, "name '" + c.name() + "' ends table name " + p, out);
                    }
                }
            }
        }
    }

    private void matchKey(QualifiedName p, List<String> keyPart, double score, String why, List<Guess> out) {
        for (Key k : keys.getOrDefault(p, List.of())) {
            List<String> kw = k.words();
            boolean idProxy = (keyPart.equals(ID) || keyPart.isEmpty()) && k.primary();
            // pk "user_id" on table users also matches a column "owner_user_id" through keyPart [user, id]
            boolean named = kw.equals(keyPart) || kw.size() > keyPart.size()
                    && kw.subList(kw.size() - keyPart.size(), kw.size()).equals(keyPart) && k.primary();
            if (idProxy || named) {
                out.add(new Guess(k, score, why + " with key " + k.column().name()));
            }
        }
    }

    /** The column has the same distinctive name as another table's key ({@code customer_id} = customer.customer_id). */
    private void byKeyName(int position, Table t, Column c, List<Guess> out) {
        if (isSolePrimaryKey(t, c)) {
            return; // two tables keyed by the same name are more often siblings than parent and child
        }
        for (Key k : byKeyName.getOrDefault(ReferenceNames.key(c.name()), List.of())) {
            if (k.position() != position) {
                out.add(new Guess(k, 0.75, SAME_KEY_NAME + k.table()));
            }
        }
    }

    /** {@code parent_id} to the table itself; {@code created_by}, {@code author_id} to the user-like table. */
    private void byRole(Table t, Column c, List<String> words, List<Guess> out) {
        if (words.equals(PARENT_ID) || words.equals(PARENT)) {
            keys.getOrDefault(t.name(), List.of()).stream().filter(Key::primary)
                    .forEach(k -> out.add(new Guess(k, 0.8, "parent_id points into its own table")));
            return;
        }
        boolean by = words.size() >= 2 && (words.get(words.size() - 1).equals("by")
                || words.size() >= 3 && words.get(words.size() - 2).equals("by") && words.get(words.size() - 1).equals("id"));
        boolean role = words.size() == 2 && USER_ROLES.contains(words.get(0)) && words.get(1).equals("id");
        if (!by && !role) {
            return;
        }
        // The first kind of person table the schema has (users, else accounts ...), named so or as the end of a name.
        for (Map<String, List<QualifiedName>> tier : List.of(byName, bySuffix)) {
            for (String name : USER_TABLES) {
                List<QualifiedName> users = tier.getOrDefault(name, List.of());
                for (QualifiedName u : users) {
                    keys.getOrDefault(u, List.of()).stream().filter(Key::primary)
                            .forEach(k -> out.add(new Guess(k, 0.75, "'" + c.name() + "' names a person's role; " + u + " holds people")));
                }
                if (!users.isEmpty()) {
                    return;
                }
            }
        }
    }

    private static List<Guess> distinctTargets(List<Guess> guesses) {
        Map<QualifiedName, Guess> byTable = new LinkedHashMap<>();
        for (Guess g : guesses) {
            byTable.putIfAbsent(g.key().table(), g);
        }
        return new ArrayList<>(byTable.values());
    }

    private static boolean isSolePrimaryKey(Table t, Column c) {
        return t.primaryKey() != null && t.primaryKey().columns().size() == 1 && t.primaryKey().columns().get(0).equals(c.name());
    }

    /** A key name that says "identifier": ends in id, or its last word is code, key, uuid, no, num or number. */
    private static boolean looksLikeIdentifier(String name) {
        List<String> w = ReferenceNames.words(name);
        String last = w.get(w.size() - 1);
        return last.endsWith("id") || last.endsWith("code") || last.endsWith("key") || last.endsWith("uuid")
                || Set.of("no", "num", "number").contains(last);
    }

    private static boolean isOwnPrimaryKey(int position, Table t, Column c, Key target) {
        return target.position() == position && isSolePrimaryKey(t, c);
    }

    private static boolean inForeignKey(Table t, String column) {
        for (ForeignKey fk : t.foreignKeys()) {
            if (fk.columns().contains(column)) {
                return true;
            }
        }
        return false;
    }

    /** Single-column keys a foreign key can reference: the primary key, unique constraints, full unique indexes. */
    private static List<KeyFact> keysOf(Table t) {
        List<KeyFact> out = new ArrayList<>();
        if (t.primaryKey() != null && t.primaryKey().columns().size() == 1) {
            t.column(t.primaryKey().columns().get(0)).ifPresent(c -> out.add(new KeyFact(c, true)));
        }
        for (UniqueConstraint u : t.uniqueConstraints()) {
            if (u.columns().size() == 1) {
                t.column(u.columns().get(0)).ifPresent(c -> out.add(new KeyFact(c, false)));
            }
        }
        for (Index i : t.indexes()) {
            if (i.unique() && !i.isPartial() && i.keys().size() == 1 && i.keys().get(0).isPlainColumn()) {
                t.column(i.keys().get(0).column()).ifPresent(c -> out.add(new KeyFact(c, false)));
            }
        }
        out.sort(Comparator.comparing((KeyFact k) -> !k.primary()));
        return out;
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
