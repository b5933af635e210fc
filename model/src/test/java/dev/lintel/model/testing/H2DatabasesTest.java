package dev.lintel.model.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

class H2DatabasesTest {
    private static final String SCRIPT = """
            CREATE TABLE a (id INT PRIMARY KEY, note VARCHAR(20) DEFAULT 'x; y');
            -- a comment; with a semicolon
            CREATE TABLE b (id INT REFERENCES missing(id));
            CREATE TABLE c (id INT);
            """;

    @Test
    void runsEveryStatementAndReportsRefusedOnesWithTheirLine() throws Exception {
        try (H2Databases.Database db = H2Databases.create("script"); Connection c = db.connect()) {
            List<ScriptError> errors = H2Databases.executeScript(c, SCRIPT, false);

            assertEquals(1, errors.size(), errors.toString());
            assertEquals(3, errors.get(0).line());
            assertTrue(errors.get(0).message().contains("MISSING"), errors.toString());
            assertEquals(List.of("A", "C"), tableNames(c));
        }
    }

    @Test
    void stopOnErrorStopsAndDatabasesAreIndependent() throws Exception {
        try (H2Databases.Database one = H2Databases.create("one", "PostgreSQL");
             H2Databases.Database two = H2Databases.create("one")) {
            assertEquals(1, one.executeScript(SCRIPT, true).size());
            try (Connection c = one.connect()) {
                assertEquals(List.of("A"), tableNames(c));
            }
            try (Connection c = two.connect()) {
                assertEquals(List.of(), tableNames(c));
            }
            assertTrue(one.jdbcUrl().endsWith(";MODE=PostgreSQL"), one.jdbcUrl());
        }
    }

    private static List<String> tableNames(Connection c) throws Exception {
        List<String> names = new java.util.ArrayList<>();
        SqlRows.forEach(c, "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY 1",
                row -> names.add(row.getString(1)));
        return names;
    }
}
