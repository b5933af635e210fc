package dev.lintel.model.migrate.lock;

import dev.lintel.model.schema.QualifiedName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What one statement does to concurrent traffic: the table-level locks it takes (strongest per
 * relation, held until the transaction ends), whether it rewrites the table or scans it while
 * holding them, and whether PostgreSQL lets it run inside a transaction block.
 *
 * @param locks strongest lock per relation, in the order the relations were named
 * @param rewrite the heap and its indexes are rebuilt (time and disk proportional to the table)
 * @param scan the table is read in full while the lock is held (validation, index build, rewrite)
 * @param transactional false for statements PostgreSQL refuses in a transaction block (CONCURRENTLY, VACUUM ...)
 * @param notes caveats: assumptions made without a schema, version notes
 */
public record StatementLocks(List<RelationLock> locks, boolean rewrite, boolean scan, boolean transactional,
                             List<String> notes) {
    public StatementLocks {
        locks = List.copyOf(locks);
        notes = List.copyOf(notes);
    }

    public static StatementLocks none(boolean transactional) {
        return new StatementLocks(List.of(), false, false, transactional, List.of());
    }

    /** The strongest lock over all relations, if any. */
    public Optional<RelationLock> strongest() {
        return locks.stream().max(Comparator.comparing(RelationLock::mode));
    }

    /** The mode taken on one relation, if the statement locks it. */
    public Optional<LockMode> modeOn(QualifiedName relation) {
        return locks.stream().filter(l -> l.relation().equals(relation)).map(RelationLock::mode).findFirst();
    }

    public boolean blocksReads() {
        return locks.stream().anyMatch(l -> l.mode().blocksReads());
    }

    public boolean blocksWrites() {
        return locks.stream().anyMatch(l -> l.mode().blocksWrites());
    }

    /** One line for reports: locks, rewrite/scan. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        locks.forEach(l -> parts.add(l.describe()));
        if (parts.isEmpty()) {
            parts.add("no table lock");
        }
        if (rewrite) {
            parts.add("rewrites the table");
        } else if (scan) {
            parts.add("scans the table");
        }
        return String.join("; ", parts);
    }
}
