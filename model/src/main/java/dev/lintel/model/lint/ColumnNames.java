package dev.lintel.model.lint;

import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.Table;
import java.util.List;

/**
 * The column names of one table, folded once per lint for the name-based rules: each rule then
 * compares plain strings instead of running a case-insensitive regex (a new Matcher) on every
 * column of every table. Built by {@link LintContext#columnNames}.
 *
 * <p>The checks mean exactly what the rules' former {@code (?i)} patterns meant: Java's
 * {@code (?i)} folds ASCII letters only, so names are folded the same way (not with
 * {@code toLowerCase}, which would also fold e.g. the Kelvin sign to {@code k}); and a pattern's
 * {@code .} does not match a line terminator, so {@code .+} parts require a single-line name.
 */
public final class ColumnNames {
    private final String[] folded;
    private final boolean[] singleLine;

    ColumnNames(Table table) {
        List<Column> columns = table.columns();
        folded = new String[columns.size()];
        singleLine = new boolean[columns.size()];
        for (int i = 0; i < folded.length; i++) {
            String name = columns.get(i).name();
            folded[i] = foldAscii(name);
            singleLine[i] = isSingleLine(name);
        }
    }

    /** The name of column {@code i} with ASCII upper case letters in lower case, all else as is. */
    public String folded(int i) {
        return folded[i];
    }

    /**
     * The name is one of {@code words} (lower case), ignoring ASCII case: the pattern {@code a|b|c}. Callers
     * checking every column pass a constant array: a varargs call would allocate one per column.
     */
    public boolean is(int i, String... words) {
        String n = folded[i];
        for (String w : words) {
            if (n.equals(w)) {
                return true;
            }
        }
        return false;
    }

    /** Something, then {@code suffix} (lower case): the pattern {@code .+suffix}. */
    public boolean endsWith(int i, String suffix) {
        String n = folded[i];
        return n.length() > suffix.length() && n.endsWith(suffix) && singleLine[i];
    }

    /** {@code prefix} (lower case), then something: the pattern {@code prefix.+}. */
    public boolean startsWith(int i, String prefix) {
        String n = folded[i];
        return n.length() > prefix.length() && n.startsWith(prefix) && singleLine[i];
    }

    /** The name is {@code word}, or something, an underscore and {@code word}: the pattern {@code (.+_)?word}. */
    public boolean isOrEndsWithWord(int i, String word) {
        String n = folded[i];
        return n.equals(word) || n.length() > word.length() + 1 && n.endsWith(word)
                && n.charAt(n.length() - word.length() - 1) == '_' && singleLine[i];
    }

    /** {@code name} with ASCII upper case letters in lower case and everything else as is; no copy when nothing changes. */
    public static String foldAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char[] out = name.toCharArray();
                for (int j = i; j < out.length; j++) {
                    if (out[j] >= 'A' && out[j] <= 'Z') {
                        out[j] += 'a' - 'A';
                    }
                }
                return new String(out);
            }
        }
        return name; // most names are already lower case: no copy
    }

    /** No character a pattern's {@code .} refuses (java.util.regex line terminators). */
    public static boolean isSingleLine(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }
}
