package dev.lintel.model.migrate.review;

import dev.lintel.model.ddl.parse.SchemaReplay;
import dev.lintel.model.ddl.parse.SqlScript;
import dev.lintel.model.ddl.render.DdlRenderer;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.lint.Finding;
import dev.lintel.model.migrate.lock.LockAnalysis;
import dev.lintel.model.migrate.lock.StatementLocks;
import dev.lintel.model.migrate.statement.AlterAction;
import dev.lintel.model.migrate.statement.MigrationStatement;
import dev.lintel.model.migrate.statement.MigrationStatement.Kind;
import dev.lintel.model.migrate.statement.StatementParser;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.SourceLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reviews a PostgreSQL migration script statement by statement: the schema before each
 * statement (the given schema, then the script replayed through the importer), the statement's
 * locks ({@link LockAnalysis}), its transaction as psql runs it, and the relations the script
 * created earlier (exempt from lock rules). Then every rule judges the script.
 */
public final class MigrationReviewer {
    private final List<MigrationRule> rules;

    public MigrationReviewer() {
        this(MigrationRuleRegistry.all());
    }

    public MigrationReviewer(List<MigrationRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * @param beforeSql DDL of the schema the script applies to, or null when unknown
     */
    public MigrationReview reviewAgainstSql(String script, String fileName, String beforeSql) {
        try (SchemaReplay replay = new SchemaReplay(Dialect.POSTGRES, fileName)) {
            if (beforeSql != null) {
                replay.applyScript(beforeSql);
            }
            return review(script, fileName, replay, beforeSql != null);
        }
    }

    /** @param before the schema the script applies to (from any input), or null when unknown */
    public MigrationReview review(String script, String fileName, Schema before) {
        String beforeSql = before == null ? null : new DdlRenderer().render(before, Dialect.POSTGRES).sql();
        return reviewAgainstSql(script, fileName, beforeSql);
    }

    private MigrationReview review(String script, String fileName, SchemaReplay replay, boolean schemaKnown) {
        String text = script.startsWith("\uFEFF") ? script.substring(1) : script;
        List<SqlScript.Statement> cut = SqlScript.split(text, Dialect.POSTGRES);
        List<ReviewedStatement> statements = new ArrayList<>();
        TransactionTracker tx = new TransactionTracker();
        Set<QualifiedName> created = new HashSet<>();
        for (SqlScript.Statement raw : cut) {
            MigrationStatement s = StatementParser.parse(raw.text(), raw.line());
            Schema before = replay.schema();
            StatementLocks locks = LockAnalysis.analyze(s, before);
            Transaction t = tx.enter(s);
            statements.add(new ReviewedStatement(statements.size(), s, locks, t, before, created,
                    new SourceLocation(fileName, raw.line(), raw.column())));
            remember(s, created);
            replay.apply(raw);
        }
        ReviewContext context = new ReviewContext(fileName, statements, schemaKnown);
        List<ReviewFinding> findings = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (MigrationRule rule : rules) {
            try {
                rule.check(context, (at, what, safe) -> findings.add(finding(rule, at, what, safe)));
            } catch (RuntimeException e) {
                failures.add(rule.id() + ": " + e);
            }
        }
        findings.sort(Comparator.comparingInt((ReviewFinding f) -> f.statement().index())
                .thenComparingInt(f -> rules.indexOf(rule(f.finding().ruleId()))));
        return new MigrationReview(context, findings, failures);
    }

    private MigrationRule rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    /** What the script creates: later statements on it are exempt from lock rules. */
    private static void remember(MigrationStatement s, Set<QualifiedName> created) {
        switch (s.kind()) {
            case CREATE_TABLE -> created.addAll(s.targets());
            case CREATE_INDEX -> {
                if (s.name() != null) {
                    created.add(s.name());
                }
            }
            case ALTER_TABLE -> {
                if (created.contains(s.target())) {
                    for (AlterAction a : s.actions()) {
                        if (a.type() == AlterAction.Type.RENAME_TABLE && a.newName() != null) {
                            created.add(s.target().withName(a.newName()));
                        }
                    }
                }
            }
            default -> {
            }
        }
    }

    private static ReviewFinding finding(MigrationRule rule, ReviewedStatement at, String what, String safe) {
        MigrationStatement s = at.statement();
        QualifiedName target = s.target() != null ? s.target() : s.name();
        ObjectPath object = target != null ? ObjectPath.table(target)
                : ObjectPath.of(ObjectPath.Kind.OPAQUE, QualifiedName.unqualified("statement " + s.line()));
        StringBuilder message = new StringBuilder(what);
        if (!at.locks().locks().isEmpty() || at.locks().rewrite() || at.locks().scan()) {
            message.append(" Lock: ").append(at.locks().summary()).append('.');
        }
        if (safe != null) {
            message.append(" Safe alternative: ").append(safe);
        }
        Finding f = new Finding(rule.id(), rule.defaultSeverity(), object, message.toString(), null, at.location(),
                List.of(), null);
        return new ReviewFinding(f, at, what, safe);
    }

    /** psql's transaction semantics plus the session settings that matter to lock rules. */
    private static final class TransactionTracker {
        private int nextId;
        private int blockId = -1;
        private boolean sessionLockTimeout;
        private boolean sessionStatementTimeout;
        private boolean localLockTimeout;
        private boolean localStatementTimeout;

        Transaction enter(MigrationStatement s) {
            if (s.kind() == Kind.BEGIN && blockId < 0) {
                blockId = nextId++;
                return current();
            }
            Transaction t = blockId >= 0 ? current() : new Transaction(nextId++, false, sessionLockTimeout,
                    sessionStatementTimeout);
            if (s.kind() == Kind.COMMIT || s.kind() == Kind.ROLLBACK) {
                blockId = -1;
                localLockTimeout = false;
                localStatementTimeout = false;
            } else if (s.kind() == Kind.SET && s.name() != null) {
                boolean on = !off(s.value());
                boolean local = s.has(MigrationStatement.Flag.LOCAL);
                switch (s.name().name()) {
                    case "lock_timeout" -> {
                        if (local) {
                            localLockTimeout = on && blockId >= 0;
                        } else {
                            sessionLockTimeout = on;
                        }
                    }
                    case "statement_timeout" -> {
                        if (local) {
                            localStatementTimeout = on && blockId >= 0;
                        } else {
                            sessionStatementTimeout = on;
                        }
                    }
                    default -> {
                    }
                }
            } else if (s.kind() == Kind.RESET) {
                String what = s.name() == null ? "all" : s.name().name().toLowerCase(Locale.ROOT);
                if (what.equals("all") || what.equals("lock_timeout")) {
                    sessionLockTimeout = false;
                    localLockTimeout = false;
                }
                if (what.equals("all") || what.equals("statement_timeout")) {
                    sessionStatementTimeout = false;
                    localStatementTimeout = false;
                }
            }
            return t;
        }

        private Transaction current() {
            return new Transaction(blockId, true, sessionLockTimeout || localLockTimeout,
                    sessionStatementTimeout || localStatementTimeout);
        }

        private static boolean off(String value) {
            if (value == null) {
                return true;
            }
            String v = value.strip().toLowerCase(Locale.ROOT);
            return v.isEmpty() || v.equals("default") || v.matches("0+\\s*(ms|s|min|h|d|us)?");
        }
    }
}
