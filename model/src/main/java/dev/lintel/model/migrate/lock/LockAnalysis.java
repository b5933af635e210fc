package dev.lintel.model.migrate.lock;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.ddl.parse.SqlScript;
import dev.lintel.model.migrate.lock.RelationLock.Role;
import dev.lintel.model.migrate.statement.AlterAction;
import dev.lintel.model.migrate.statement.MigrationStatement;
import dev.lintel.model.migrate.statement.MigrationStatement.Flag;
import dev.lintel.model.migrate.statement.StatementParser;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The locks, rewrite and scan of one PostgreSQL (12-17) statement: a pure function of the
 * statement and the schema it runs against (rule catalog §2.2; PostgreSQL's ALTER TABLE,
 * CREATE INDEX, REINDEX and Explicit Locking pages). The schema is optional; without it the
 * analysis assumes the worst where the answer depends on it (a type change rewrites, SET NOT NULL
 * scans) and says so in the notes.
 *
 * <p>The modes are the ones {@code pg_locks} shows for the named relations while the statement's
 * transaction is open; {@code LockAnalysisOracleTest} checks them against a real server.
 */
public final class LockAnalysis {
    private LockAnalysis() {
    }

    /** Analyses one SQL statement (without its delimiter). */
    public static StatementLocks analyze(String sql, Schema before) {
        return analyze(StatementParser.parse(sql, 1), before);
    }

    public static StatementLocks analyze(MigrationStatement s, Schema before) {
        SchemaLookup schema = new SchemaLookup(before);
        Acc a = new Acc(!s.nonTransactional());
        QualifiedName target = s.target();
        switch (s.kind()) {
            case CREATE_INDEX -> createIndex(s, schema, a);
            case DROP_INDEX -> dropIndex(s, schema, a);
            case REINDEX -> reindex(s, schema, a);
            case ALTER_TABLE -> AlterTableLocks.analyze(s, schema, a);
            case ALTER_INDEX -> {
                boolean rename = s.text().matches("(?is).*\\bRENAME\\s+TO\\b.*");
                boolean tablespace = s.text().matches("(?is).*\\bSET\\s+TABLESPACE\\b.*");
                if (s.name() != null) {
                    a.lock(s.name(), Role.INDEX, rename ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE);
                }
                a.rewrite |= tablespace;
            }
            case DROP_TABLE -> {
                for (QualifiedName t : s.targets()) {
                    a.lock(t, Role.TARGET, LockMode.ACCESS_EXCLUSIVE);
                    schema.table(t).ifPresent(tbl -> tbl.foreignKeys().forEach(fk ->
                            a.lock(qualify(fk.referencedTable()), Role.REFERENCED, LockMode.ACCESS_EXCLUSIVE)));
                    if (s.has(Flag.CASCADE)) {
                        schema.referencing(t).forEach(r -> a.lock(r, Role.REFERENCED, LockMode.ACCESS_EXCLUSIVE));
                    }
                }
                if (!schema.known() && !s.targets().isEmpty()) {
                    a.note("tables referenced by the dropped table's foreign keys are locked ACCESS EXCLUSIVE too (unknown without a schema)");
                }
            }
            case TRUNCATE -> {
                s.targets().forEach(t -> a.lock(t, Role.TARGET, LockMode.ACCESS_EXCLUSIVE));
                if (s.has(Flag.CASCADE)) {
                    s.targets().forEach(t -> schema.referencing(t).forEach(r -> a.lock(r, Role.REFERENCED,
                            LockMode.ACCESS_EXCLUSIVE)));
                }
            }
            case REFRESH_MATERIALIZED_VIEW -> {
                boolean concurrently = s.has(Flag.CONCURRENTLY);
                a.lock(target, Role.TARGET, concurrently ? LockMode.EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE);
                a.scan = true;
                a.rewrite = !concurrently;
                schema.tablesReadBy(target).forEach(t -> a.lock(t, Role.REFERENCED, LockMode.ACCESS_SHARE));
            }
            case ALTER_TYPE_ADD_VALUE -> a.note("locks the type, not a table; since PostgreSQL 12 it may run in a"
                    + " transaction block, but the new label cannot be used before that transaction commits");
            case ALTER_DOMAIN_ADD_CONSTRAINT -> {
                boolean notValid = "NOT VALID".equals(s.value());
                for (QualifiedName t : schema.tablesUsingType(s.name())) {
                    a.lock(t, Role.TARGET, LockMode.SHARE);
                }
                a.scan = !notValid;
                if (!schema.known()) {
                    a.note("every table with a column of the domain is locked against writes and scanned");
                }
            }
            case CREATE_TRIGGER -> a.lock(target, Role.TARGET, LockMode.SHARE_ROW_EXCLUSIVE);
            case DROP_TRIGGER -> a.lock(target, Role.TARGET, LockMode.ACCESS_EXCLUSIVE);
            case CREATE_TABLE -> createTable(s, schema, a);
            case VACUUM -> {
                LockMode m = s.has(Flag.FULL) ? LockMode.ACCESS_EXCLUSIVE : LockMode.SHARE_UPDATE_EXCLUSIVE;
                s.targets().forEach(t -> a.lock(t, Role.TARGET, m));
                a.rewrite = s.has(Flag.FULL);
                a.scan = true;
            }
            case ANALYZE -> {
                s.targets().forEach(t -> a.lock(t, Role.TARGET, LockMode.SHARE_UPDATE_EXCLUSIVE));
                a.scan = true;
            }
            case CLUSTER -> {
                s.targets().forEach(t -> a.lock(t, Role.TARGET, LockMode.ACCESS_EXCLUSIVE));
                a.rewrite = true;
                a.scan = true;
            }
            case LOCK_TABLE -> s.targets().forEach(t -> a.lock(t, Role.TARGET, s.explicitLock()));
            case INSERT, UPDATE, DELETE -> {
                s.targets().forEach(t -> a.lock(t, Role.TARGET, LockMode.ROW_EXCLUSIVE));
                a.scan = s.kind() != MigrationStatement.Kind.INSERT && !s.text().matches("(?is).*\\bWHERE\\b.*");
            }
            case COMMENT -> s.targets().forEach(t -> a.lock(t, Role.TARGET, LockMode.SHARE_UPDATE_EXCLUSIVE));
            case DO_BLOCK, UNKNOWN -> a.note("not analysed: its locks are unknown");
            default -> {
                // transaction control, SET, SELECT, other DDL: no table lock worth reporting
            }
        }
        return a.build();
    }

    private static void createIndex(MigrationStatement s, SchemaLookup schema, Acc a) {
        QualifiedName table = s.target();
        if (table == null) {
            return;
        }
        boolean concurrently = s.has(Flag.CONCURRENTLY);
        LockMode mode = concurrently ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.SHARE;
        a.lock(table, Role.TARGET, mode);
        a.scan = true;
        if (concurrently) {
            a.note("two table scans; waits for transactions older than the build; a failure leaves an INVALID index");
        }
        if (!s.has(Flag.ONLY)) {
            for (Table p : schema.partitions(table)) {
                a.lock(p.name(), Role.PARTITION, mode);
            }
        }
    }

    private static void dropIndex(MigrationStatement s, SchemaLookup schema, Acc a) {
        LockMode mode = s.has(Flag.CONCURRENTLY) ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE;
        for (QualifiedName index : s.targets()) {
            var table = schema.tableOfIndex(index);
            table.ifPresent(t -> a.lock(t.name(), Role.TARGET, mode));
            a.lock(index, Role.INDEX, mode);
            if (table.isEmpty()) {
                a.note("the table of index " + index + " is unknown; DROP INDEX locks it " + mode + " too");
            }
        }
    }

    private static void reindex(MigrationStatement s, SchemaLookup schema, Acc a) {
        boolean concurrently = s.has(Flag.CONCURRENTLY);
        LockMode tableMode = concurrently ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.SHARE;
        a.scan = true;
        if (s.name() != null) {
            schema.tableOfIndex(s.name()).ifPresent(t -> a.lock(t.name(), Role.TARGET, tableMode));
            a.lock(s.name(), Role.INDEX, concurrently ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE);
        } else if (s.target() != null) {
            a.lock(s.target(), Role.TARGET, tableMode);
            if (!concurrently) {
                a.note("every index of the table is locked ACCESS EXCLUSIVE while it is rebuilt, so queries that plan with it wait");
            }
        } else {
            a.note("REINDEX " + s.value() + " rebuilds every index of every table in it");
        }
    }

    private static void createTable(MigrationStatement s, SchemaLookup schema, Acc a) {
        if (s.has(Flag.PARTITION_OF) && !s.references().isEmpty()) {
            QualifiedName parent = s.references().get(0);
            a.lock(parent, Role.PARENT, LockMode.ACCESS_EXCLUSIVE);
            schema.defaultPartition(parent).ifPresent(d -> {
                a.lock(d.name(), Role.DEFAULT_PARTITION, LockMode.ACCESS_EXCLUSIVE);
                a.scan = true;
            });
            s.references().stream().skip(1).forEach(r -> a.lock(r, Role.REFERENCED, LockMode.SHARE_ROW_EXCLUSIVE));
            return;
        }
        s.references().stream().filter(r -> !r.equals(s.target()))
                .forEach(r -> a.lock(r, Role.REFERENCED, LockMode.SHARE_ROW_EXCLUSIVE));
    }

    /** Foreign keys in a schema read by the importer are qualified; keep unqualified ones comparable. */
    static QualifiedName qualify(QualifiedName name) {
        return name.schema() == null ? name.withSchema(Dialect.POSTGRES.defaultSchema()) : name;
    }

    /** The type a column has before the statement, for type-change decisions. */
    static dev.lintel.model.schema.DataType typeOf(SchemaLookup schema, QualifiedName table, String column) {
        return schema.column(table, column).map(Column::type).orElse(null);
    }

    static dev.lintel.model.schema.DataType parseType(String text) {
        return text == null ? null : SqlScript.parseType(text, Dialect.POSTGRES);
    }

    /** Collects locks (strongest per relation), flags and notes while one statement is analysed. */
    static final class Acc {
        private final Map<QualifiedName, RelationLock> locks = new LinkedHashMap<>();
        private final List<String> notes = new ArrayList<>();
        private final boolean transactional;
        boolean rewrite;
        boolean scan;

        Acc(boolean transactional) {
            this.transactional = transactional;
        }

        void lock(QualifiedName relation, Role role, LockMode mode) {
            if (relation == null || mode == null) {
                return;
            }
            locks.merge(relation, new RelationLock(relation, role, mode), (old, add) ->
                    add.mode().compareTo(old.mode()) > 0 ? new RelationLock(relation, old.role(), add.mode()) : old);
        }

        void note(String note) {
            if (!notes.contains(note)) {
                notes.add(note);
            }
        }

        StatementLocks build() {
            return new StatementLocks(List.copyOf(locks.values()), rewrite, scan || rewrite, transactional, notes);
        }
    }
}
