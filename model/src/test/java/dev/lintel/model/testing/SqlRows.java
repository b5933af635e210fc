package dev.lintel.model.testing;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Tiny JDBC helpers for the catalog readers: run a query, visit its rows, read text arrays. */
final class SqlRows {
    private SqlRows() {
    }

    interface RowVisitor {
        void visit(ResultSet row) throws SQLException;
    }

    static void forEach(Connection connection, String sql, RowVisitor visitor) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                visitor.visit(rs);
            }
        }
    }

    /** A text[] column as a list; SQL NULL elements stay null (expression positions of an index). */
    static List<String> strings(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        if (array == null) {
            return null;
        }
        try {
            return new ArrayList<>(Arrays.asList((String[]) array.getArray()));
        } finally {
            array.free();
        }
    }
}
