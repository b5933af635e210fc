package dev.lintel.model.ddl.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a rendered script into executable statements: drops comment lines (notes and
 * commented-out statements) and ends a statement at a line ending with a semicolon. Good for
 * scripts without dollar-quoted bodies, i.e. every script except PostgreSQL's opaque section.
 */
final class ScriptStatements {
    private ScriptStatements() {
    }

    static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            if (line.startsWith("--") || line.isBlank() && current.length() == 0) {
                continue;
            }
            current.append(line).append('\n');
            if (line.endsWith(";")) {
                String statement = current.toString().strip();
                out.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
