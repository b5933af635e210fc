package dev.lintel.model.migrate.lock;

import dev.lintel.model.schema.CheckConstraint;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.Domain;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The questions migration analysis asks of the schema a statement runs against. Every answer
 * is "unknown" (empty) when there is no schema, so callers can say they assumed.
 */
public final class SchemaLookup {
    private static final Pattern AND = Pattern.compile("(?i)\\s+AND\\s+");

    private final Schema schema;

    /** @param schema the schema before the statement, or null when unknown */
    public SchemaLookup(Schema schema) {
        this.schema = schema;
    }

    public boolean known() {
        return schema != null;
    }

    public Optional<Table> table(QualifiedName name) {
        return schema == null || name == null ? Optional.empty() : schema.table(name);
    }

    public Optional<Column> column(QualifiedName table, String column) {
        return table(table).flatMap(t -> t.column(column));
    }

    /** The table an index (or constraint-backed index) belongs to. */
    public Optional<Table> tableOfIndex(QualifiedName index) {
        if (schema == null || index == null) {
            return Optional.empty();
        }
        return schema.tables().stream()
                .filter(t -> index.schema() == null || index.schema().equals(t.name().schema()))
                .filter(t -> t.indexes().stream().anyMatch(i -> i.name().equals(index.name()))
                        || backsConstraint(t, index.name()))
                .findFirst();
    }

    /** Whether {@code indexName} is the index of the table's primary key or of one of its unique constraints. */
    public static boolean backsConstraint(Table t, String indexName) {
        return t.primaryKey() != null && indexName.equals(t.primaryKey().name())
                || t.uniqueConstraints().stream().anyMatch(u -> indexName.equals(u.name()));
    }

    public Optional<Index> index(Table t, String name) {
        return t.indexes().stream().filter(i -> i.name().equals(name)).findFirst();
    }

    public Optional<ForeignKey> foreignKey(QualifiedName table, String constraint) {
        return table(table).flatMap(t -> t.foreignKeys().stream().filter(f -> constraint.equals(f.name())).findFirst());
    }

    public Optional<CheckConstraint> check(QualifiedName table, String constraint) {
        return table(table).flatMap(t -> t.checks().stream().filter(c -> constraint.equals(c.name())).findFirst());
    }

    /** Tables whose foreign keys reference {@code table} (other than itself). */
    public List<QualifiedName> referencing(QualifiedName table) {
        if (schema == null) {
            return List.of();
        }
        return schema.foreignKeysReferencing(table).stream().map(e -> e.getKey().name())
                .filter(n -> !n.equals(table)).distinct().toList();
    }

    /** Partitions of a partitioned table. */
    public List<Table> partitions(QualifiedName parent) {
        if (schema == null) {
            return List.of();
        }
        return schema.tables().stream().filter(t -> parent.equals(t.partitionOf())).toList();
    }

    public Optional<Table> defaultPartition(QualifiedName parent) {
        return partitions(parent).stream()
                .filter(t -> t.partitionBound() != null && t.partitionBound().strip().equalsIgnoreCase("DEFAULT"))
                .findFirst();
    }

    /** A domain with CHECK or NOT NULL constraints (adding a column of it rewrites the table). */
    public Optional<Domain> constrainedDomain(String typeText) {
        if (schema == null || typeText == null) {
            return Optional.empty();
        }
        String name = typeText.strip().replace("\"", "");
        return schema.domains().stream()
                .filter(d -> d.name().name().equalsIgnoreCase(name) || d.name().toString().equalsIgnoreCase(name))
                .filter(d -> !d.checks().isEmpty() || d.notNull())
                .findFirst();
    }

    /**
     * Known tables named after FROM or JOIN in a view's definition: the relations a
     * {@code REFRESH MATERIALIZED VIEW} reads (ACCESS SHARE).
     */
    public List<QualifiedName> tablesReadBy(QualifiedName view) {
        if (schema == null || view == null) {
            return List.of();
        }
        return schema.view(view).map(v -> {
            List<QualifiedName> read = new java.util.ArrayList<>();
            var tokens = dev.lintel.model.ddl.parse.SqlScript.tokens(v.definition() == null ? "" : v.definition(),
                    dev.lintel.model.dialect.Dialect.POSTGRES);
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if ((tokens.get(i).isWord("FROM") || tokens.get(i).isWord("JOIN")) && tokens.get(i + 1).isIdentifier()) {
                    String first = dev.lintel.model.dialect.Dialect.POSTGRES.identifierFromSql(tokens.get(i + 1).text());
                    QualifiedName name = i + 3 < tokens.size() && tokens.get(i + 2).isSymbol(".") && tokens.get(i + 3).isIdentifier()
                            ? QualifiedName.of(first, dev.lintel.model.dialect.Dialect.POSTGRES.identifierFromSql(tokens.get(i + 3).text()))
                            : QualifiedName.of(view.schema(), first);
                    if (schema.table(name).isPresent() && !read.contains(name)) {
                        read.add(name);
                    }
                }
            }
            return read;
        }).orElse(List.of());
    }

    /** Tables with a column of the given domain or type. */
    public List<QualifiedName> tablesUsingType(QualifiedName type) {
        if (schema == null || type == null) {
            return List.of();
        }
        return schema.tables().stream()
                .filter(t -> t.columns().stream().anyMatch(c -> c.type().isUserDefined()
                        && c.type().userType().name().equals(type.name())))
                .map(Table::name).toList();
    }

    /**
     * Whether the column is already NOT NULL, or a validated CHECK proves it is (a conjunct
     * {@code c IS NOT NULL}), so that SET NOT NULL skips its scan (PostgreSQL 12+).
     */
    public Optional<Boolean> provenNotNull(QualifiedName table, String column) {
        return table(table).map(t -> t.column(column).map(c -> !c.nullable()).orElse(false)
                || t.checks().stream().anyMatch(ch -> !ch.notValid() && provesNotNull(ch.expression(), column)));
    }

    /** {@code c IS NOT NULL} as the expression or one of its top-level AND conjuncts. */
    public static boolean provesNotNull(String expression, String column) {
        if (expression == null) {
            return false;
        }
        String e = stripParens(expression.strip());
        String quoted = Pattern.quote(column);
        Pattern p = Pattern.compile("(?i)\\(*\\s*(\"" + quoted + "\"|" + quoted + ")\\s+IS\\s+NOT\\s+NULL\\s*\\)*");
        for (String part : AND.split(e)) {
            if (p.matcher(part.strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static String stripParens(String s) {
        String r = s;
        while (r.startsWith("(") && r.endsWith(")") && balanced(r.substring(1, r.length() - 1))) {
            r = r.substring(1, r.length() - 1).strip();
        }
        return r.toLowerCase(Locale.ROOT).equals(r) ? r : r;
    }

    private static boolean balanced(String s) {
        int depth = 0;
        for (char c : s.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
