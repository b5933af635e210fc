package dev.lintel.app.canvas;

import dev.lintel.app.findings.FindingSeverity;
import java.util.List;
import java.util.Map;

/**
 * What the lint found on one table, as its card shows it: a badge with the worst severity and
 * every message in its tooltip, and a marker on each affected column row.
 *
 * @param messages every message on the table and its members, most severe first
 * @param columns per column: the worst severity and the messages about that column
 */
public record CardFindings(FindingSeverity worst, List<String> messages, Map<String, ColumnFindings> columns) {
    public record ColumnFindings(FindingSeverity worst, List<String> messages) {
        public ColumnFindings {
            messages = List.copyOf(messages);
        }
    }

    public CardFindings {
        messages = List.copyOf(messages);
        columns = Map.copyOf(columns);
    }
}
