package dev.lintel.model.lint.rules;

import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The schema's table names as relationship discovery reads them, indexed once per lint: the words of
 * each name, the forms a column may name a table by, the prefixes many tables share ({@code act_ru_},
 * {@code sp_}, {@code qrtz_}) and the abbreviations the schema itself uses ({@code ds} for
 * {@code distribution_set} when a table is called {@code sp_ds_tag}). Reads table names only.
 */
final class TableNames {
    /** How a column's words name a table, strongest first. */
    enum Tier {
        /** The whole table name, singular or plural: {@code customer} for {@code customers}. */
        WHOLE,
        /** The name without a prefix that many tables share: {@code task} for {@code act_ru_task}. */
        STEM,
        /** The last words of the name otherwise: {@code user} for {@code tb_user}. */
        TAIL
    }

    // A prefix is the schema's naming scheme, not part of a name, once this many tables start with it.
    private static final int NAMESPACE_MIN_TABLES = 3;
    private static final int NAMESPACE_MAX_WORDS = 3;
    private static final int MIRROR_MIN_NAMES = 3;
    // Abbreviations are 2-4 letters, spelled from words that are not themselves abbreviations.
    private static final int ACRONYM_MAX = 4;
    private static final int ACRONYM_WORD_MIN = 3;
    // A word is abbreviated to its first three letters or more.
    private static final int ABBREVIATED_MIN = 3;
    // Only a word this long is worth abbreviating (execution, vulnerability; not user or t123).
    private static final int ABBREVIATED_FROM = 6;
    private static final Set<String> KEY_WORDS = Set.of("id", "key", "no", "num", "uuid", "code", "pk", "fk", "ref");

    private final List<QualifiedName> names = new ArrayList<>();
    private final List<List<String>> words = new ArrayList<>();
    private final List<List<String>> expanded = new ArrayList<>();
    // per table: the word positions its name may be read from (0, and after each shared prefix)
    private final List<List<Integer>> stemStarts = new ArrayList<>();
    private static final List<Integer> FROM_FIRST_WORD = List.of(0);
    /** A table a form names, and how. */
    record Named(int position, Tier tier) {
    }

    // compared form -> the tables it names, one entry per table (its strongest tier): one lookup per form
    private final Map<String, List<Named>> byForm = new HashMap<>();
    // abbreviation -> the words it stands for, and a table whose name uses the abbreviation (the evidence)
    private final Map<String, List<String>> acronyms = new HashMap<>();
    private final Map<String, QualifiedName> acronymUsedBy = new HashMap<>();
    // first letters of each word of a table's name (or of its name after a shared prefix) -> tables:
    // where an abbreviated name (vuln_record, exec) may be looked up
    private final Map<String, List<Integer>> abbreviations = new HashMap<>();
    private final Set<String> abbreviationStarts = new HashSet<>();
    private final Set<String> nameWords = new HashSet<>();
    private final List<String> prefixes = new ArrayList<>(); // per table, its longest shared prefix (when there are any)
    private final Set<String> mirrors = new HashSet<>(); // "prefix a|prefix b" for prefixes that mirror each other // every word of every name, when abbreviations are indexed

    TableNames(List<Table> tables) {
        for (Table t : tables) {
            names.add(t.name());
            words.add(ReferenceNames.words(t.name().name()));
        }
        for (int p = 0; p < words.size(); p++) {
            for (String form : ReferenceNames.singulars(ReferenceNames.key(words.get(p)))) {
                add(Tier.WHOLE, form, p);
            }
        }
        // Abbreviations are preferably read as a table's name after a shared prefix, and a shared
        // prefix is no abbreviation of a name: a first guess at the prefixes, then the final ones.
        findAcronyms(namespaces());
        Set<String> namespaces = namespaces();
        for (int p = 0; p < words.size(); p++) {
            List<String> w = words.get(p);
            List<Integer> starts = FROM_FIRST_WORD;
            for (int i = 1; i < w.size(); i++) {
                boolean afterNamespace = i <= NAMESPACE_MAX_WORDS && namespaces.contains(String.join(" ", w.subList(0, i)));
                if (afterNamespace) {
                    if (starts == FROM_FIRST_WORD) {
                        starts = new ArrayList<>(FROM_FIRST_WORD);
                    }
                    starts.add(i);
                }
                for (String form : ReferenceNames.singulars(ReferenceNames.key(w.subList(i, w.size())))) {
                    add(afterNamespace ? Tier.STEM : Tier.TAIL, form, p);
                }
            }
            for (int start : starts) {
                List<String> stem = w.subList(start, w.size());
                if (hasLongWord(stem)) {
                    abbreviations.computeIfAbsent(signature(stem), x -> new ArrayList<>(1)).add(p);
                    abbreviationStarts.add(start(stem.get(0)));
                }
            }
            List<String> e = expand(w);
            expanded.add(e == null ? w : e);
            stemStarts.add(starts == FROM_FIRST_WORD ? FROM_FIRST_WORD : List.copyOf(starts));
        }
        if (!abbreviations.isEmpty()) {
            words.forEach(nameWords::addAll);
        }
        if (!namespaces.isEmpty()) {
            for (int p = 0; p < words.size(); p++) {
                List<Integer> starts = stemStarts.get(p);
                int last = starts.get(starts.size() - 1);
                prefixes.add(last == 0 ? null : String.join(" ", words.get(p).subList(0, last)));
            }
            findMirrors();
        }
    }

    /** The shared prefix a table's name starts with, its longest ({@code act ru} for act_ru_task), or null. */
    private String namespace(int position) {
        return prefixes.isEmpty() ? null : prefixes.get(position);
    }

    /**
     * Prefixes whose tables repeat at least three table names of another prefix: act_hi_ repeats
     * actinst, identitylink, entitylink of act_ru_, so its rows are copies (history, archive) of
     * those, and a row of one does not point at a row of the other.
     */
    private void findMirrors() {
        Map<String, Set<String>> stems = new HashMap<>();
        for (int p = 0; p < words.size(); p++) {
            String ns = namespace(p);
            if (ns != null) {
                List<String> w = words.get(p);
                stems.computeIfAbsent(ns, x -> new HashSet<>()).add(ReferenceNames.key(w.subList(ns.split(" ").length, w.size())));
            }
        }
        List<String> all = new ArrayList<>(stems.keySet());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Set<String> shared = new HashSet<>(stems.get(all.get(i)));
                shared.retainAll(stems.get(all.get(j)));
                if (shared.size() >= MIRROR_MIN_NAMES) {
                    mirrors.add(all.get(i) + "|" + all.get(j));
                    mirrors.add(all.get(j) + "|" + all.get(i));
                }
            }
        }
    }

    /** Whether the two tables sit under prefixes that mirror each other (see {@link #findMirrors}). */
    boolean mirrored(int a, int b) {
        if (mirrors.isEmpty()) {
            return false;
        }
        String x = namespace(a);
        String y = namespace(b);
        return x != null && y != null && mirrors.contains(x + "|" + y);
    }

    /** The shared prefix of a table's name, as written in names ({@code act_hi_}), for evidence. */
    String prefixOf(int position) {
        String ns = namespace(position);
        return ns == null ? "" : ns.replace(' ', '_') + "_";
    }

    private static boolean hasLongWord(List<String> w) {
        for (String word : w) {
            if (word.length() >= ABBREVIATED_FROM) {
                return true;
            }
        }
        return false;
    }

    private static String start(String word) {
        return word.length() > ABBREVIATED_MIN ? word.substring(0, ABBREVIATED_MIN) : word;
    }

    int size() {
        return names.size();
    }

    QualifiedName name(int position) {
        return names.get(position);
    }

    List<String> words(int position) {
        return words.get(position);
    }

    /** The words of a table's name with the schema's abbreviations spelled out ({@code sp_ds_tag} -> sp distribution set tag). */
    List<String> expandedWords(int position) {
        return expanded.get(position);
    }

    /** Where the table's own name may start: word 0, and after each prefix it shares with other tables. */
    List<Integer> stemStarts(int position) {
        return stemStarts.get(position);
    }

    /** The tables that {@code form} (a compared, singular or plural name) names, with how. */
    List<Named> lookup(String form) {
        return byForm.getOrDefault(form, List.of());
    }

    /** Positions of the tables that {@code form} names at {@code tier}. */
    List<Integer> named(Tier tier, String form) {
        List<Integer> out = new ArrayList<>(1);
        for (Named n : lookup(form)) {
            if (n.tier() == tier) {
                out.add(n.position());
            }
        }
        return out;
    }

    /** Whether {@code form} is the whole name of a table. */
    boolean isTableName(String form) {
        for (Named n : lookup(form)) {
            if (n.tier() == Tier.WHOLE) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tables whose name (or name after a shared prefix) {@code stem} abbreviates word by word
     * ({@code vuln_record} -> {@code vulnerability_record}, {@code exec} -> {@code act_ru_execution}):
     * each word the start of the table's word, of three letters or more, at least one shortened.
     */
    List<Integer> abbreviated(List<String> stem) {
        if (abbreviations.isEmpty() || !abbreviationStarts.contains(start(stem.get(0))) || allNameWords(stem)) {
            return List.of(); // no name starts so, or every word is spelled out somewhere: nothing abbreviated
        }
        List<Integer> out = new ArrayList<>(1);
        for (int p : abbreviations.getOrDefault(signature(stem), List.of())) {
            for (int start : stemStarts(p)) {
                if (abbreviates(stem, words.get(p).subList(start, words.get(p).size())) && !out.contains(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private boolean allNameWords(List<String> stem) {
        for (String word : stem) {
            if (!isNameWord(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean abbreviates(List<String> stem, List<String> name) {
        if (stem.size() != name.size()) {
            return false;
        }
        boolean shortened = false;
        for (int i = 0; i < stem.size(); i++) {
            String s = stem.get(i);
            String n = name.get(i);
            if (!n.startsWith(s) || s.length() < ABBREVIATED_MIN && !s.equals(n)) {
                return false;
            }
            shortened |= s.length() < n.length();
        }
        return shortened;
    }

    private static String signature(List<String> w) {
        StringBuilder out = new StringBuilder();
        for (String word : w) {
            out.append(word, 0, Math.min(ABBREVIATED_MIN, word.length())).append('_');
        }
        return out.toString();
    }

    /** {@code w} with every abbreviation the schema uses spelled out, or null when it has none. */
    List<String> expand(List<String> w) {
        if (acronyms.isEmpty()) {
            return null;
        }
        List<String> out = null;
        for (int i = 0; i < w.size(); i++) {
            List<String> long_ = acronyms.get(w.get(i));
            if (long_ != null) {
                if (out == null) {
                    out = new ArrayList<>(w.subList(0, i));
                }
                out.addAll(long_);
            } else if (out != null) {
                out.add(w.get(i));
            }
        }
        return out;
    }

    /** Why an abbreviation in {@code w} stands for its words: the table whose name uses it. */
    String acronymEvidence(List<String> w) {
        for (String word : w) {
            if (acronyms.containsKey(word)) {
                return word + " = " + String.join("_", acronyms.get(word)) + " (as in table " + acronymUsedBy.get(word) + ")";
            }
        }
        return "";
    }

    private void add(Tier tier, String form, int position) {
        List<Named> at = byForm.computeIfAbsent(form, x -> new ArrayList<>(1));
        // tables are added in order, each with its strongest tier first: a repeat is its own weaker form
        if (at.isEmpty() || at.get(at.size() - 1).position() != position) {
            at.add(new Named(position, tier));
        }
    }

    /**
     * Abbreviations: the initials of the last words of a table name ({@code ds} for
     * {@code sp_distribution_set}) count only when they stand for one phrase, are no table's name,
     * and some table name uses them as a word: the schema itself abbreviates so.
     */
    private void findAcronyms(Set<String> namespaces) {
        Map<String, Set<List<String>>> spelled = new HashMap<>();
        // the phrases that are a whole table name, or one after a shared prefix: preferred when several fit
        Map<String, Set<List<String>>> tableNamed = new HashMap<>();
        for (List<String> w : words) {
            for (int i = 0; i + 1 < w.size(); i++) {
                List<String> tail = w.subList(i, w.size());
                if (tail.size() <= ACRONYM_MAX && tail.stream().allMatch(x -> x.length() >= ACRONYM_WORD_MIN)) {
                    String acronym = ReferenceNames.initials(tail);
                    spelled.computeIfAbsent(acronym, x -> new HashSet<>()).add(List.copyOf(tail));
                    if (i == 0 || i <= NAMESPACE_MAX_WORDS && namespaces.contains(String.join(" ", w.subList(0, i)))) {
                        tableNamed.computeIfAbsent(acronym, x -> new HashSet<>()).add(List.copyOf(tail));
                    }
                }
            }
        }
        spelled.forEach((acronym, phrases) -> {
            Set<List<String>> fit = phrases.size() == 1 ? phrases : tableNamed.getOrDefault(acronym, Set.of());
            QualifiedName usedBy = fit.size() == 1 && !KEY_WORDS.contains(acronym) && !isTableName(acronym) ? usedBy(acronym) : null;
            if (usedBy != null) {
                acronyms.put(acronym, fit.iterator().next());
                acronymUsedBy.put(acronym, usedBy);
            }
        });
    }

    /** The first table whose name has {@code word} as one of its words. */
    private QualifiedName usedBy(String word) {
        for (int p = 0; p < words.size(); p++) {
            if (words.get(p).contains(word)) {
                return names.get(p);
            }
        }
        return null;
    }

    private boolean isNameWord(String word) {
        return nameWords.contains(word);
    }

    /**
     * Leading words that at least three tables share (two within a shared prefix), that are no table's
     * name nor an abbreviation of one, and after which the tables' names go on differently ({@code act_ru_} before task, job,
     * execution ...; not {@code sp_distribution_} before set, set_tag, set_type).
     */
    private Set<String> namespaces() {
        Map<String, Integer> count = new HashMap<>();
        Map<String, Set<String>> next = new HashMap<>();
        for (List<String> w : words) {
            for (int k = 1; k < w.size() && k <= NAMESPACE_MAX_WORDS; k++) {
                String prefix = String.join(" ", w.subList(0, k));
                count.merge(prefix, 1, Integer::sum);
                next.computeIfAbsent(prefix, x -> new HashSet<>()).add(w.get(k));
            }
        }
        Set<String> out = new HashSet<>();
        for (int k = 1; k <= NAMESPACE_MAX_WORDS; k++) {
            for (Map.Entry<String, Integer> e : count.entrySet()) {
                String prefix = e.getKey();
                int at = prefix.lastIndexOf(' ');
                if (prefix.chars().filter(ch -> ch == ' ').count() != k - 1) {
                    continue;
                }
                // Within a shared prefix two tables make a sub-prefix (act_ge_ under act_).
                int needed = at > 0 && out.contains(prefix.substring(0, at)) ? 2 : NAMESPACE_MIN_TABLES;
                if (e.getValue() >= needed && next.get(prefix).size() > 1 && !acronyms.containsKey(prefix.substring(at + 1))
                        && ReferenceNames.singulars(prefix.replace(" ", "")).stream().noneMatch(this::isTableName)) {
                    out.add(prefix);
                }
            }
        }
        return out;
    }
}
