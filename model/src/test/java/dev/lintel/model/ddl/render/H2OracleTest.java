package dev.lintel.model.ddl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.Constraint;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.IndexKey;
import dev.lintel.model.schema.PrimaryKey;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Rendered H2 DDL, executed in a real in-memory H2, read back from INFORMATION_SCHEMA. */
class H2OracleTest {
    private static int databases;

    private final DdlRenderer renderer = new DdlRenderer();

    @Test
    void h2DesignLoadsIntoH2AndEveryTableColumnConstraintAndIndexIsThere() throws SQLException {
        Schema schema = H2Samples.sample();
        try (Connection c = load(renderer.render(schema, Dialect.H2).sql())) {
            for (Table t : schema.tables()) {
                assertTableAsModelled(c, t, UnaryOperator.identity());
            }
        }
    }

    @Test
    void h2DesignKeepsTypesDefaultsIdentityGeneratedAndDomainsInH2() throws SQLException {
        try (Connection c = load(renderer.render(H2Samples.sample(), Dialect.H2).sql())) {
            Map<String, List<String>> columns = new java.util.HashMap<>();
            for (List<String> row : rows(c, "SELECT COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, "
                    + "NUMERIC_SCALE, DATETIME_PRECISION, COLUMN_DEFAULT, IS_IDENTITY, IDENTITY_GENERATION, IDENTITY_START, "
                    + "IDENTITY_INCREMENT, DOMAIN_NAME, GENERATION_EXPRESSION FROM INFORMATION_SCHEMA.COLUMNS "
                    + "WHERE TABLE_SCHEMA = 'SALES' AND TABLE_NAME IN ('CUSTOMER', 'ORDER')")) {
                columns.put(row.get(0), row);
            }
            assertEquals(List.of("ID", "BIGINT"), columns.get("ID").subList(0, 2));
            assertEquals("YES", columns.get("ID").get(7), "bigserial becomes an identity");
            assertEquals(List.of("CHARACTER VARYING", "100"), columns.get("NAME").subList(1, 3));
            assertEquals(List.of("TIMESTAMP WITH TIME ZONE", "3", "CURRENT_TIMESTAMP"),
                    List.of(columns.get("CREATED").get(1), columns.get("CREATED").get(5), columns.get("CREATED").get(6)));
            assertEquals(List.of("ENUM", "'new'"), List.of(columns.get("STATUS").get(1), columns.get("STATUS").get(6)));
            assertEquals("PERCENT", columns.get("DISCOUNT").get(11));
            assertEquals("ARRAY", columns.get("TAGS").get(1));
            assertEquals("JSON", columns.get("PROFILE").get(1));
            assertEquals(List.of("UUID", "RANDOM_UUID()"), List.of(columns.get("TOKEN").get(1), columns.get("TOKEN").get(6)));
            assertEquals("UPPER(\"NAME\")", columns.get("NAME_UPPER").get(12));
            assertEquals(List.of("NUMERIC", "10", "2", "0"), List.of(columns.get("AMOUNT").get(1), columns.get("AMOUNT").get(3),
                    columns.get("AMOUNT").get(4), columns.get("AMOUNT").get(6)));
            assertEquals("NEXT VALUE FOR \"SALES\".\"ORDER_NO\"", columns.get("NO").get(6));

            List<String> orderId = rows(c, "SELECT IS_IDENTITY, IDENTITY_GENERATION, IDENTITY_START, IDENTITY_INCREMENT "
                    + "FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'ORDER' AND COLUMN_NAME = 'ID'").get(0);
            assertEquals(List.of("YES", "ALWAYS", "100", "10"), orderId);

            assertEquals(List.of(List.of("new", "1"), List.of("paid", "2"), List.of("it's gone", "3")),
                    rows(c, "SELECT VALUE_NAME, VALUE_ORDINAL FROM INFORMATION_SCHEMA.ENUM_VALUES "
                            + "WHERE OBJECT_NAME = 'CUSTOMER' ORDER BY VALUE_ORDINAL"));
            assertEquals(List.of(List.of("PERCENT", "50", "POSITIVE", "a share"), java.util.Arrays.asList("POSITIVE", null, null, null)),
                    rows(c, "SELECT DOMAIN_NAME, DOMAIN_DEFAULT, PARENT_DOMAIN_NAME, REMARKS FROM INFORMATION_SCHEMA.DOMAINS "
                            + "ORDER BY DOMAIN_NAME"));
            assertEquals(List.of(List.of("PERCENT_CHECK", "VALUE <= 100"), List.of("POSITIVE_CHECK", "VALUE > 0")),
                    rows(c, "SELECT d.CONSTRAINT_NAME, k.CHECK_CLAUSE FROM INFORMATION_SCHEMA.DOMAIN_CONSTRAINTS d "
                            + "JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS k ON k.CONSTRAINT_NAME = d.CONSTRAINT_NAME "
                            + "ORDER BY d.CONSTRAINT_NAME"));
            assertEquals(List.of(List.of("BIGINT", "10", "1", "1000000", "5", "YES", "20", "order numbers")),
                    rows(c, "SELECT DATA_TYPE, START_VALUE, MINIMUM_VALUE, MAXIMUM_VALUE, INCREMENT, CYCLE_OPTION, CACHE, REMARKS "
                            + "FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_NAME = 'ORDER_NO'"));
        }
    }

    @Test
    void h2DesignKeepsViewsInDependencyOrderAndEveryComment() throws SQLException {
        try (Connection c = load(renderer.render(H2Samples.sample(), Dialect.H2).sql())) {
            assertEquals(List.of(java.util.Arrays.asList("ALL_ORDERS", null), List.of("BIG_ORDERS", "orders over 100")),
                    rows(c, "SELECT TABLE_NAME, REMARKS FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_SCHEMA = 'SALES' ORDER BY 1"));
            assertEquals(List.of(List.of("the shop")), rows(c, "SELECT REMARKS FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME = 'SALES'"));
            assertEquals(List.of(List.of("people who order")),
                    rows(c, "SELECT REMARKS FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'CUSTOMER'"));
            assertEquals(List.of(List.of("display name")),
                    rows(c, "SELECT REMARKS FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'CUSTOMER' AND COLUMN_NAME = 'NAME'"));
            // The views are usable, not just stored.
            assertEquals(List.of(List.of("0")), rows(c, "SELECT COUNT(*) FROM SALES.BIG_ORDERS"));
        }
    }

    @Test
    void postgresDesignExportedToH2LoadsWithFoldedNamesAndWhatH2CanKeep() throws SQLException {
        Schema schema = SampleSchemas.postgresSample();
        RenderResult result = renderer.render(schema, Dialect.H2, RenderOptions.defaults().withSourceDialect(Dialect.POSTGRES));
        try (Connection c = load(result.sql())) {
            UnaryOperator<String> fold = name -> name.equals("public") ? "PUBLIC" : Dialect.H2.fold(name);
            for (Table t : schema.tables()) {
                if (t.isPartition()) {
                    continue;
                }
                Table kept = t.toBuilder().exclusions(List.of())
                        .indexes(t.indexes().stream().filter(i -> i.keys().stream().allMatch(IndexKey::isColumn)).toList())
                        .build();
                assertTableAsModelled(c, withoutIncludeOrWhere(kept), fold);
            }
            // Inheritance is flattened: the child carries the parent's column before its own.
            assertEquals(List.of(List.of("NAME"), List.of("SALARY")), rows(c, "SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS "
                    + "WHERE TABLE_NAME = 'EMPLOYEE' ORDER BY ORDINAL_POSITION"));
            assertEquals(List.of(List.of("0")), rows(c, "SELECT COUNT(*) FROM PUBLIC.BIG_OPEN_INVOICES"));
        }
    }

    private static Table withoutIncludeOrWhere(Table t) {
        return t.toBuilder().indexes(t.indexes().stream()
                .map(i -> new Index(i.name(), i.unique(), "btree", i.keys(), List.of(), null, i.nullsNotDistinct())).toList()).build();
    }

    /** Every column (nullability), constraint (kind, columns, actions) and index (columns, order) of {@code t}. */
    static void assertTableAsModelled(Connection c, Table t, UnaryOperator<String> fold) throws SQLException {
        String schema = fold.apply(t.name().schema());
        String table = fold.apply(t.name().name());
        List<List<String>> columns = rows(c, "SELECT COLUMN_NAME, IS_NULLABLE FROM INFORMATION_SCHEMA.COLUMNS "
                + "WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION", schema, table);
        List<List<String>> expectedColumns = new ArrayList<>();
        for (Column col : t.columns()) {
            boolean nullable = col.nullable() && (t.primaryKey() == null || !t.primaryKey().columns().contains(col.name()));
            expectedColumns.add(List.of(fold.apply(col.name()), nullable ? "YES" : "NO"));
        }
        if (t.inherits().isEmpty()) {
            assertEquals(expectedColumns, columns, "columns of " + t.name());
        }
        for (Constraint k : t.constraints()) {
            String name = fold.apply(k.name());
            List<List<String>> found = rows(c, "SELECT CONSTRAINT_TYPE FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS "
                    + "WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND CONSTRAINT_NAME = ?", schema, table, name);
            assertEquals(List.of(List.of(kind(k))), found, "constraint " + k.name() + " of " + t.name());
            List<String> keyColumns = keyColumns(k);
            if (!keyColumns.isEmpty()) {
                assertEquals(keyColumns.stream().map(fold).toList(), column(rows(c, "SELECT COLUMN_NAME FROM "
                        + "INFORMATION_SCHEMA.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = ? AND CONSTRAINT_NAME = ? "
                        + "ORDER BY ORDINAL_POSITION", schema, name)), "columns of " + k.name());
            }
            if (k instanceof UniqueConstraint u) {
                assertEquals(u.nullsNotDistinct() ? "NO" : "YES", rows(c, "SELECT NULLS_DISTINCT FROM "
                        + "INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE CONSTRAINT_NAME = ?", name).get(0).get(0));
            }
            if (k instanceof ForeignKey fk) {
                assertEquals(List.of(List.of(fk.onDelete().sql(), fk.onUpdate().sql(), fold.apply(fk.referencedTable().name()))),
                        rows(c, "SELECT r.DELETE_RULE, r.UPDATE_RULE, u.TABLE_NAME FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS r "
                                + "JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS u ON u.CONSTRAINT_SCHEMA = r.UNIQUE_CONSTRAINT_SCHEMA "
                                + "AND u.CONSTRAINT_NAME = r.UNIQUE_CONSTRAINT_NAME WHERE r.CONSTRAINT_NAME = ?", name));
            }
        }
        for (Index index : t.indexes()) {
            String name = fold.apply(index.name());
            List<List<String>> found = rows(c, "SELECT INDEX_TYPE_NAME, NULLS_DISTINCT FROM INFORMATION_SCHEMA.INDEXES "
                    + "WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND INDEX_NAME = ?", schema, table, name);
            assertEquals(1, found.size(), "index " + index.name() + " of " + t.name());
            assertEquals(index.unique() ? "UNIQUE INDEX" : "INDEX", found.get(0).get(0));
            if (index.unique()) {
                assertEquals(index.nullsNotDistinct() ? "NO" : "YES", found.get(0).get(1), "nulls of " + index.name());
            }
            List<List<String>> expectedKeys = new ArrayList<>();
            for (IndexKey key : index.keys()) {
                String nulls = key.nulls() == IndexKey.NullsOrder.DEFAULT
                        ? (key.order() == IndexKey.SortOrder.DESC ? "LAST" : "FIRST") : key.nulls().name();
                expectedKeys.add(List.of(fold.apply(key.column()), key.order().name(), nulls));
            }
            assertEquals(expectedKeys, rows(c, "SELECT COLUMN_NAME, ORDERING_SPECIFICATION, NULL_ORDERING FROM "
                    + "INFORMATION_SCHEMA.INDEX_COLUMNS WHERE TABLE_SCHEMA = ? AND INDEX_NAME = ? ORDER BY ORDINAL_POSITION",
                    schema, name), "keys of " + index.name());
        }
    }

    static List<String> keyColumns(Constraint k) {
        if (k instanceof PrimaryKey pk) {
            return pk.columns();
        }
        if (k instanceof UniqueConstraint u) {
            return u.columns();
        }
        return k instanceof ForeignKey fk ? fk.columns() : List.of();
    }

    private static String kind(Constraint k) {
        if (k instanceof PrimaryKey) {
            return "PRIMARY KEY";
        }
        if (k instanceof UniqueConstraint) {
            return "UNIQUE";
        }
        return k instanceof ForeignKey ? "FOREIGN KEY" : "CHECK";
    }

    /** A fresh in-memory database with the script executed statement by statement. */
    static Connection load(String script) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:h2:mem:render" + (++databases) + ";DB_CLOSE_DELAY=0");
        for (String statement : ScriptStatements.split(script)) {
            try (var st = c.createStatement()) {
                st.execute(statement);
            } catch (SQLException e) {
                c.close();
                throw new AssertionError("H2 rejected:\n" + statement + "\n" + e.getMessage(), e);
            }
        }
        return c;
    }

    static List<List<String>> rows(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<List<String>> out = new ArrayList<>();
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        row.add(rs.getString(i));
                    }
                    out.add(row);
                }
                return out;
            }
        }
    }

    private static List<String> column(List<List<String>> rows) {
        return rows.stream().map(r -> r.get(0)).toList();
    }
}
