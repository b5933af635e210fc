package dev.lintel.app.ddl;

import java.util.List;

/**
 * How the DDL pane goes from the rendering it shows to the next one: the whole lines from
 * {@code from} up to {@code baseTo} of the old text are replaced by those up to {@code resultTo}
 * of the new text, and only they are coloured again. After an edit of one column the pane then
 * rebuilds the few lines that changed, not every line of the table (or of the whole schema).
 * Computed on the worker with the rendering; pure.
 *
 * @param base the rendering the patch applies to; the view applies it only over exactly that one
 */
public record DdlPatch(RenderedDdl base, RenderedDdl result, int from, int baseTo, int resultTo) {

    /** The smallest run of whole lines whose text or colours differ (all of it when nothing is shared). */
    public static DdlPatch between(RenderedDdl base, RenderedDdl result) {
        String a = base.sql();
        String b = result.sql();
        int max = Math.min(a.length(), b.length());
        int prefix = 0;
        while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        int from = a.lastIndexOf('\n', prefix - 1) + 1; // back to the start of the first changed line
        int suffix = 0;
        while (suffix < max - from && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
            suffix++;
        }
        // The shared tail starts at the beginning of a line (or is empty).
        int tail = a.length() - suffix;
        while (suffix > 0 && tail > 0 && a.charAt(tail - 1) != '\n') {
            tail++;
            suffix--;
        }
        DdlPatch patch = new DdlPatch(base, result, from, a.length() - suffix, b.length() - suffix);
        // Colours come from a lexical pass over all of the text: the lines kept must keep theirs.
        return patch.keepsColoursOutside() ? patch : new DdlPatch(base, result, 0, a.length(), b.length());
    }

    /** True when the patch changes nothing. */
    public boolean isEmpty() {
        return baseTo == from && resultTo == from;
    }

    /** The new text of the replaced lines. */
    public String text() {
        return result.sql().substring(from, resultTo);
    }

    // True when every colour on the kept lines is the same before and after: the spans wholly
    // before the change are equal, those wholly after it equal once shifted, and a span that runs
    // into the kept lines (a comment over several lines) runs into them alike on both sides.
    private boolean keepsColoursOutside() {
        List<HighlightSpan> before = base.highlights();
        List<HighlightSpan> after = result.highlights();
        int i = 0;
        while (i < before.size() && i < after.size() && before.get(i).start() < from && after.get(i).start() < from) {
            HighlightSpan x = before.get(i);
            HighlightSpan y = after.get(i);
            boolean whole = end(x) <= from && end(y) <= from;
            boolean sameOverKept = x.start() == y.start() && x.styleClass().equals(y.styleClass()) && end(x) > from && end(y) > from;
            if (whole ? !x.equals(y) : !sameOverKept) {
                return false;
            }
            i++;
        }
        if (i < before.size() && before.get(i).start() < from || i < after.size() && after.get(i).start() < from) {
            return false; // one colours a kept line the other does not
        }
        int shift = resultTo - baseTo;
        int j = before.size() - 1;
        int k = after.size() - 1;
        while (j >= 0 && k >= 0 && end(before.get(j)) > baseTo && end(after.get(k)) > resultTo) {
            HighlightSpan x = before.get(j);
            HighlightSpan y = after.get(k);
            boolean whole = x.start() >= baseTo && y.start() >= resultTo;
            boolean sameOverKept = end(x) + shift == end(y) && x.styleClass().equals(y.styleClass())
                    && x.start() < baseTo && y.start() < resultTo;
            if (whole ? x.start() + shift != y.start() || x.length() != y.length() || !x.styleClass().equals(y.styleClass())
                    : !sameOverKept) {
                return false;
            }
            j--;
            k--;
        }
        return !(j >= 0 && end(before.get(j)) > baseTo || k >= 0 && end(after.get(k)) > resultTo);
    }

    private static int end(HighlightSpan s) {
        return s.start() + s.length();
    }
}
