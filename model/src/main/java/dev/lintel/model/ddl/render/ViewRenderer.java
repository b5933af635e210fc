package dev.lintel.model.ddl.render;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.View;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Views and materialized views in one dependency order (either kind may select from the other):
 * plain views before materialized ones, then by name, unless a mention in a definition says otherwise.
 */
final class ViewRenderer {
    private final RenderContext ctx;

    ViewRenderer(RenderContext ctx) {
        this.ctx = ctx;
    }

    List<Statement> views() {
        List<View> canonical = new ArrayList<>(ctx.schema().views());
        canonical.sort(Comparator.comparing(View::materialized).thenComparing(View::name));
        List<View> ordered = DependencyOrder.sort(canonical, v -> DependencyOrder.mentionedViews(v, canonical), View::name);
        List<Statement> out = new ArrayList<>();
        for (View v : ordered) {
            out.add(create(v));
        }
        return out;
    }

    private Statement create(View v) {
        List<String> notes = new ArrayList<>();
        String subject = (v.materialized() ? "materialized view " : "view ") + v.name();
        boolean materialized = v.materialized();
        if (materialized && !ctx.is(Dialect.POSTGRES)) {
            ctx.limitation(notes, ctx.dialectName() + " has no materialized views; " + subject + " is a plain view", subject);
            materialized = false;
        }
        StringBuilder sb = new StringBuilder("CREATE ");
        sb.append(materialized ? "MATERIALIZED VIEW " : "VIEW ");
        if (materialized && ctx.options().ifNotExists()) {
            sb.append("IF NOT EXISTS ");
        }
        sb.append(ctx.qualified(v.name()));
        if (!v.columnNames().isEmpty()) {
            sb.append(" (").append(SqlText.join(v.columnNames(), ctx::ident)).append(')');
        }
        if (v.options() != null) {
            if (ctx.is(Dialect.POSTGRES)) {
                sb.append(' ').append(withOptions(v.options()));
            } else {
                ctx.limitation(notes, ctx.dialectName() + " has no view options; " + v.options() + " of " + subject
                        + " dropped", subject);
            }
        }
        sb.append(" AS\n").append(definition(v));
        if (materialized && !v.withData()) {
            sb.append("\nWITH NO DATA");
        }
        return new Statement(sb.toString(), notes, false);
    }

    /** The query without trailing semicolons or blanks; {@link SqlText#terminated} adds the one. */
    private static String definition(View v) {
        String d = v.definition().strip();
        while (d.endsWith(";")) {
            d = d.substring(0, d.length() - 1).stripTrailing();
        }
        return d;
    }

    private static String withOptions(String options) {
        String o = options.strip();
        if (o.regionMatches(true, 0, "WITH", 0, 4)) {
            return o;
        }
        return o.startsWith("(") ? "WITH " + o : "WITH (" + o + ")";
    }
}
