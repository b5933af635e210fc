package dev.lintel.model.migrate.lock;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * PostgreSQL's eight table-level lock modes, weakest first (the order is PostgreSQL's own
 * numbering, which is also how ALTER TABLE picks "the strongest lock of its subcommands").
 *
 * <p>The conflict table is Table 13.2 of the manual (<em>Explicit Locking</em>, identical in
 * PostgreSQL 12 to 17). What a migration author cares about is whether ordinary traffic waits:
 * a plain {@code SELECT} takes {@link #ACCESS_SHARE}, {@code INSERT/UPDATE/DELETE/MERGE} take
 * {@link #ROW_EXCLUSIVE}, so a mode "blocks reads" when it conflicts with ACCESS SHARE and "blocks
 * writes" when it conflicts with ROW EXCLUSIVE.
 */
public enum LockMode {
    /** Plain SELECT. Conflicts only with ACCESS EXCLUSIVE. */
    ACCESS_SHARE("ACCESS SHARE", "AccessShareLock"),
    /** SELECT FOR UPDATE/SHARE; a FK's VALIDATE on the referenced table. */
    ROW_SHARE("ROW SHARE", "RowShareLock"),
    /** INSERT, UPDATE, DELETE, MERGE. */
    ROW_EXCLUSIVE("ROW EXCLUSIVE", "RowExclusiveLock"),
    /** VACUUM, ANALYZE, CREATE INDEX CONCURRENTLY, VALIDATE CONSTRAINT, some ALTER TABLE forms; self-conflicting. */
    SHARE_UPDATE_EXCLUSIVE("SHARE UPDATE EXCLUSIVE", "ShareUpdateExclusiveLock"),
    /** CREATE INDEX (not concurrent): writes wait for the whole build. */
    SHARE("SHARE", "ShareLock"),
    /** CREATE TRIGGER, ADD FOREIGN KEY (both tables), ENABLE/DISABLE TRIGGER. */
    SHARE_ROW_EXCLUSIVE("SHARE ROW EXCLUSIVE", "ShareRowExclusiveLock"),
    /** REFRESH MATERIALIZED VIEW CONCURRENTLY: only plain reads continue. */
    EXCLUSIVE("EXCLUSIVE", "ExclusiveLock"),
    /** Most ALTER TABLE forms, DROP, TRUNCATE, VACUUM FULL, CLUSTER, REFRESH MATERIALIZED VIEW: everything waits. */
    ACCESS_EXCLUSIVE("ACCESS EXCLUSIVE", "AccessExclusiveLock");

    private final String sqlName;
    private final String pgLocksName;

    LockMode(String sqlName, String pgLocksName) {
        this.sqlName = sqlName;
        this.pgLocksName = pgLocksName;
    }

    /** The name as written in {@code LOCK TABLE t IN ... MODE} and in the manual. */
    public String sqlName() {
        return sqlName;
    }

    /** The name {@code pg_locks.mode} shows. */
    public String pgLocksName() {
        return pgLocksName;
    }

    /** Table 13.2: the modes this one conflicts with (a symmetric relation). */
    public Set<LockMode> conflicts() {
        return switch (this) {
            case ACCESS_SHARE -> EnumSet.of(ACCESS_EXCLUSIVE);
            case ROW_SHARE -> EnumSet.of(EXCLUSIVE, ACCESS_EXCLUSIVE);
            case ROW_EXCLUSIVE -> EnumSet.of(SHARE, SHARE_ROW_EXCLUSIVE, EXCLUSIVE, ACCESS_EXCLUSIVE);
            case SHARE_UPDATE_EXCLUSIVE -> EnumSet.of(SHARE_UPDATE_EXCLUSIVE, SHARE, SHARE_ROW_EXCLUSIVE, EXCLUSIVE,
                    ACCESS_EXCLUSIVE);
            case SHARE -> EnumSet.of(ROW_EXCLUSIVE, SHARE_UPDATE_EXCLUSIVE, SHARE_ROW_EXCLUSIVE, EXCLUSIVE, ACCESS_EXCLUSIVE);
            case SHARE_ROW_EXCLUSIVE -> EnumSet.of(ROW_EXCLUSIVE, SHARE_UPDATE_EXCLUSIVE, SHARE, SHARE_ROW_EXCLUSIVE,
                    EXCLUSIVE, ACCESS_EXCLUSIVE);
            case EXCLUSIVE -> EnumSet.complementOf(EnumSet.of(ACCESS_SHARE));
            case ACCESS_EXCLUSIVE -> EnumSet.allOf(LockMode.class);
        };
    }

    public boolean conflictsWith(LockMode other) {
        return conflicts().contains(other);
    }

    /** Plain SELECTs on the relation wait while this lock is held (or queued). */
    public boolean blocksReads() {
        return conflictsWith(ACCESS_SHARE);
    }

    /** INSERT/UPDATE/DELETE on the relation wait while this lock is held (or queued). */
    public boolean blocksWrites() {
        return conflictsWith(ROW_EXCLUSIVE);
    }

    /** Two statements taking this mode on one relation serialize (e.g. two VALIDATE CONSTRAINTs). */
    public boolean selfConflicting() {
        return conflictsWith(this);
    }

    /**
     * Stronger than ROW EXCLUSIVE: the modes that stall ordinary traffic or other DDL, which is
     * where a missing {@code lock_timeout} turns a queued lock into an outage.
     */
    public boolean strongerThanRowExclusive() {
        return compareTo(ROW_EXCLUSIVE) > 0;
    }

    /** One phrase for reports: "blocks reads and writes", "blocks writes", "blocks other DDL". */
    public String blocksDescription() {
        if (blocksReads()) {
            return "blocks reads and writes";
        }
        if (blocksWrites()) {
            return "blocks writes (reads continue)";
        }
        if (this == SHARE_UPDATE_EXCLUSIVE) {
            return "blocks other DDL, VACUUM and ANALYZE (reads and writes continue)";
        }
        return "blocks only " + (this == ROW_SHARE ? "EXCLUSIVE and ACCESS EXCLUSIVE" : "ACCESS EXCLUSIVE") + " locks";
    }

    public static LockMode strongest(LockMode a, LockMode b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }

    /** Reads {@code pg_locks.mode} ({@code AccessExclusiveLock}) or a SQL name ({@code access exclusive}). */
    public static Optional<LockMode> parse(String text) {
        String t = text.trim();
        for (LockMode m : values()) {
            if (m.pgLocksName.equalsIgnoreCase(t) || m.sqlName.equalsIgnoreCase(t.replace('_', ' '))) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return sqlName.toUpperCase(Locale.ROOT);
    }
}
