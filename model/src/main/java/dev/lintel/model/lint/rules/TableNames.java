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
    // by the first three letters of a name (see startIndex): whether some abbreviated name may start so
    private final boolean[] abbreviationStarts = new boolean[37 * 37 * 37];
    private final Set<String> nameWords = new HashSet<>();
    private final List<String> longestPrefix = new ArrayList<>(); // per table, its longest shared prefix (when there are any)
    private final Set<String> mirrors = new HashSet<>();
    private final List<String[]> leading = new ArrayList<>(); // per table: its first 1, 2, 3 words joined by spaces
    private static final String[] NO_PREFIXES = {};
    private final Map<String, Integer> prefixCount = new HashMap<>(); // leading-word prefix -> tables named with it // "prefix a|prefix b" for prefixes that mirror each other // every word of every name, when abbreviations are indexed

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
        List<Map<String, Set<String>>> prefixes = prefixes();
        findAcronyms(prefixes);
        Set<String> namespaces = prefixCount.isEmpty() ? Set.of() : namespaces(prefixes);
        for (int p = 0; p < words.size(); p++) {
            List<String> w = words.get(p);
            List<Integer> starts = FROM_FIRST_WORD;
            for (int i = 1; i < w.size(); i++) {
                boolean afterNamespace = i <= NAMESPACE_MAX_WORDS && namespaces.contains(leading.get(p)[i - 1]);
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
                    abbreviationStarts[startIndex(stem.get(0))] = true;
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
                longestPrefix.add(last == 0 ? null : leading.get(p)[last - 1]);
            }
            findMirrors();
        }
    }

    /** The shared prefix a table's name starts with, its longest ({@code act ru} for act_ru_task), or null. */
    private String namespace(int position) {
        return longestPrefix.isEmpty() ? null : longestPrefix.get(position);
    }

    /**
     * Prefixes whose tables repeat at least three table names of another prefix: act_hi_ repeats
     * actinst, identitylink, entitylink of act_ru_, so its rows are copies (history, archive) of
     * those, and a row of one does not point at a row of the other.
     */
    private void findMirrors() {
        // name after the prefix -> the prefixes having it; pairs counted per shared name (not per pair of prefixes)
        Map<String, List<String>> prefixesOf = new HashMap<>();
        for (int p = 0; p < words.size(); p++) {
            String ns = namespace(p);
            if (ns != null) {
                List<String> w = words.get(p);
                List<Integer> starts = stemStarts.get(p);
                String stem = ReferenceNames.key(w.subList(starts.get(starts.size() - 1), w.size()));
                List<String> at = prefixesOf.computeIfAbsent(stem, x -> new ArrayList<>(1));
                if (!at.contains(ns)) {
                    at.add(ns);
                }
            }
        }
        Map<String, Integer> shared = new HashMap<>();
        for (List<String> at : prefixesOf.values()) {
            for (int i = 0; i < at.size(); i++) {
                for (int j = i + 1; j < at.size(); j++) {
                    shared.merge(at.get(i) + "|" + at.get(j), 1, Integer::sum);
                }
            }
        }
        shared.forEach((pair, n) -> {
            if (n >= MIRROR_MIN_NAMES) {
                int bar = pair.indexOf('|');
                mirrors.add(pair);
                mirrors.add(pair.substring(bar + 1) + "|" + pair.substring(0, bar));
            }
        });
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

    /** The first three characters of a word as one number (letters and digits; others and absent ones as 0). */
    private static int startIndex(String word) {
        int out = 0;
        for (int i = 0; i < ABBREVIATED_MIN; i++) {
            char c = i < word.length() ? word.charAt(i) : 0;
            int digit = c >= 'a' && c <= 'z' ? c - 'a' + 1 : c >= '0' && c <= '9' ? c - '0' + 27 : 0;
            out = out * 37 + digit;
        }
        return out;
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
        if (abbreviations.isEmpty() || !abbreviationStarts[startIndex(stem.get(0))] || allNameWords(stem)) {
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
    private void findAcronyms(List<Map<String, Set<String>>> prefixes) {
        // Short words the names use (word -> the first table whose name has it): only these can be abbreviations.
        Map<String, QualifiedName> usedBy = new HashMap<>();
        for (int p = 0; p < words.size(); p++) {
            for (String word : words.get(p)) {
                if (word.length() >= 2 && word.length() <= ACRONYM_MAX && !KEY_WORDS.contains(word)) {
                    usedBy.putIfAbsent(word, names.get(p));
                }
            }
        }
        if (usedBy.isEmpty()) {
            return;
        }
        Set<String> namespaces = null; // a first guess at the shared prefixes, made when an abbreviation needs it
        Map<String, Set<List<String>>> spelled = new HashMap<>();
        // the phrases that are a whole table name, or one after a shared prefix: preferred when several fit
        Map<String, Set<List<String>>> tableNamed = new HashMap<>();
        for (int p = 0; p < words.size(); p++) {
            List<String> w = words.get(p);
            for (int i = 0; i + 1 < w.size(); i++) {
                List<String> tail = w.subList(i, w.size());
                if (tail.size() > ACRONYM_MAX || !allLong(tail)) {
                    continue;
                }
                String acronym = ReferenceNames.initials(tail);
                if (!usedBy.containsKey(acronym)) {
                    continue;
                }
                spelled.computeIfAbsent(acronym, x -> new HashSet<>()).add(List.copyOf(tail));
                if (i > 0 && namespaces == null) {
                    namespaces = namespaces(prefixes);
                }
                if (i == 0 || i <= NAMESPACE_MAX_WORDS && namespaces.contains(leading.get(p)[i - 1])) {
                    tableNamed.computeIfAbsent(acronym, x -> new HashSet<>()).add(List.copyOf(tail));
                }
            }
        }
        spelled.forEach((acronym, phrases) -> {
            Set<List<String>> fit = phrases.size() == 1 ? phrases : tableNamed.getOrDefault(acronym, Set.of());
            if (fit.size() == 1 && !isTableName(acronym)) {
                acronyms.put(acronym, fit.iterator().next());
                acronymUsedBy.put(acronym, usedBy.get(acronym));
            }
        });
    }

    private static boolean allLong(List<String> tail) {
        for (String word : tail) {
            if (word.length() < ACRONYM_WORD_MIN) {
                return false;
            }
        }
        return true;
    }

    private boolean isNameWord(String word) {
        return nameWords.contains(word);
    }

    /**
     * Leading words that at least three tables share (two within a shared prefix), that are no table's
     * name nor an abbreviation of one, and after which the tables' names go on differently ({@code act_ru_} before task, job,
     * execution ...; not {@code sp_distribution_} before set, set_tag, set_type).
     */
    private Set<String> namespaces(List<Map<String, Set<String>>> prefixes) {
        Set<String> out = new HashSet<>();
        for (Map<String, Set<String>> ofLength : prefixes) {
            for (Map.Entry<String, Set<String>> e : ofLength.entrySet()) {
                String prefix = e.getKey();
                int at = prefix.lastIndexOf(' ');
                // Within a shared prefix two tables make a sub-prefix (act_ge_ under act_).
                int needed = at > 0 && out.contains(prefix.substring(0, at)) ? 2 : NAMESPACE_MIN_TABLES;
                Set<String> next = e.getValue();
                if (next.size() > 1 && tablesUnder(prefix) >= needed && !acronyms.containsKey(prefix.substring(at + 1))
                        && ReferenceNames.singulars(prefix.replace(" ", "")).stream().noneMatch(this::isTableName)) {
                    out.add(prefix);
                }
            }
        }
        return out;
    }

    /**
     * Per prefix length (1 to 3 words), each leading-word prefix of a longer table name with the words
     * that follow it; counted once per lint, read by both rounds of {@link #namespaces}.
     */
    private List<Map<String, Set<String>>> prefixes() {
        List<Map<String, Set<String>>> out = new ArrayList<>(NAMESPACE_MAX_WORDS);
        for (int k = 0; k < NAMESPACE_MAX_WORDS; k++) {
            out.add(new HashMap<>());
        }
        for (List<String> w : words) {
            String[] mine = w.size() == 1 ? NO_PREFIXES : new String[Math.min(w.size() - 1, NAMESPACE_MAX_WORDS)];
            for (int k = 1; k <= mine.length; k++) {
                String prefix = k == 1 ? w.get(0) : mine[k - 2] + " " + w.get(k - 1);
                mine[k - 1] = prefix;
                out.get(k - 1).computeIfAbsent(prefix, x -> new HashSet<>(2)).add(w.get(k));
                prefixCount.merge(prefix, 1, Integer::sum);
            }
            leading.add(mine);
        }
        return out;
    }

    private int tablesUnder(String prefix) {
        return prefixCount.getOrDefault(prefix, 0);
    }
}
