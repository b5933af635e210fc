package dev.lintel.model.lint;

import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Terse builders for schemas in lint tests: {@code table("users", req("id", "bigint"), col("email", "varchar(255)"))}. */
public final class Schemas {
    private Schemas() {
    }

    private static final Pattern SPELLED = Pattern.compile("([a-z ]+?)\\s*(?:\\(([^)]*)\\))?(\\[])?");

    public static QualifiedName q(String name) {
        return QualifiedName.of("public", name);
    }

    /** {@code varchar(255)}, {@code numeric(12,2)}, {@code integer[]}. */
    public static DataType type(String spelled) {
        Matcher m = SPELLED.matcher(spelled.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(spelled);
        }
        String[] args = m.group(2) == null ? new String[0] : m.group(2).split("\\s*,\\s*");
        DataType t = DataType.of(m.group(1).trim(), args);
        return m.group(3) != null ? t.asArray(1) : t;
    }

    public static Column col(String name, String type) {
        return Column.of(name, type(type));
    }

    public static Column req(String name, String type) {
        return col(name, type).withNullable(false);
    }

    public static Table.Builder table(String name, Column... columns) {
        return Table.builder(q(name)).columns(Arrays.asList(columns));
    }

    public static ForeignKey fk(String name, List<String> columns, String target, List<String> targetColumns) {
        return ForeignKey.of(name, columns, q(target), targetColumns);
    }

    public static Schema schema(Table... tables) {
        return Schema.ofTables(List.of(tables));
    }

    public static Schema schema(Table.Builder... tables) {
        return Schema.ofTables(Arrays.stream(tables).map(Table.Builder::build).toList());
    }

    /** Runs one rule (switched on even when opt-in) with default settings. */
    public static List<Finding> lint(Rule rule, Schema schema) {
        LintSettings settings = LintSettings.defaults().withRule(rule.id(), r -> r.withEnabled(true));
        LintResult result = new Linter(List.of(rule)).lint(schema, settings);
        if (!result.failures().isEmpty()) {
            throw new AssertionError("rule failed: " + result.failures());
        }
        return result.findings();
    }

    public static List<String> paths(List<Finding> findings) {
        return findings.stream().map(Finding::object).map(ObjectPath::toString).toList();
    }

    public static List<String> lintPaths(Rule rule, Schema schema) {
        return paths(lint(rule, schema));
    }
}
