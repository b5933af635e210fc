package dev.lintel.model.report;

import dev.lintel.model.ddl.render.DdlFragments;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.document.LintelDocument;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.Constraint;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.Table;
import java.util.Map;

/**
 * The schema as a Markdown data dictionary: per table its comment, a column table (type,
 * nullability, default, comment), its constraints and its indexes. Types and constraint clauses
 * are written by the DDL renderer's fragments, so the dictionary says exactly what the DDL says.
 * A description written in the review and not yet in the schema is shown, marked as proposed.
 */
public final class DataDictionary {
    private DataDictionary() {
    }

    public static String markdown(String title, LintelDocument doc, Dialect target) {
        DdlFragments sql = new DdlFragments(doc.schema(), target);
        Map<String, String> proposed = ReviewDescriptions.of(doc.review());
        StringBuilder md = new StringBuilder();
        md.append("# Data dictionary: ").append(cell(title)).append("\n\n");
        md.append(doc.schema().tables().size()).append(" tables.\n\n");
        for (Table t : doc.schema().tables()) {
            md.append("- [").append(cell(t.name().toString())).append("](#").append(anchor(t.name().toString())).append(")\n");
        }
        for (Table t : doc.schema().tables()) {
            md.append("\n## ").append(t.name()).append("\n\n");
            describe(md, t.comment(), proposed.get(ObjectPath.table(t.name()).toString()));
            md.append("| Column | Type | Nullable | Default | Comment |\n|---|---|---|---|---|\n");
            for (Column c : t.columns()) {
                String def = c.identity() != null ? "identity" : c.generatedExpression() != null
                        ? "generated: " + c.generatedExpression() : c.defaultExpression();
                String comment = c.comment();
                String p = proposed.get(ObjectPath.column(t.name(), c.name()).toString());
                if (p != null && !p.equals(comment)) {
                    comment = (comment == null ? "" : comment + " ") + "(proposed in review: " + p + ")";
                }
                md.append("| ").append(code(c.name())).append(" | ").append(code(sql.type(c.type()))).append(" | ")
                        .append(c.nullable() ? "yes" : "no").append(" | ").append(def == null ? "" : code(def)).append(" | ")
                        .append(comment == null ? "" : cell(comment)).append(" |\n");
            }
            if (!t.constraints().isEmpty()) {
                md.append("\n**Constraints**\n\n");
                for (Constraint c : t.constraints()) {
                    String clause = sql.constraintClause(t, c);
                    md.append("- ").append(code(clause == null ? String.valueOf(c.name()) : clause)).append('\n');
                }
            }
            if (!t.indexes().isEmpty()) {
                md.append("\n**Indexes**\n\n");
                for (Index i : t.indexes()) {
                    String create = sql.createIndex(t, i);
                    md.append("- ").append(code(create == null ? i.name() + " (not expressible in " + target + ")" : create)).append('\n');
                }
            }
        }
        return md.toString();
    }

    private static void describe(StringBuilder md, String comment, String proposed) {
        if (comment != null) {
            md.append(comment.strip()).append("\n\n");
        }
        if (proposed != null && !proposed.equals(comment)) {
            md.append("*Proposed in review:* ").append(proposed.strip()).append("\n\n");
        }
    }

    private static String code(String s) {
        String one = s.replace('\n', ' ').replace("|", "\\|");
        return one.contains("`") ? "``" + one + "``" : "`" + one + "`";
    }

    private static String cell(String s) {
        return s.replace('\n', ' ').replace("|", "\\|");
    }

    /** GitHub's heading anchor: lower case, punctuation other than hyphens and underscores dropped. */
    private static String anchor(String heading) {
        return heading.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
    }
}
