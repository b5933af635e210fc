package dev.lintel.model.report;

import dev.lintel.model.ddl.render.DdlFragments;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.document.LintelDocument;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code COMMENT ON TABLE/COLUMN} statements for the descriptions written in a review (comments marked
 * as descriptions; discussion never goes to the database). Identifiers and literals are quoted by the
 * DDL renderer's own fragments for the target dialect, so the output runs where the DDL runs.
 *
 * @param sql one statement per line, in object path order
 * @param skipped descriptions whose table or column is no longer in the schema, with why
 */
public record CommentStatements(String sql, List<String> skipped) {
    public CommentStatements {
        skipped = List.copyOf(skipped);
    }

    public static CommentStatements of(LintelDocument doc, Dialect target) {
        DdlFragments sql = new DdlFragments(doc.schema(), target);
        StringBuilder out = new StringBuilder();
        List<String> skipped = new ArrayList<>();
        for (Map.Entry<String, String> e : ReviewDescriptions.of(doc.review()).entrySet()) {
            ObjectPath p = ObjectPath.parse(e.getKey());
            Optional<Table> table = doc.schema().table(p.owner());
            if (table.isEmpty()) {
                skipped.add(e.getKey() + ": the table is not in the schema");
            } else if (p.kind() == ObjectPath.Kind.TABLE) {
                out.append("COMMENT ON TABLE ").append(sql.qualified(table.get().name())).append(" IS ")
                        .append(sql.literal(e.getValue())).append(";\n");
            } else if (!table.get().hasColumn(p.member())) {
                skipped.add(e.getKey() + ": the column is not in the table");
            } else {
                out.append("COMMENT ON COLUMN ").append(sql.qualified(table.get().name())).append('.')
                        .append(sql.ident(p.member())).append(" IS ").append(sql.literal(e.getValue())).append(";\n");
            }
        }
        return new CommentStatements(out.toString(), skipped);
    }
}
