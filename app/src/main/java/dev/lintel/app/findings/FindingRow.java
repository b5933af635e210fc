package dev.lintel.app.findings;

import java.util.List;

/**
 * One finding in display form, so views need no model types.
 *
 * @param objectPath the finding's object ({@code column:public.orders.user_id})
 * @param objectLabel the object as a reader says it ({@code public.orders.user_id})
 * @param tablePath the table (or view) to select when the finding is clicked; null for schema-wide findings
 * @param column the column the finding is about, or null
 * @param fixes titles of the fixes the rule offers
 */
public record FindingRow(FindingSeverity severity, String ruleId, String objectPath, String objectLabel,
                         String tablePath, String column, String message, List<String> fixes) {
    public FindingRow {
        fixes = List.copyOf(fixes);
    }
}
