package dev.lintel.model.diff;

import java.util.List;

/** What {@link SchemaDiffer} found: the changes (renames applied only when confirmed) and the renames it suspects. */
public record SchemaDiff(List<Change> changes, List<RenameProposal> proposals) {
    public SchemaDiff {
        changes = List.copyOf(changes);
        proposals = List.copyOf(proposals);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public boolean hasDestructiveChanges() {
        return changes.stream().anyMatch(Change::destructive);
    }
}
