package dev.lintel.model.migrate.review;

import dev.lintel.model.migrate.review.rules.*;
import java.util.List;
import java.util.Optional;

/** Every migration-safety rule, in the order findings of one statement are listed. Adding a rule is adding a line here. */
public final class MigrationRuleRegistry {
    private static final List<MigrationRule> ALL = List.of(
            new CreateIndexNonConcurrent(),
            new DropIndexNonConcurrent(),
            new ConcurrentlyInTransaction(),
            new ReindexNonConcurrent(),
            new AddUniqueConstraint(),
            new AddPrimaryKey(),
            new PrimaryKeyOnNullableColumns(),
            new AddCheckWithoutNotValid(),
            new AddForeignKeyWithoutNotValid(),
            new ValidateSameTransaction(),
            new SetNotNullScan(),
            new AddColumnVolatileDefault(),
            new AddColumnStoredGenerated(),
            new AddColumnIdentityOrSerial(),
            new AlterColumnTypeRewrite(),
            new NarrowingTypeChange(),
            new DropColumn(),
            new DropTable(),
            new RenameColumn(),
            new RenameTable(),
            new AddRequiredColumn(),
            new AddUniqueDataDependent(),
            new SetNotNullDataDependent(),
            new EnumAddValueOrdering(),
            new EnumValueRemoval(),
            new ForeignKeyDropLocksBothTables(),
            new MultipleForeignKeysOneMigration(),
            new StatementsAfterAccessExclusive(),
            new TruncateCascade(),
            new RefreshMaterializedViewBlocking(),
            new DetachPartitionNonConcurrent(),
            new AttachPartitionScan(),
            new RequireLockTimeout(),
            new RequireStatementTimeout(),
            new TransactionNesting(),
            new UncommittedTransaction(),
            new MixedTransactionality(),
            new UninspectableSql()
    );

    private MigrationRuleRegistry() {
    }

    public static List<MigrationRule> all() {
        return ALL;
    }

    public static Optional<MigrationRule> byId(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
