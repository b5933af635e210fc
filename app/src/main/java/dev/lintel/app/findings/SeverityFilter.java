package dev.lintel.app.findings;

import java.util.function.Predicate;

/** Which findings the Findings list shows. */
public enum SeverityFilter implements Predicate<FindingRow> {
    ALL("All"), ERRORS("Errors"), WARNINGS("Warnings"), INFO("Info");

    private final String label;

    SeverityFilter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public boolean test(FindingRow row) {
        return switch (this) {
            case ALL -> true;
            case ERRORS -> row.severity() == FindingSeverity.ERROR;
            case WARNINGS -> row.severity() == FindingSeverity.WARNING;
            case INFO -> row.severity().isInfoLike();
        };
    }
}
