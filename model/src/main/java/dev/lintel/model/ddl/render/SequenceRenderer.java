package dev.lintel.model.ddl.render;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.ColumnRef;
import dev.lintel.model.schema.Sequence;
import java.util.ArrayList;
import java.util.List;

/**
 * Standalone sequences before the tables whose defaults use them, and their {@code OWNED BY}
 * after the tables exist.
 */
final class SequenceRenderer {
    private final RenderContext ctx;
    private final TypeRenderer types;

    SequenceRenderer(RenderContext ctx, TypeRenderer types) {
        this.ctx = ctx;
        this.types = types;
    }

    List<Statement> sequences() {
        List<Statement> out = new ArrayList<>();
        for (Sequence s : ctx.schema().sequences()) {
            List<String> notes = new ArrayList<>();
            String subject = "sequence " + s.name();
            StringBuilder sb = new StringBuilder("CREATE SEQUENCE ");
            if (ctx.options().ifNotExists()) {
                sb.append("IF NOT EXISTS ");
            }
            sb.append(ctx.qualified(s.name()));
            if (s.type() != null) {
                sb.append(" AS ").append(types.render(s.type(), notes, subject));
            }
            option(sb, "START WITH", s.start());
            option(sb, "INCREMENT BY", s.increment());
            option(sb, "MINVALUE", s.minValue());
            option(sb, "MAXVALUE", s.maxValue());
            option(sb, "CACHE", s.cache());
            if (s.cycle()) {
                sb.append(" CYCLE");
            }
            Statement statement = new Statement(sb.toString(), notes, false);
            if (ctx.is(Dialect.MYSQL)) {
                List<String> more = new ArrayList<>();
                ctx.limitation(more, "MySQL has no sequences; " + subject + " omitted", subject);
                statement = statement.withNotes(more).commented();
            }
            out.add(statement);
        }
        return out;
    }

    List<Statement> ownership() {
        List<Statement> out = new ArrayList<>();
        for (Sequence s : ctx.schema().sequences()) {
            ColumnRef owner = s.ownedBy();
            if (owner == null || ctx.is(Dialect.MYSQL)) {
                continue;
            }
            String sql = "ALTER SEQUENCE " + ctx.qualified(s.name()) + " OWNED BY " + ctx.qualified(owner.table()) + "."
                    + ctx.ident(owner.column());
            if (ctx.is(Dialect.POSTGRES)) {
                out.add(Statement.of(sql));
            } else {
                List<String> notes = new ArrayList<>();
                ctx.limitation(notes, ctx.dialectName() + " has no sequence ownership; OWNED BY " + owner + " of sequence "
                        + s.name() + " omitted", "sequence " + s.name());
                out.add(new Statement(sql, notes, true));
            }
        }
        return out;
    }

    private static void option(StringBuilder sb, String keyword, Long value) {
        if (value != null) {
            sb.append(' ').append(keyword).append(' ').append(value);
        }
    }
}
