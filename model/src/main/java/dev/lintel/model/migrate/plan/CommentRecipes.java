package dev.lintel.model.migrate.plan;

import dev.lintel.model.diff.Change.CommentChanged;

/** {@code COMMENT ON ... IS} for comments set, changed or removed on objects that exist on both sides. */
final class CommentRecipes {
    private final PlanContext ctx;

    CommentRecipes(PlanContext ctx) {
        this.ctx = ctx;
    }

    void plan(CommentChanged c) {
        String target = switch (c.target()) {
            case TABLE -> "TABLE " + ctx.table(c.object());
            case COLUMN -> "COLUMN " + ctx.column(c.object(), c.column());
            case VIEW -> (ctx.after.view(c.object()).map(v -> v.materialized()).orElse(false) ? "MATERIALIZED VIEW " : "VIEW ")
                    + ctx.table(c.object());
            case TYPE -> "TYPE " + ctx.table(c.object());
            case SEQUENCE -> "SEQUENCE " + ctx.table(c.object());
        };
        String subject = c.object() + (c.column() == null ? "" : "." + c.column());
        ctx.out.step(Slot.COMMENTS, "comment", subject, "COMMENT ON " + target + " IS "
                + (c.after() == null ? "NULL" : ctx.sql.literal(c.after())));
    }
}
