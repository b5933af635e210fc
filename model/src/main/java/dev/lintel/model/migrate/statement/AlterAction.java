package dev.lintel.model.migrate.statement;

import dev.lintel.model.schema.QualifiedName;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One subcommand of {@code ALTER TABLE} (several may be joined by commas; PostgreSQL takes the
 * strongest of their locks). Fields a subcommand does not have are null or empty.
 *
 * @param column the column added, dropped, altered or renamed
 * @param constraint the constraint added (when named), validated, dropped or renamed
 * @param typeText the type as written for ADD COLUMN and ALTER COLUMN TYPE
 * @param expression the DEFAULT of ADD COLUMN / SET DEFAULT, the CHECK body, the USING of a type change
 * @param columns key columns of an added PRIMARY KEY / UNIQUE / FOREIGN KEY
 * @param related the table an added foreign key references, or the partition attached or detached
 * @param newName the new name of a RENAME, or the schema of SET SCHEMA
 */
public record AlterAction(Type type, String column, String constraint, String typeText, String expression,
                          List<String> columns, QualifiedName related, String newName, Set<Flag> flags) {
    public enum Type {
        ADD_COLUMN, DROP_COLUMN, ALTER_COLUMN_TYPE, SET_DEFAULT, DROP_DEFAULT, SET_NOT_NULL, DROP_NOT_NULL,
        ADD_CHECK, ADD_FOREIGN_KEY, ADD_UNIQUE, ADD_PRIMARY_KEY, ADD_EXCLUSION, VALIDATE_CONSTRAINT, DROP_CONSTRAINT,
        RENAME_COLUMN, RENAME_TABLE, RENAME_CONSTRAINT, SET_SCHEMA, ATTACH_PARTITION, DETACH_PARTITION,
        SET_TABLESPACE, SET_LOGGED, SET_UNLOGGED, SET_ACCESS_METHOD,
        /** ALTER COLUMN SET STATISTICS / SET (attribute options) / RESET (...): SHARE UPDATE EXCLUSIVE. */
        COLUMN_STATISTICS,
        /** SET (fillfactor, autovacuum_*, toast.*, parallel_workers ...) / RESET of those: SHARE UPDATE EXCLUSIVE. */
        STORAGE_PARAMETERS,
        /** CLUSTER ON / SET WITHOUT CLUSTER: SHARE UPDATE EXCLUSIVE. */
        CLUSTER_ON,
        /** ENABLE / DISABLE [REPLICA | ALWAYS] TRIGGER: SHARE ROW EXCLUSIVE. */
        TRIGGER_STATE,
        /** ALTER COLUMN ... ADD GENERATED AS IDENTITY / SET GENERATED / DROP IDENTITY / RESTART. */
        IDENTITY,
        /** ALTER COLUMN ... SET EXPRESSION AS (...) on a stored generated column. */
        SET_EXPRESSION,
        /** Anything else ALTER TABLE does: OWNER TO, ROW LEVEL SECURITY, REPLICA IDENTITY, SET STORAGE ... (ACCESS EXCLUSIVE). */
        OTHER
    }

    public enum Flag {
        NOT_VALID, USING_INDEX, NOT_NULL, NULL, UNIQUE, PRIMARY_KEY, CHECK, REFERENCES, DEFAULT, GENERATED_STORED,
        IDENTITY, SERIAL, USING, CONCURRENTLY, FINALIZE, IF_EXISTS, IF_NOT_EXISTS, CASCADE, NULLS_NOT_DISTINCT
    }

    public AlterAction {
        Objects.requireNonNull(type, "type");
        columns = columns == null ? List.of() : List.copyOf(columns);
        flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(flags);
    }

    public static AlterAction of(Type type) {
        return new AlterAction(type, null, null, null, null, List.of(), null, null, Set.of());
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }

    /** Adds a constraint of any kind (including one declared inline in ADD COLUMN). */
    public boolean addsForeignKey() {
        return type == Type.ADD_FOREIGN_KEY || type == Type.ADD_COLUMN && has(Flag.REFERENCES);
    }
}
