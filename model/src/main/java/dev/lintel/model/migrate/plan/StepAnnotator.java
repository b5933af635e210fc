package dev.lintel.model.migrate.plan;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.migrate.lock.LockAnalysis;
import dev.lintel.model.migrate.lock.StatementLocks;
import dev.lintel.model.migrate.statement.MigrationStatement;
import dev.lintel.model.migrate.statement.StatementParser;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills every step's lock, rewrite and scan from the migration review engine's analysis of its
 * SQL ({@link LockAnalysis}), so the plan and a review of the same script never disagree.
 * Each statement is analysed against the slice of the old schema it can touch (the tables it
 * names, their foreign-key neighbours, the table of a named index), found through maps built
 * once: annotating stays linear in the schema size however many steps there are.
 */
final class StepAnnotator {
    private final Map<QualifiedName, Table> tables;
    private final Map<String, Table> tableOfIndex = new HashMap<>();
    private final Map<QualifiedName, List<Table>> referencing = new HashMap<>();
    private final Schema before;

    private StepAnnotator(Schema before) {
        this.before = before;
        this.tables = before.tablesByName();
        for (Table t : before.tables()) {
            for (Index i : t.indexes()) {
                tableOfIndex.put(t.name().schema() + "." + i.name(), t);
            }
            for (ForeignKey fk : t.foreignKeys()) {
                referencing.computeIfAbsent(fk.referencedTable(), k -> new ArrayList<>()).add(t);
            }
        }
    }

    static List<Step> annotate(List<Step> steps, Schema before, Dialect dialect) {
        if (dialect != Dialect.POSTGRES) {
            return steps.stream().map(s -> s.withLocks(new StepLocks("H2 DDL (not analysed)", false, false, false, false))).toList();
        }
        StepAnnotator annotator = new StepAnnotator(before);
        return steps.stream().map(s -> s.withLocks(annotator.locks(s))).toList();
    }

    private StepLocks locks(Step s) {
        if (s.sql().strip().startsWith("--")) {
            return new StepLocks("template only, nothing runs", false, false, false, false);
        }
        MigrationStatement statement = StatementParser.parse(s.sql(), 1);
        StatementLocks l = LockAnalysis.analyze(statement, slice(statement));
        return new StepLocks(l.locks().isEmpty() ? "no table lock" : String.join("; ",
                l.locks().stream().map(r -> r.describe()).toList()), l.rewrite(), l.scan(), l.blocksReads(), l.blocksWrites());
    }

    private Schema slice(MigrationStatement statement) {
        // Keyed by name: hashing a Table record would hash every column of it.
        Map<QualifiedName, Table> out = new LinkedHashMap<>();
        List<QualifiedName> names = new ArrayList<>(statement.targets());
        names.addAll(statement.references());
        if (statement.name() != null) {
            names.add(statement.name());
            Table owner = tableOfIndex.get(statement.name().schema() + "." + statement.name().name());
            if (owner != null) {
                out.put(owner.name(), owner);
            }
        }
        for (QualifiedName n : names) {
            Table t = tables.get(n);
            if (t == null) {
                continue;
            }
            out.put(t.name(), t);
            for (ForeignKey fk : t.foreignKeys()) {
                Table target = tables.get(fk.referencedTable());
                if (target != null) {
                    out.put(target.name(), target);
                }
            }
            referencing.getOrDefault(n, List.of()).forEach(r -> out.put(r.name(), r));
        }
        return before.withTables(List.copyOf(out.values()));
    }
}
