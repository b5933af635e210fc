package dev.lintel.model.migrate.lock;

import dev.lintel.model.migrate.lock.RelationLock.Role;
import dev.lintel.model.migrate.statement.AlterAction;
import dev.lintel.model.migrate.statement.AlterAction.Flag;
import dev.lintel.model.migrate.statement.MigrationStatement;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Table;

/**
 * ALTER TABLE: each subcommand's lock (ACCESS EXCLUSIVE unless the docs say lower; the strongest
 * of all subcommands wins), the other tables it locks, and whether it rewrites or scans.
 */
final class AlterTableLocks {
    private AlterTableLocks() {
    }

    static void analyze(MigrationStatement s, SchemaLookup schema, LockAnalysis.Acc a) {
        QualifiedName table = s.target();
        if (table == null) {
            a.note("ALTER TABLE without a table name: not analysed");
            return;
        }
        for (AlterAction action : s.actions()) {
            a.lock(table, Role.TARGET, mode(action));
            effects(table, action, schema, a);
        }
        if (s.actions().isEmpty()) {
            a.lock(table, Role.TARGET, LockMode.ACCESS_EXCLUSIVE);
        }
    }

    /** The lock on the altered table itself (ALTER TABLE docs, per subcommand). */
    static LockMode mode(AlterAction action) {
        return switch (action.type()) {
            case COLUMN_STATISTICS, STORAGE_PARAMETERS, CLUSTER_ON, VALIDATE_CONSTRAINT, ATTACH_PARTITION ->
                    LockMode.SHARE_UPDATE_EXCLUSIVE;
            case ADD_FOREIGN_KEY, TRIGGER_STATE -> LockMode.SHARE_ROW_EXCLUSIVE;
            case DETACH_PARTITION -> action.has(Flag.CONCURRENTLY) ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE;
            default -> LockMode.ACCESS_EXCLUSIVE;
        };
    }

    private static void effects(QualifiedName table, AlterAction action, SchemaLookup schema, LockAnalysis.Acc a) {
        switch (action.type()) {
            case ADD_COLUMN -> addColumn(table, action, schema, a);
            case ALTER_COLUMN_TYPE -> {
                TypeChange change = TypeChange.classify(LockAnalysis.typeOf(schema, table, action.column()),
                        LockAnalysis.parseType(action.typeText()), action.has(Flag.USING));
                switch (change.cost()) {
                    case REWRITE -> a.rewrite = true;
                    case INDEX_REBUILD -> a.scan = true;
                    case UNKNOWN -> {
                        a.rewrite = true;
                        a.note("type change of " + action.column() + " assumed to rewrite: " + change.reason());
                    }
                    default -> {
                    }
                }
            }
            case SET_NOT_NULL -> {
                var proven = schema.provenNotNull(table, action.column());
                if (proven.isEmpty()) {
                    a.scan = true;
                    a.note("SET NOT NULL assumed to scan: no validated CHECK (" + action.column()
                            + " IS NOT NULL) is known without a schema");
                } else if (!proven.get()) {
                    a.scan = true;
                }
            }
            case ADD_CHECK -> a.scan |= !action.has(Flag.NOT_VALID);
            case ADD_FOREIGN_KEY -> {
                a.lock(LockAnalysis.qualify(action.related()), Role.REFERENCED, LockMode.SHARE_ROW_EXCLUSIVE);
                a.scan |= !action.has(Flag.NOT_VALID);
            }
            case ADD_UNIQUE, ADD_EXCLUSION -> a.scan |= !action.has(Flag.USING_INDEX);
            case ADD_PRIMARY_KEY -> {
                boolean nullable = action.columns().stream().anyMatch(c ->
                        schema.column(table, c).map(col -> col.nullable()).orElse(false));
                a.scan |= !action.has(Flag.USING_INDEX) || nullable;
            }
            case VALIDATE_CONSTRAINT -> {
                a.scan = true;
                schema.foreignKey(table, action.constraint()).ifPresent(fk ->
                        a.lock(LockAnalysis.qualify(fk.referencedTable()), Role.REFERENCED, LockMode.ROW_SHARE));
                if (!schema.known()) {
                    a.note("validating a foreign key also takes ROW SHARE on the referenced table");
                }
            }
            case DROP_CONSTRAINT -> {
                schema.foreignKey(table, action.constraint()).ifPresent(fk ->
                        a.lock(LockAnalysis.qualify(fk.referencedTable()), Role.REFERENCED, LockMode.ACCESS_EXCLUSIVE));
                if (!schema.known()) {
                    a.note("if " + action.constraint() + " is a foreign key, the referenced table is locked ACCESS EXCLUSIVE too");
                }
            }
            case ATTACH_PARTITION -> {
                a.lock(action.related(), Role.PARTITION, LockMode.ACCESS_EXCLUSIVE);
                schema.defaultPartition(table).ifPresent(d -> a.lock(d.name(), Role.DEFAULT_PARTITION,
                        LockMode.ACCESS_EXCLUSIVE));
                a.scan = true;
                a.note("the partition is scanned unless a validated CHECK on it implies the partition bound");
            }
            case DETACH_PARTITION -> a.lock(action.related(), Role.PARTITION,
                    action.has(Flag.CONCURRENTLY) ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE);
            case SET_TABLESPACE, SET_LOGGED, SET_UNLOGGED, SET_ACCESS_METHOD, SET_EXPRESSION -> a.rewrite = true;
            default -> {
            }
        }
    }

    private static void addColumn(QualifiedName table, AlterAction action, SchemaLookup schema, LockAnalysis.Acc a) {
        boolean volatileDefault = action.has(Flag.DEFAULT) && Volatility.volatileCall(action.expression()).isPresent();
        boolean rewrite = volatileDefault || action.has(Flag.SERIAL) || action.has(Flag.IDENTITY)
                || action.has(Flag.GENERATED_STORED) || schema.constrainedDomain(action.typeText()).isPresent();
        a.rewrite |= rewrite;
        boolean requiredWithoutDefault = action.has(Flag.NOT_NULL) && !action.has(Flag.DEFAULT);
        a.scan |= rewrite || requiredWithoutDefault || action.has(Flag.CHECK) || action.has(Flag.REFERENCES)
                || action.has(Flag.UNIQUE) || action.has(Flag.PRIMARY_KEY);
        if (action.has(Flag.REFERENCES) && action.related() != null) {
            a.lock(LockAnalysis.qualify(action.related()), Role.REFERENCED, LockMode.SHARE_ROW_EXCLUSIVE);
        }
        if (schema.table(table).map(Table::isPartitioned).orElse(false)) {
            schema.partitions(table).forEach(p -> a.lock(p.name(), Role.PARTITION, LockMode.ACCESS_EXCLUSIVE));
        }
    }
}
