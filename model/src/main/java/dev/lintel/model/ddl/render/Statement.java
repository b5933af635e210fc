package dev.lintel.model.ddl.render;

import java.util.List;

/**
 * One rendered statement without its semicolon, the notes that explain what the target dialect
 * could not express about it, and whether it is commented out entirely.
 */
record Statement(String sql, List<String> notes, boolean commentedOut) {
    Statement {
        notes = List.copyOf(notes);
    }

    static Statement of(String sql) {
        return new Statement(sql, List.of(), false);
    }

    Statement withNotes(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(notes);
        all.addAll(more);
        return new Statement(sql, all, commentedOut);
    }

    Statement commented() {
        return new Statement(sql, notes, true);
    }

    boolean isMultiLine() {
        return sql.indexOf('\n') >= 0;
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        for (String note : notes) {
            sb.append("-- lintel: ").append(note.replace("\n", " ")).append('\n');
        }
        String body = SqlText.terminated(sql);
        sb.append(commentedOut ? SqlText.commentedOut(body) : body);
        return sb.toString();
    }
}
