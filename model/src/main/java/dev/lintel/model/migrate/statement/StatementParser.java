package dev.lintel.model.migrate.statement;

import dev.lintel.model.ddl.parse.SqlScript;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.migrate.lock.LockMode;
import dev.lintel.model.migrate.statement.MigrationStatement.Flag;
import dev.lintel.model.migrate.statement.MigrationStatement.Kind;
import dev.lintel.model.schema.QualifiedName;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads PostgreSQL migration statements into {@link MigrationStatement}s. Scripts are cut by the
 * importer's splitter ({@link SqlScript#split}), so dollar quotes, comments and psql
 * meta-commands cut exactly as on import. Total: a statement it cannot read becomes
 * {@link Kind#UNKNOWN}, never an exception.
 */
public final class StatementParser {
    private StatementParser() {
    }

    /** Every statement of a script, with its line. */
    public static List<MigrationStatement> parseScript(String script) {
        String text = script.startsWith("\uFEFF") ? script.substring(1) : script;
        return SqlScript.split(text, Dialect.POSTGRES).stream().map(s -> parse(s.text(), s.line())).toList();
    }

    /** One statement (without its delimiter). */
    public static MigrationStatement parse(String sql, int line) {
        if (sql.startsWith("\\")) {
            return new Builder(sql, line, Kind.META_COMMAND).build();
        }
        try {
            Tokens in = new Tokens(sql);
            if (in.atEnd()) {
                return new Builder(sql, line, Kind.EMPTY).build();
            }
            return read(in, new Builder(sql, line, Kind.UNKNOWN)).build();
        } catch (RuntimeException e) {
            return new Builder(sql, line, Kind.UNKNOWN).build();
        }
    }

    private static Builder read(Tokens in, Builder b) {
        String first = in.next().text().toUpperCase(Locale.ROOT);
        switch (first) {
            case "BEGIN", "START" -> {
                b.kind = Kind.BEGIN;
                b.flags.add(Flag.TRANSACTION);
            }
            case "COMMIT", "END" -> b.kind = Kind.COMMIT;
            case "ABORT" -> b.kind = Kind.ROLLBACK;
            case "ROLLBACK" -> b.kind = in.nextIs("TO") ? Kind.SAVEPOINT : Kind.ROLLBACK;
            case "SAVEPOINT", "RELEASE" -> b.kind = Kind.SAVEPOINT;
            case "SET" -> readSet(in, b);
            case "RESET" -> {
                b.kind = Kind.RESET;
                b.name = in.qualifiedName();
            }
            case "CREATE" -> readCreate(in, b);
            case "DROP" -> readDrop(in, b);
            case "ALTER" -> readAlter(in, b);
            case "REINDEX" -> readReindex(in, b);
            case "TRUNCATE" -> {
                b.kind = Kind.TRUNCATE;
                in.accept("TABLE");
                in.accept("ONLY");
                b.targets.addAll(in.nameList());
                if (in.containsWord("CASCADE")) {
                    b.flags.add(Flag.CASCADE);
                }
            }
            case "REFRESH" -> {
                in.accept("MATERIALIZED", "VIEW");
                b.kind = Kind.REFRESH_MATERIALIZED_VIEW;
                if (in.accept("CONCURRENTLY")) {
                    b.flags.add(Flag.CONCURRENTLY);
                }
                b.targets.add(in.qualifiedName());
                if (in.containsWord("NO")) {
                    b.flags.add(Flag.WITH_NO_DATA);
                }
            }
            case "VACUUM" -> readVacuum(in, b);
            case "ANALYZE", "ANALYSE" -> {
                b.kind = Kind.ANALYZE;
                in.accept("VERBOSE");
                b.targets.addAll(in.nameList());
            }
            case "CLUSTER" -> {
                b.kind = Kind.CLUSTER;
                in.accept("VERBOSE");
                QualifiedName t = in.qualifiedName();
                if (t != null) {
                    b.targets.add(t);
                }
            }
            case "LOCK" -> readLock(in, b);
            case "INSERT" -> {
                b.kind = Kind.INSERT;
                in.accept("INTO");
                b.targets.add(in.qualifiedName());
            }
            case "UPDATE" -> {
                b.kind = Kind.UPDATE;
                in.accept("ONLY");
                b.targets.add(in.qualifiedName());
            }
            case "DELETE" -> {
                b.kind = Kind.DELETE;
                in.accept("FROM");
                in.accept("ONLY");
                b.targets.add(in.qualifiedName());
            }
            case "SELECT", "WITH", "VALUES", "SHOW", "EXPLAIN" -> b.kind = Kind.SELECT;
            case "COMMENT" -> readComment(in, b);
            case "DO" -> b.kind = Kind.DO_BLOCK;
            case "GRANT", "REVOKE" -> b.kind = Kind.OTHER_DDL;
            default -> b.kind = Kind.UNKNOWN;
        }
        b.targets.removeIf(java.util.Objects::isNull);
        return b;
    }

    private static void readSet(Tokens in, Builder b) {
        b.kind = Kind.SET;
        if (in.accept("LOCAL")) {
            b.flags.add(Flag.LOCAL);
        } else {
            in.accept("SESSION");
        }
        String name = in.identifier();
        if (name == null) {
            return;
        }
        b.name = QualifiedName.unqualified(name.toLowerCase(Locale.ROOT));
        if (!in.acceptSymbol("=")) {
            in.accept("TO");
        }
        StringBuilder v = new StringBuilder();
        while (!in.atEnd()) {
            String t = in.next().text();
            v.append(t.startsWith("'") && t.endsWith("'") && t.length() >= 2 ? t.substring(1, t.length() - 1) : t);
        }
        b.value = v.toString();
    }

    private static void readCreate(Tokens in, Builder b) {
        in.accept("OR", "REPLACE");
        boolean unique = in.accept("UNIQUE");
        if (in.accept("INDEX")) {
            b.kind = Kind.CREATE_INDEX;
            if (unique) {
                b.flags.add(Flag.UNIQUE);
            }
            if (in.accept("CONCURRENTLY")) {
                b.flags.add(Flag.CONCURRENTLY);
            }
            if (in.accept("IF", "NOT", "EXISTS")) {
                b.flags.add(Flag.IF_NOT_EXISTS);
            }
            if (!in.nextIs("ON")) {
                b.name = in.qualifiedName();
            }
            in.accept("ON");
            if (in.accept("ONLY")) {
                b.flags.add(Flag.ONLY);
            }
            b.targets.add(in.qualifiedName());
            if (b.name != null && b.target() != null) {
                b.name = b.name.withSchema(b.target().schema());
            }
            return;
        }
        if (in.accept("GLOBAL") || in.accept("LOCAL")) {
            b.flags.add(Flag.TEMPORARY);
        }
        if (in.accept("TEMPORARY") || in.accept("TEMP")) {
            b.flags.add(Flag.TEMPORARY);
        }
        if (in.accept("UNLOGGED")) {
            b.flags.add(Flag.UNLOGGED);
        }
        if (in.accept("TABLE")) {
            readCreateTable(in, b);
        } else if (in.accept("MATERIALIZED", "VIEW")) {
            b.kind = Kind.CREATE_TABLE;
            b.flags.add(Flag.MATERIALIZED_VIEW);
            in.accept("IF", "NOT", "EXISTS");
            b.targets.add(in.qualifiedName());
        } else if (in.accept("TRIGGER") || in.accept("CONSTRAINT", "TRIGGER")) {
            b.kind = Kind.CREATE_TRIGGER;
            while (!in.atEnd() && !in.nextIs("ON")) {
                in.next();
            }
            in.accept("ON");
            b.targets.add(in.qualifiedName());
        } else if (in.accept("DATABASE")) {
            b.kind = Kind.CREATE_DATABASE;
        } else {
            b.kind = Kind.OTHER_DDL;
        }
    }

    private static void readCreateTable(Tokens in, Builder b) {
        b.kind = Kind.CREATE_TABLE;
        if (in.accept("IF", "NOT", "EXISTS")) {
            b.flags.add(Flag.IF_NOT_EXISTS);
        }
        b.targets.add(in.qualifiedName());
        if (in.accept("PARTITION", "OF")) {
            b.flags.add(Flag.PARTITION_OF);
            b.references.add(in.qualifiedName());
        }
        List<SqlScript.Token> rest = in.rest();
        for (int i = 0; i < rest.size(); i++) {
            if (rest.get(i).isWord("REFERENCES")) {
                QualifiedName r = new Tokens(in.textAfter(rest.get(i))).qualifiedName();
                if (r != null && !b.references.contains(r)) {
                    b.references.add(r);
                }
            } else if (rest.get(i).isWord("AS") && (i == 0 || rest.get(i - 1).isSymbol(")"))) {
                b.flags.add(Flag.AS_SELECT);
            }
        }
    }

    private static void readDrop(Tokens in, Builder b) {
        if (in.accept("INDEX")) {
            b.kind = Kind.DROP_INDEX;
            if (in.accept("CONCURRENTLY")) {
                b.flags.add(Flag.CONCURRENTLY);
            }
        } else if (in.accept("TABLE")) {
            b.kind = Kind.DROP_TABLE;
        } else if (in.accept("TRIGGER")) {
            b.kind = Kind.DROP_TRIGGER;
            if (in.accept("IF", "EXISTS")) {
                b.flags.add(Flag.IF_EXISTS);
            }
            b.name = in.qualifiedName();
            in.accept("ON");
            b.targets.add(in.qualifiedName());
            return;
        } else if (in.accept("MATERIALIZED", "VIEW")) {
            b.kind = Kind.DROP_TABLE;
            b.flags.add(Flag.MATERIALIZED_VIEW);
        } else {
            b.kind = Kind.OTHER_DDL;
            return;
        }
        if (in.accept("IF", "EXISTS")) {
            b.flags.add(Flag.IF_EXISTS);
        }
        b.targets.addAll(in.nameList());
        if (in.accept("CASCADE")) {
            b.flags.add(Flag.CASCADE);
        }
    }

    private static void readAlter(Tokens in, Builder b) {
        if (in.accept("TABLE") || in.accept("FOREIGN", "TABLE")) {
            b.kind = Kind.ALTER_TABLE;
            if (in.accept("IF", "EXISTS")) {
                b.flags.add(Flag.IF_EXISTS);
            }
            if (in.accept("ONLY")) {
                b.flags.add(Flag.ONLY);
            }
            b.targets.add(in.qualifiedName());
            in.acceptSymbol("*");
            b.actions.addAll(AlterTableParser.read(in));
        } else if (in.accept("INDEX")) {
            b.kind = Kind.ALTER_INDEX;
            in.accept("IF", "EXISTS");
            b.name = in.qualifiedName();
        } else if (in.accept("TYPE")) {
            b.name = in.qualifiedName();
            if (in.accept("ADD", "VALUE")) {
                b.kind = Kind.ALTER_TYPE_ADD_VALUE;
                if (in.accept("IF", "NOT", "EXISTS")) {
                    b.flags.add(Flag.IF_NOT_EXISTS);
                }
                b.value = in.next().text();
                if (in.nextIs("BEFORE") || in.nextIs("AFTER")) {
                    b.flags.add(Flag.BEFORE_OR_AFTER);
                }
            } else {
                b.kind = in.accept("RENAME", "VALUE") ? Kind.ALTER_TYPE_RENAME_VALUE : Kind.ALTER_TYPE;
            }
        } else if (in.accept("DOMAIN")) {
            b.name = in.qualifiedName();
            b.kind = in.accept("ADD") ? Kind.ALTER_DOMAIN_ADD_CONSTRAINT : Kind.OTHER_DDL;
            if (b.kind == Kind.ALTER_DOMAIN_ADD_CONSTRAINT && in.containsWord("VALID")) {
                b.value = "NOT VALID";
            }
        } else if (in.accept("MATERIALIZED", "VIEW")) {
            b.kind = Kind.ALTER_TABLE;
            b.flags.add(Flag.MATERIALIZED_VIEW);
            in.accept("IF", "EXISTS");
            b.targets.add(in.qualifiedName());
            b.actions.addAll(AlterTableParser.read(in));
        } else {
            b.kind = Kind.OTHER_DDL;
        }
    }

    private static void readReindex(Tokens in, Builder b) {
        b.kind = Kind.REINDEX;
        in.skipParenthesized();
        String what = in.next().text().toUpperCase(Locale.ROOT);
        if (in.accept("CONCURRENTLY")) {
            b.flags.add(Flag.CONCURRENTLY);
        }
        QualifiedName n = in.qualifiedName();
        if (what.equals("INDEX")) {
            b.name = n;
        } else if (what.equals("TABLE") && n != null) {
            b.targets.add(n);
        } else {
            b.value = what;
        }
    }

    private static void readVacuum(Tokens in, Builder b) {
        b.kind = Kind.VACUUM;
        String options = in.skipParenthesized();
        if (in.accept("FULL") || options != null && options.toUpperCase(Locale.ROOT).matches("(?s).*\\bFULL\\b(?!\\s+(FALSE|OFF|0)).*")) {
            b.flags.add(Flag.FULL);
        }
        while (in.accept("FREEZE") || in.accept("VERBOSE") || in.accept("ANALYZE") || in.accept("ANALYSE")) {
            // options before the table list
        }
        b.targets.addAll(in.nameList());
    }

    private static void readComment(Tokens in, Builder b) {
        b.kind = Kind.COMMENT;
        in.accept("ON");
        if (in.accept("TABLE")) {
            b.targets.add(in.qualifiedName());
        } else if (in.accept("COLUMN")) {
            List<String> parts = new ArrayList<>();
            do {
                String part = in.identifier();
                if (part == null) {
                    break;
                }
                parts.add(part);
            } while (in.acceptSymbol("."));
            int n = parts.size();
            if (n >= 2) {
                b.targets.add(new QualifiedName(n >= 3 ? parts.get(n - 3) : Dialect.POSTGRES.defaultSchema(), parts.get(n - 2)));
            }
        }
    }

    private static void readLock(Tokens in, Builder b) {
        b.kind = Kind.LOCK_TABLE;
        in.accept("TABLE");
        in.accept("ONLY");
        b.targets.addAll(in.nameList());
        LockMode mode = LockMode.ACCESS_EXCLUSIVE;
        if (in.accept("IN")) {
            StringBuilder words = new StringBuilder();
            while (!in.atEnd() && !in.nextIs("MODE")) {
                words.append(words.isEmpty() ? "" : " ").append(in.next().text());
            }
            mode = LockMode.parse(words.toString()).orElse(LockMode.ACCESS_EXCLUSIVE);
        }
        b.explicitLock = mode;
    }

    /** Mutable while reading; frozen into the record at the end. */
    private static final class Builder {
        final String text;
        final int line;
        Kind kind;
        final List<QualifiedName> targets = new ArrayList<>();
        QualifiedName name;
        final Set<Flag> flags = EnumSet.noneOf(Flag.class);
        final List<AlterAction> actions = new ArrayList<>();
        final List<QualifiedName> references = new ArrayList<>();
        String value;
        LockMode explicitLock;

        Builder(String text, int line, Kind kind) {
            this.text = text;
            this.line = line;
            this.kind = kind;
        }

        QualifiedName target() {
            return targets.isEmpty() ? null : targets.get(0);
        }

        MigrationStatement build() {
            references.removeIf(java.util.Objects::isNull);
            return new MigrationStatement(text, line, kind, targets, name, flags, actions, references, value, explicitLock);
        }
    }
}
