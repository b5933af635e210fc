package dev.lintel.model.migrate.plan;

import dev.lintel.model.diff.RenameProposal;
import dev.lintel.model.dialect.Dialect;
import java.util.List;

/**
 * The ordered steps that take a database from one schema to another, the changes that cannot be
 * made (explained in {@code notes}) and the renames the diff suspects but nobody confirmed.
 */
public record MigrationPlan(Dialect dialect, List<Step> steps, List<String> notes, List<RenameProposal> proposals) {
    public MigrationPlan {
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
        proposals = List.copyOf(proposals);
    }

    public List<Step> applied(boolean allowDestructive) {
        return steps.stream().filter(s -> !s.heldBack(allowDestructive)).toList();
    }

    public List<Step> heldBack(boolean allowDestructive) {
        return steps.stream().filter(s -> s.heldBack(allowDestructive)).toList();
    }

    /** True when the caller should look before running: hazards, held-back steps, impossible changes or unconfirmed renames. */
    public boolean needsAttention(boolean allowDestructive) {
        return steps.stream().anyMatch(s -> !s.hazards().isEmpty()) || !heldBack(allowDestructive).isEmpty()
                || !notes.isEmpty() || !proposals.isEmpty();
    }

    public MigrationPlan withSteps(List<Step> v) {
        return new MigrationPlan(dialect, v, notes, proposals);
    }
}
