package dev.lintel.model.migrate.lock;

import dev.lintel.model.schema.QualifiedName;
import java.util.Objects;

/**
 * One lock a statement takes: on which relation, in which mode, and why that relation is involved.
 *
 * @param relation the table, index, view or partition locked
 * @param role why the statement touches it
 */
public record RelationLock(QualifiedName relation, Role role, LockMode mode) {
    public enum Role {
        /** The relation the statement is about (ALTER TABLE t, CREATE INDEX ON t, DROP TABLE t ...). */
        TARGET,
        /** A table a foreign key references (added, validated, dropped) or a parent whose FK is dropped with its child. */
        REFERENCED,
        /** An index the statement drops, rebuilds or renames. */
        INDEX,
        /** A partition attached, detached or created. */
        PARTITION,
        /** The DEFAULT partition, scanned when a partition is attached. */
        DEFAULT_PARTITION,
        /** The partitioned parent of a new partition. */
        PARENT
    }

    public RelationLock {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(mode, "mode");
    }

    /** {@code ACCESS EXCLUSIVE on public.orders (blocks reads and writes)}. */
    public String describe() {
        return mode + " on " + relation + " (" + mode.blocksDescription() + ")";
    }
}
