package dev.lintel.model.migrate.statement;

import dev.lintel.model.migrate.statement.AlterAction.Flag;
import dev.lintel.model.migrate.statement.AlterAction.Type;
import dev.lintel.model.schema.QualifiedName;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads the comma-separated subcommands of {@code ALTER TABLE t ...}; what it cannot place becomes {@link Type#OTHER}. */
final class AlterTableParser {
    /** Words that end a column's type and start its constraints. */
    private static final Set<String> TYPE_STOPS = Set.of("CONSTRAINT", "NOT", "NULL", "DEFAULT", "PRIMARY", "UNIQUE",
            "CHECK", "REFERENCES", "GENERATED", "COLLATE", "USING", "COMPRESSION", "STORAGE");
    private static final Set<String> DEFAULT_STOPS = Set.of("CONSTRAINT", "NOT", "NULL", "PRIMARY", "UNIQUE", "CHECK",
            "REFERENCES", "GENERATED", "COLLATE");
    /** Storage parameters whose change takes only SHARE UPDATE EXCLUSIVE (ALTER TABLE docs, SET (storage_parameter)). */
    private static final List<String> SUE_PARAMETERS = List.of("fillfactor", "autovacuum_", "toast.", "toast_tuple_target",
            "parallel_workers", "vacuum_", "log_autovacuum");

    private AlterTableParser() {
    }

    static List<AlterAction> read(Tokens in) {
        List<AlterAction> actions = new ArrayList<>();
        for (Tokens part : in.splitTopLevel()) {
            actions.add(readOne(part));
        }
        return actions;
    }

    private static AlterAction readOne(Tokens in) {
        Draft d = new Draft();
        if (in.accept("ADD")) {
            readAdd(in, d);
        } else if (in.accept("DROP")) {
            if (in.accept("CONSTRAINT")) {
                d.type = Type.DROP_CONSTRAINT;
                ifExists(in, d);
                d.constraint = in.identifier();
            } else {
                in.accept("COLUMN");
                d.type = Type.DROP_COLUMN;
                ifExists(in, d);
                d.column = in.identifier();
            }
            if (in.accept("CASCADE")) {
                d.flags.add(Flag.CASCADE);
            }
        } else if (in.accept("ALTER")) {
            if (in.accept("CONSTRAINT")) {
                d.type = Type.OTHER;
                d.constraint = in.identifier();
            } else {
                in.accept("COLUMN");
                d.column = in.identifier();
                readAlterColumn(in, d);
            }
        } else if (in.accept("VALIDATE", "CONSTRAINT")) {
            d.type = Type.VALIDATE_CONSTRAINT;
            d.constraint = in.identifier();
        } else if (in.accept("RENAME")) {
            if (in.accept("TO")) {
                d.type = Type.RENAME_TABLE;
            } else if (in.accept("CONSTRAINT")) {
                d.type = Type.RENAME_CONSTRAINT;
                d.constraint = in.identifier();
                in.accept("TO");
            } else {
                in.accept("COLUMN");
                d.type = Type.RENAME_COLUMN;
                d.column = in.identifier();
                in.accept("TO");
            }
            d.newName = in.identifier();
        } else if (in.accept("SET")) {
            readSet(in, d);
        } else if (in.accept("RESET")) {
            d.type = storageParameters(in.skipParenthesized());
        } else if (in.accept("CLUSTER", "ON")) {
            d.type = Type.CLUSTER_ON;
        } else if (in.nextIs("ENABLE") || in.nextIs("DISABLE")) {
            in.next();
            in.accept("REPLICA");
            in.accept("ALWAYS");
            d.type = in.accept("TRIGGER") ? Type.TRIGGER_STATE : Type.OTHER;
        } else if (in.accept("ATTACH", "PARTITION")) {
            d.type = Type.ATTACH_PARTITION;
            d.related = in.qualifiedName();
        } else if (in.accept("DETACH", "PARTITION")) {
            d.type = Type.DETACH_PARTITION;
            d.related = in.qualifiedName();
            if (in.accept("CONCURRENTLY")) {
                d.flags.add(Flag.CONCURRENTLY);
            }
            if (in.accept("FINALIZE")) {
                d.flags.add(Flag.FINALIZE);
            }
        } else {
            d.type = Type.OTHER;
        }
        return d.build();
    }

    private static void readAdd(Tokens in, Draft d) {
        if (in.accept("CONSTRAINT")) {
            d.constraint = in.identifier();
        }
        if (in.nextIs("CHECK") || in.nextIs("UNIQUE") || in.nextIs("PRIMARY") || in.nextIs("FOREIGN")
                || in.nextIs("EXCLUDE")) {
            readTableConstraint(in, d);
            return;
        }
        in.accept("COLUMN");
        d.type = Type.ADD_COLUMN;
        if (in.accept("IF", "NOT", "EXISTS")) {
            d.flags.add(Flag.IF_NOT_EXISTS);
        }
        d.column = in.identifier();
        d.typeText = in.textUntil(TYPE_STOPS);
        if (d.typeText != null && d.typeText.toLowerCase(Locale.ROOT).matches("(small|big)?serial[248]?")) {
            d.flags.add(Flag.SERIAL);
        }
        readColumnConstraints(in, d);
    }

    private static void readColumnConstraints(Tokens in, Draft d) {
        while (!in.atEnd()) {
            if (in.accept("CONSTRAINT")) {
                in.identifier();
            } else if (in.accept("NOT", "NULL")) {
                d.flags.add(Flag.NOT_NULL);
            } else if (in.accept("NULL")) {
                d.flags.add(Flag.NULL);
            } else if (in.accept("DEFAULT")) {
                d.flags.add(Flag.DEFAULT);
                d.expression = in.textUntil(DEFAULT_STOPS);
            } else if (in.accept("PRIMARY", "KEY")) {
                d.flags.add(Flag.PRIMARY_KEY);
            } else if (in.accept("UNIQUE")) {
                d.flags.add(Flag.UNIQUE);
            } else if (in.accept("CHECK")) {
                d.flags.add(Flag.CHECK);
                in.skipParenthesized();
            } else if (in.accept("REFERENCES")) {
                d.flags.add(Flag.REFERENCES);
                d.related = in.qualifiedName();
                in.skipParenthesized();
            } else if (in.accept("GENERATED")) {
                if (in.accept("ALWAYS", "AS", "IDENTITY") || in.accept("BY", "DEFAULT", "AS", "IDENTITY")) {
                    d.flags.add(Flag.IDENTITY);
                    in.skipParenthesized();
                } else {
                    in.accept("ALWAYS");
                    in.accept("AS");
                    in.skipParenthesized();
                    if (!in.accept("VIRTUAL")) {
                        in.accept("STORED");
                        d.flags.add(Flag.GENERATED_STORED);
                    }
                }
            } else if (in.peek().isSymbol("(")) {
                in.skipParenthesized();
            } else {
                in.next();
            }
        }
    }

    private static void readTableConstraint(Tokens in, Draft d) {
        if (in.accept("CHECK")) {
            d.type = Type.ADD_CHECK;
            d.expression = in.skipParenthesized();
        } else if (in.accept("UNIQUE")) {
            d.type = Type.ADD_UNIQUE;
            if (in.accept("NULLS", "NOT", "DISTINCT")) {
                d.flags.add(Flag.NULLS_NOT_DISTINCT);
            }
            in.accept("NULLS", "DISTINCT");
            d.columns.addAll(in.parenthesizedNames());
        } else if (in.accept("PRIMARY", "KEY")) {
            d.type = Type.ADD_PRIMARY_KEY;
            d.columns.addAll(in.parenthesizedNames());
        } else if (in.accept("FOREIGN", "KEY")) {
            d.type = Type.ADD_FOREIGN_KEY;
            d.columns.addAll(in.parenthesizedNames());
            in.accept("REFERENCES");
            d.related = in.qualifiedName();
        } else {
            in.accept("EXCLUDE");
            d.type = Type.ADD_EXCLUSION;
        }
        if (in.accept("USING", "INDEX")) {
            d.flags.add(Flag.USING_INDEX);
            d.newName = in.identifier();
        }
        if (in.containsWord("VALID") && in.rest().stream().anyMatch(t -> t.isWord("NOT"))) {
            // NOT VALID is the only place VALID appears after a table constraint's head
            d.flags.add(Flag.NOT_VALID);
        }
    }

    private static void readAlterColumn(Tokens in, Draft d) {
        if (in.accept("SET", "DATA", "TYPE") || in.accept("TYPE")) {
            d.type = Type.ALTER_COLUMN_TYPE;
            d.typeText = in.textUntil(TYPE_STOPS);
            if (in.accept("COLLATE")) {
                in.next();
            }
            if (in.accept("USING")) {
                d.flags.add(Flag.USING);
                d.expression = in.textUntil(Set.of());
            }
        } else if (in.accept("SET", "DEFAULT")) {
            d.type = Type.SET_DEFAULT;
            d.expression = in.textUntil(Set.of());
        } else if (in.accept("DROP", "DEFAULT")) {
            d.type = Type.DROP_DEFAULT;
        } else if (in.accept("SET", "NOT", "NULL")) {
            d.type = Type.SET_NOT_NULL;
        } else if (in.accept("DROP", "NOT", "NULL")) {
            d.type = Type.DROP_NOT_NULL;
        } else if (in.accept("SET", "STATISTICS") || in.nextIs("SET") && in.peek(1).isSymbol("(") || in.nextIs("RESET")) {
            d.type = Type.COLUMN_STATISTICS;
        } else if (in.accept("SET", "EXPRESSION")) {
            d.type = Type.SET_EXPRESSION;
        } else if (in.nextIs("ADD", "GENERATED") || in.nextIs("SET", "GENERATED") || in.nextIs("DROP", "IDENTITY")
                || in.nextIs("RESTART") || in.nextIs("SET", "INCREMENT") || in.nextIs("SET", "START")) {
            d.type = Type.IDENTITY;
        } else {
            d.type = Type.OTHER;
        }
    }

    private static void readSet(Tokens in, Draft d) {
        if (in.accept("SCHEMA")) {
            d.type = Type.SET_SCHEMA;
            d.newName = in.identifier();
        } else if (in.accept("TABLESPACE")) {
            d.type = Type.SET_TABLESPACE;
        } else if (in.accept("LOGGED")) {
            d.type = Type.SET_LOGGED;
        } else if (in.accept("UNLOGGED")) {
            d.type = Type.SET_UNLOGGED;
        } else if (in.accept("ACCESS", "METHOD")) {
            d.type = Type.SET_ACCESS_METHOD;
        } else if (in.accept("WITHOUT", "CLUSTER")) {
            d.type = Type.CLUSTER_ON;
        } else if (in.peek().isSymbol("(")) {
            d.type = storageParameters(in.skipParenthesized());
        } else {
            d.type = Type.OTHER;
        }
    }

    /** SHARE UPDATE EXCLUSIVE only when every parameter named is one of the documented ones. */
    private static Type storageParameters(String inner) {
        if (inner == null || inner.isBlank()) {
            return Type.OTHER;
        }
        for (String item : inner.split(",")) {
            String name = item.split("=")[0].strip().toLowerCase(Locale.ROOT);
            if (SUE_PARAMETERS.stream().noneMatch(name::startsWith)) {
                return Type.OTHER;
            }
        }
        return Type.STORAGE_PARAMETERS;
    }

    private static void ifExists(Tokens in, Draft d) {
        if (in.accept("IF", "EXISTS")) {
            d.flags.add(Flag.IF_EXISTS);
        }
    }

    private static final class Draft {
        Type type = Type.OTHER;
        String column;
        String constraint;
        String typeText;
        String expression;
        final List<String> columns = new ArrayList<>();
        QualifiedName related;
        String newName;
        final Set<Flag> flags = EnumSet.noneOf(Flag.class);

        AlterAction build() {
            return new AlterAction(type, column, constraint, typeText, expression, columns, related, newName, flags);
        }
    }
}
