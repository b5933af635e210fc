package dev.lintel.model.migrate.review;

import dev.lintel.model.migrate.lock.LockMode;
import dev.lintel.model.migrate.lock.RelationLock;
import dev.lintel.model.migrate.statement.AlterAction;
import dev.lintel.model.migrate.statement.MigrationStatement.Kind;
import java.util.List;
import java.util.stream.Stream;

/** Small questions rules ask about a reviewed statement. */
public final class Statements {
    private Statements() {
    }

    public static boolean is(ReviewedStatement s, Kind kind) {
        return s.statement().kind() == kind;
    }

    /** ALTER TABLE subcommands of the given types, on a table that exists from before the script. */
    public static List<AlterAction> actionsOnExisting(ReviewedStatement s, AlterAction.Type... types) {
        if (!is(s, Kind.ALTER_TABLE) || !s.targetPreExisting()) {
            return List.of();
        }
        return s.statement().actions().stream().filter(a -> Stream.of(types).anyMatch(t -> t == a.type())).toList();
    }

    /** Locks stronger than ROW EXCLUSIVE on relations the script did not create. */
    public static List<RelationLock> strongLocksOnExisting(ReviewedStatement s) {
        return s.locks().locks().stream()
                .filter(l -> l.mode().strongerThanRowExclusive() && !s.isNew(l.relation()))
                .toList();
    }

    public static boolean takesAccessExclusiveOnExisting(ReviewedStatement s) {
        return strongLocksOnExisting(s).stream().anyMatch(l -> l.mode() == LockMode.ACCESS_EXCLUSIVE);
    }

    /** The quoted column or constraint name for messages. */
    public static String q(String name) {
        return name == null ? "?" : name;
    }
}
