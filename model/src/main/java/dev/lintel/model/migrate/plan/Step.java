package dev.lintel.model.migrate.plan;

import java.util.List;
import java.util.Objects;

/**
 * One statement of a migration plan and everything a reviewer needs before running it.
 *
 * @param kind what the step does, kebab-case ({@code create-index-concurrently}, {@code validate-constraint} ...)
 * @param subject the object it acts on, for reports ({@code public.orders.customer_id})
 * @param sql one statement, without the final semicolon
 * @param phase expand, backfill or contract
 * @param transactional false when PostgreSQL refuses it inside a transaction block (CONCURRENTLY)
 *        or it must commit on its own (ALTER TYPE ADD VALUE before the value is used, batched backfills)
 * @param group steps with the same non-zero group run in one BEGIN/COMMIT block; 0 runs on its own
 * @param longRunning scans or builds online (CONCURRENTLY, VALIDATE, backfill): no statement timeout
 * @param hazards what can go wrong, in plain words; empty for a safe step
 * @param acknowledgement why the step is held back until acknowledged; NONE when it never is
 * @param note the explanation printed above the statement (what must deploy first, cleanup after a failure ...)
 * @param locks what the statement locks, from the migration review engine's analysis of {@code sql}
 */
public record Step(String kind, String subject, String sql, Phase phase, boolean transactional, int group,
                   boolean longRunning, List<String> hazards, Acknowledgement acknowledgement, String note,
                   StepLocks locks) {
    public Step {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(phase, "phase");
        hazards = List.copyOf(hazards);
        acknowledgement = acknowledgement == null ? Acknowledgement.NONE : acknowledgement;
        locks = locks == null ? StepLocks.UNKNOWN : locks;
    }

    public boolean heldBack(boolean allowDestructive) {
        return acknowledgement.required() && !allowDestructive;
    }

    public Step withLocks(StepLocks v) {
        return new Step(kind, subject, sql, phase, transactional, group, longRunning, hazards, acknowledgement, note, v);
    }
}
