package dev.lintel.model.ddl.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The output, section by section in dependency order. Statements of a section are separated by a
 * blank line when any of them spans lines (tables, views), else one per line (indexes, comments);
 * sections are separated by a blank line.
 */
final class Script {
    private final List<List<Statement>> sections = new ArrayList<>();
    private String header;

    void header(String line) {
        header = line;
    }

    void section(List<Statement> statements) {
        if (!statements.isEmpty()) {
            sections.add(List.copyOf(statements));
        }
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        if (header != null) {
            sb.append("-- ").append(header).append('\n');
        }
        for (List<Statement> section : sections) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            boolean spaced = section.stream().anyMatch(s -> s.isMultiLine() || !s.notes().isEmpty());
            for (int i = 0; i < section.size(); i++) {
                if (i > 0 && spaced) {
                    sb.append('\n');
                }
                sb.append(section.get(i).text()).append('\n');
            }
        }
        return sb.toString();
    }
}
