package dev.lintel.model.migrate.statement;

import dev.lintel.model.migrate.lock.LockMode;
import dev.lintel.model.schema.QualifiedName;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One statement of a migration script, read far enough to judge its locks: what kind it is,
 * the relations it names, its options and, for {@code ALTER TABLE}, its subcommands. Names are
 * as PostgreSQL stores them (folded, unquoted) and qualified with {@code public} when the
 * statement did not say.
 *
 * @param text the statement as written, without the delimiter
 * @param line 1-based line of the statement's first character in its script (1 for a lone statement)
 * @param targets the relations the statement acts on: the table of CREATE INDEX / ALTER TABLE /
 *                CREATE TRIGGER, the dropped tables or indexes, the truncated tables ...
 * @param name the object created or named besides the targets (index of CREATE INDEX, type of ALTER TYPE, setting of SET)
 * @param references tables a CREATE TABLE references by foreign key
 * @param value the value of SET, the enum label of ADD VALUE
 * @param explicitLock the mode of LOCK TABLE
 */
public record MigrationStatement(String text, int line, Kind kind, List<QualifiedName> targets, QualifiedName name,
                                 Set<Flag> flags, List<AlterAction> actions, List<QualifiedName> references, String value,
                                 LockMode explicitLock) {
    public enum Kind {
        BEGIN, COMMIT, ROLLBACK, SAVEPOINT, SET, RESET,
        CREATE_TABLE, CREATE_INDEX, DROP_INDEX, REINDEX, ALTER_TABLE, ALTER_INDEX, DROP_TABLE, TRUNCATE,
        REFRESH_MATERIALIZED_VIEW, ALTER_TYPE_ADD_VALUE, ALTER_TYPE_RENAME_VALUE, ALTER_TYPE, ALTER_DOMAIN_ADD_CONSTRAINT,
        CREATE_TRIGGER, DROP_TRIGGER, VACUUM, ANALYZE, CLUSTER, LOCK_TABLE, INSERT, UPDATE, DELETE, SELECT, COMMENT,
        DO_BLOCK, CREATE_DATABASE, META_COMMAND,
        /** Other CREATE/DROP/ALTER/GRANT statements that take no lock on an existing table worth judging. */
        OTHER_DDL,
        /** Empty after comments. */
        EMPTY,
        /** Not understood well enough to judge. */
        UNKNOWN
    }

    public enum Flag {
        CONCURRENTLY, UNIQUE, ONLY, IF_EXISTS, IF_NOT_EXISTS, CASCADE, FULL, LOCAL, BEFORE_OR_AFTER, PARTITION_OF,
        /** {@code BEGIN} of a transaction block (also START TRANSACTION). */
        TRANSACTION, MATERIALIZED_VIEW, WITH_NO_DATA, AS_SELECT, TEMPORARY, UNLOGGED
    }

    public MigrationStatement {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        targets = List.copyOf(targets);
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(flags);
        actions = List.copyOf(actions);
        references = List.copyOf(references);
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }

    /** The first target, or null. */
    public QualifiedName target() {
        return targets.isEmpty() ? null : targets.get(0);
    }

    /** Whether PostgreSQL refuses to run this statement inside a transaction block. */
    public boolean nonTransactional() {
        return switch (kind) {
            case CREATE_INDEX, DROP_INDEX, REINDEX -> has(Flag.CONCURRENTLY);
            case ALTER_TABLE -> actions.stream().anyMatch(a -> a.type() == AlterAction.Type.DETACH_PARTITION
                    && a.has(AlterAction.Flag.CONCURRENTLY));
            case VACUUM, CREATE_DATABASE -> true;
            default -> false;
        };
    }

    /** The statement on one line, cut to {@code max} characters, for reports. */
    public String excerpt(int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 3) + "...";
    }
}
