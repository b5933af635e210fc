package dev.lintel.model.ddl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.CheckConstraint;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.PrimaryKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.View;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Names that need quoting (spaces, embedded quotes, unicode, mixed case, reserved words, the
 * longest PostgreSQL keeps) come back from the database exactly as the model holds them.
 */
class IdentifierTortureTest {
    static final String SCHEMA = "Torture \"Schema\"";
    static final String LONG_ASCII = "c" + "x".repeat(62);
    static final String LONG_UNICODE = "é".repeat(31) + "x";
    static final String COMMENT = "it's \"quoted\", 100% ünïcödé \\ with a backslash";

    static Schema tortureSchema(String schemaName) {
        QualifiedName order = QualifiedName.of(schemaName, "order");
        QualifiedName user = QualifiedName.of(schemaName, "user");
        Table orderTable = Table.builder(order)
                .addColumn(Column.of("select", DataType.of("integer")).withNullable(false))
                .addColumn(Column.of("group", DataType.of("varchar", "10")))
                .addColumn(Column.of("with \"quote\"", DataType.of("text")).withComment(COMMENT))
                .addColumn(Column.of("Mixed Case", DataType.of("integer")))
                .addColumn(Column.of(LONG_ASCII, DataType.of("integer")))
                .addColumn(Column.of(LONG_UNICODE, DataType.of("integer")))
                .addColumn(Column.of("user", DataType.of("integer")))
                .primaryKey(PrimaryKey.of("order \"pk\"", "select"))
                .addCheck(CheckConstraint.of("select", "\"select\" > 0"))
                .addForeignKey(ForeignKey.of("order→user", List.of("user"), user, List.of("Ünïcode")))
                .addIndex(Index.on("Index With Spaces", false, "Mixed Case", "group"))
                .comment(COMMENT)
                .build();
        Table userTable = Table.builder(user)
                .addColumn(Column.of("Ünïcode", DataType.of("integer")).withNullable(false))
                .primaryKey(PrimaryKey.of("user_pkey", "Ünïcode"))
                .build();
        View view = View.of(QualifiedName.of(schemaName, "select"),
                "SELECT \"select\", \"Mixed Case\" FROM " + Dialect.POSTGRES.qualified(order));
        return Schema.ofTables(List.of(orderTable, userTable)).withViews(List.of(view)).normalize();
    }

    static final List<String> EXPECTED_TABLES = List.of("order", "select", "user");
    static final List<String> EXPECTED_COLUMNS = List.copyOf(new TreeSet<>(List.of("Mixed Case", LONG_ASCII, LONG_UNICODE,
            "group", "select", "user", "with \"quote\"", "Ünïcode")));
    static final List<String> EXPECTED_CONSTRAINTS = List.of("order \"pk\"", "order→user", "select", "user_pkey");

    @Test
    void longestNamesReallyAreAtThePostgresLimit() {
        assertEquals(63, LONG_ASCII.getBytes(StandardCharsets.UTF_8).length);
        assertEquals(63, LONG_UNICODE.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void tortureNamesRoundTripThroughPostgres() throws Exception {
        Schema schema = tortureSchema(SCHEMA);
        String sql = new DdlRenderer().render(schema, Dialect.POSTGRES).sql();
        try (LocalPostgres server = LocalPostgres.start(); Connection db = server.newDatabase()) {
            try (var st = db.createStatement()) {
                st.execute(sql);
            }
            String ns = "(SELECT oid FROM pg_namespace WHERE nspname = '" + SCHEMA.replace("'", "''") + "')";
            assertEquals(EXPECTED_TABLES, names(db, "SELECT relname FROM pg_class WHERE relkind IN ('r', 'v') AND relnamespace = " + ns));
            assertEquals(EXPECTED_COLUMNS, names(db, "SELECT a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
                    + "WHERE c.relkind = 'r' AND c.relnamespace = " + ns + " AND a.attnum > 0"));
            assertEquals(EXPECTED_CONSTRAINTS, names(db, "SELECT conname FROM pg_constraint WHERE connamespace = " + ns));
            assertEquals(List.of("Index With Spaces", "order \"pk\"", "user_pkey"),
                    names(db, "SELECT relname FROM pg_class WHERE relkind = 'i' AND relnamespace = " + ns));
            assertEquals(List.of(COMMENT, COMMENT), names(db, "SELECT obj_description(c.oid, 'pg_class') FROM pg_class c "
                    + "WHERE relname = 'order' AND relnamespace = " + ns + " UNION ALL SELECT col_description(c.oid, 3) "
                    + "FROM pg_class c WHERE relname = 'order' AND relnamespace = " + ns));
        }
    }

    @Test
    void tortureNamesRoundTripThroughH2() throws Exception {
        Schema schema = tortureSchema(SCHEMA);
        try (Connection db = H2OracleTest.load(new DdlRenderer().render(schema, Dialect.H2).sql())) {
            String where = " WHERE TABLE_SCHEMA = '" + SCHEMA.replace("'", "''") + "'";
            assertEquals(EXPECTED_TABLES, names(db, "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES" + where));
            assertEquals(EXPECTED_COLUMNS, names(db, "SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS" + where
                    + " AND TABLE_NAME <> 'select'"));
            assertEquals(EXPECTED_CONSTRAINTS, names(db, "SELECT CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS" + where));
            assertEquals(List.of("Index With Spaces"), names(db, "SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES" + where
                    + " AND IS_GENERATED = FALSE"));
            assertEquals(List.of(COMMENT, COMMENT), names(db, "SELECT REMARKS FROM INFORMATION_SCHEMA.TABLES" + where
                    + " AND TABLE_NAME = 'order' UNION ALL SELECT REMARKS FROM INFORMATION_SCHEMA.COLUMNS" + where
                    + " AND COLUMN_NAME = 'with \"quote\"'"));
        }
    }

    /** The first column of every row, sorted by Java string order so both databases compare alike. */
    private static List<String> names(Connection db, String sql) throws Exception {
        TreeSet<String> out = new TreeSet<>();
        List<String> all = new java.util.ArrayList<>();
        try (var st = db.createStatement(); var rs = st.executeQuery(sql)) {
            while (rs.next()) {
                all.add(rs.getString(1));
                out.add(rs.getString(1));
            }
        }
        return out.size() == all.size() ? List.copyOf(out) : all;
    }
}
