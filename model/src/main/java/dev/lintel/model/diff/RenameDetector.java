package dev.lintel.model.diff;

import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds what looks like a rename among dropped and added objects. Only suggestions: the diff
 * applies none of them unless a hint confirms it. Tables are paired by an exact column signature
 * (a hash lookup, so linear); columns pairwise, but only within one table.
 */
final class RenameDetector {
    private RenameDetector() {
    }

    static List<RenameProposal> tables(List<Table> dropped, List<Table> added) {
        Map<String, Table> bySignature = new HashMap<>();
        dropped.forEach(t -> bySignature.putIfAbsent(signature(t), t));
        List<RenameProposal> out = new ArrayList<>();
        for (Table a : added) {
            Table d = bySignature.get(signature(a));
            if (d != null && a.columns().size() > 0 && sameSchema(d.name(), a.name())) {
                out.add(new RenameProposal(RenameProposal.Kind.TABLE, d.name(), d.name().name(), a.name().name(),
                        "same columns and types"));
            }
        }
        return out;
    }

    static List<RenameProposal> columns(Table before, Table after, List<Column> dropped, List<Column> added) {
        List<RenameProposal> out = new ArrayList<>();
        for (Column a : added) {
            int afterPos = after.columns().indexOf(a);
            for (Column d : dropped) {
                if (!d.type().equals(a.type())) {
                    continue;
                }
                boolean samePosition = before.columns().indexOf(d) == afterPos;
                boolean similar = similar(d.name(), a.name());
                if (samePosition || similar) {
                    String reason = "same type" + (samePosition ? ", same position" : "") + (similar ? ", similar name" : "");
                    out.add(new RenameProposal(RenameProposal.Kind.COLUMN, after.name(), d.name(), a.name(), reason));
                }
            }
        }
        return out;
    }

    /** Names sharing a word ({@code name} / {@code full_name}) or at most a third of their letters apart. */
    static boolean similar(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        for (String word : x.split("_")) {
            if (word.length() >= 3 && List.of(y.split("_")).contains(word)) {
                return true;
            }
        }
        return distance(x, y) * 3 <= Math.max(x.length(), y.length());
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static String signature(Table t) {
        StringBuilder sb = new StringBuilder();
        t.columns().forEach(c -> sb.append(c.name()).append(':').append(c.type()).append(';'));
        return sb.toString();
    }

    private static boolean sameSchema(QualifiedName a, QualifiedName b) {
        return java.util.Objects.equals(a.schema(), b.schema());
    }
}
