package dev.lintel.app.canvas;

import dev.lintel.app.findings.FindingSeverity;
import dev.lintel.model.lint.Finding;
import dev.lintel.model.lint.LintResult;
import dev.lintel.model.schema.ObjectPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups a lint result's active findings by the table they concern, for the cards. */
final class CardFindingsIndex {
    private CardFindingsIndex() {
    }

    /** Table path ({@code table:public.orders}) to what its card shows; tables without findings are absent. */
    static Map<String, CardFindings> of(LintResult result) {
        if (result == null) {
            return Map.of();
        }
        Map<String, List<Finding>> byTable = new LinkedHashMap<>();
        for (Finding f : result.active()) {
            ObjectPath owner = switch (f.object().kind()) {
                case TABLE, COLUMN, CONSTRAINT, INDEX -> f.object().ownerPath();
                default -> null;
            };
            if (owner != null) {
                byTable.computeIfAbsent(owner.toString(), k -> new ArrayList<>()).add(f);
            }
        }
        Map<String, CardFindings> out = new HashMap<>();
        byTable.forEach((table, findings) -> out.put(table, cardFindings(findings)));
        return out;
    }

    private static CardFindings cardFindings(List<Finding> findings) {
        List<Finding> sorted = findings.stream().sorted(Comparator.comparing(Finding::severity)).toList();
        Map<String, List<Finding>> byColumn = new LinkedHashMap<>();
        for (Finding f : sorted) {
            if (f.object().kind() == ObjectPath.Kind.COLUMN) {
                byColumn.computeIfAbsent(f.object().member(), k -> new ArrayList<>()).add(f);
            }
        }
        Map<String, CardFindings.ColumnFindings> columns = new HashMap<>();
        byColumn.forEach((column, fs) -> columns.put(column,
                new CardFindings.ColumnFindings(severity(fs.get(0)), fs.stream().map(Finding::message).toList())));
        return new CardFindings(severity(sorted.get(0)), sorted.stream().map(Finding::message).toList(), columns);
    }

    private static FindingSeverity severity(Finding f) {
        return FindingSeverity.valueOf(f.severity().name());
    }
}
