package dev.lintel.app.baseline;

import java.util.List;

/**
 * One planned migration step as the Generate Migration dialog lists it.
 *
 * @param phase expand, backfill or contract
 * @param locks what the statement locks and whether it rewrites or scans the table, in words
 * @param acknowledgement why the step waits for an acknowledgement ({@code destructive} ...), or empty
 * @param sql the statement, without its final semicolon
 * @param note what the reviewer should know before running it, or empty
 */
public record StepRow(int number, String phase, String kind, String subject, String locks, List<String> hazards,
                      String acknowledgement, String sql, String note) {
    public StepRow {
        hazards = List.copyOf(hazards);
        note = note == null ? "" : note;
    }

    public boolean needsAcknowledgement() {
        return !acknowledgement.isEmpty();
    }
}
