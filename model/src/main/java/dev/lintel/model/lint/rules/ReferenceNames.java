package dev.lintel.model.lint.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How names are compared when guessing relationships: words split on underscores and camel case,
 * compared without separators and case, with the plural forms English schemas use.
 */
final class ReferenceNames {
    /**
     * Words that make a name a quantity rather than a reference when they come before the name of a
     * table: {@code units_on_order}, {@code tag_count_artist}, {@code num_orders} count, they do not point.
     */
    static final Set<String> MEASURES = Set.of("count", "counts", "total", "sum", "avg", "min", "max", "qty",
            "quantity", "amount", "units", "num", "number", "nb");

    private ReferenceNames() {
    }

    /** Lower-case words of a name: {@code parentCategoryId} and {@code parent_category_id} give {@code [parent, category, id]}. */
    static List<String> words(String name) {
        if (!name.isEmpty() && isLowerAlphanumeric(name)) {
            return List.of(name); // one word, already lower case: the common column name without separators
        }
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean boundary = i > 0 && Character.isUpperCase(c)
                    && (Character.isLowerCase(name.charAt(i - 1))
                        || i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1)) && Character.isUpperCase(name.charAt(i - 1)));
            if (!Character.isLetterOrDigit(c)) {
                flush(w, out);
                continue;
            }
            if (boundary) {
                flush(w, out);
            }
            w.append(Character.toLowerCase(c));
        }
        flush(w, out);
        return out;
    }

    private static void flush(StringBuilder w, List<String> out) {
        if (w.length() > 0) {
            out.add(w.toString());
            w.setLength(0);
        }
    }

    /** The first letters of the words: {@code [distribution, set]} gives {@code ds}. */
    static String initials(List<String> words) {
        StringBuilder out = new StringBuilder(words.size());
        for (String w : words) {
            out.append(w.charAt(0));
        }
        return out.toString();
    }

    /** The words joined without separators: the form names are compared in. */
    static String key(List<String> words) {
        return words.size() == 1 ? words.get(0) : String.join("", words);
    }

    /** The name lower-cased with everything but ASCII letters and digits dropped (a char scan: this runs per column). */
    static String key(String name) {
        if (isLowerAlphanumeric(name)) {
            return name; // already in its compared form: no copy (most names, checked per column)
        }
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 128) {
                char lower = Character.toLowerCase(c);
                if (lower >= 'a' && lower <= 'z' || lower >= '0' && lower <= '9') {
                    out.append(lower);
                }
            } else {
                // Non-ASCII letters may lower-case to ASCII ones (Kelvin sign to k): keep the exact old rule for them.
                String lower = String.valueOf(c).toLowerCase(Locale.ROOT);
                for (int j = 0; j < lower.length(); j++) {
                    char l = lower.charAt(j);
                    if (l >= 'a' && l <= 'z' || l >= '0' && l <= '9') {
                        out.append(l);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean isLowerAlphanumeric(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The singular spellings a compared name may stand for ({@code categories} -> {@code category},
     * {@code addresses} -> {@code address}, {@code people} -> {@code person}); the name itself included.
     * Over-generating is harmless: a form only matters when a table has it too.
     */
    static Collection<String> singulars(String key) {
        if (!key.endsWith("s") && !key.endsWith("people") && !key.endsWith("children")) {
            return List.of(key); // no plural ending to strip: the common case, checked for every part of every column name
        }
        Set<String> out = new LinkedHashSet<>();
        out.add(key);
        if (key.endsWith("people")) {
            out.add(key.substring(0, key.length() - 6) + "person");
        }
        if (key.endsWith("children")) {
            out.add(key.substring(0, key.length() - 3));
        }
        if (key.length() > 4 && key.endsWith("ies")) {
            out.add(key.substring(0, key.length() - 3) + "y");
        }
        if (key.length() > 3 && key.endsWith("es")) {
            out.add(key.substring(0, key.length() - 2));
        }
        if (key.length() > 2 && key.endsWith("s") && !key.endsWith("ss")) {
            out.add(key.substring(0, key.length() - 1));
        }
        return out;
    }
}
