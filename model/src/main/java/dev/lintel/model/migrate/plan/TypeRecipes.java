package dev.lintel.model.migrate.plan;

import dev.lintel.model.schema.EnumType;
import dev.lintel.model.schema.Sequence;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Enum types and sequences. New enum values go in with {@code ALTER TYPE ... ADD VALUE} at their
 * position ({@code BEFORE}/{@code AFTER} a neighbour), each committed on its own so later steps may
 * use it. PostgreSQL cannot remove or reorder enum values: that is explained, not attempted.
 */
final class TypeRecipes {
    private final PlanContext ctx;

    TypeRecipes(PlanContext ctx) {
        this.ctx = ctx;
    }

    void addEnum(EnumType e) {
        ctx.out.step(Slot.TYPES, "create-type", e.name().toString(), ctx.sql.createEnum(e));
        if (e.comment() != null) {
            ctx.out.step(Slot.COMMENTS, "comment", e.name().toString(), "COMMENT ON TYPE " + ctx.table(e.name())
                    + " IS " + ctx.sql.literal(e.comment()));
        }
    }

    void dropEnum(EnumType e) {
        ctx.out.step(Slot.DROP_TYPES, "drop-type", e.name().toString(), "DROP TYPE " + ctx.table(e.name()))
                .acknowledge(Acknowledgement.DESTRUCTIVE)
                .hazard("drops type " + e.name());
    }

    void changeEnum(EnumType before, EnumType after) {
        List<String> old = before.values();
        List<String> kept = after.values().stream().filter(old::contains).toList();
        if (!kept.equals(old)) {
            Set<String> removed = new HashSet<>(old);
            removed.removeAll(after.values());
            ctx.out.explain("type " + after.name() + ": PostgreSQL cannot " + (removed.isEmpty() ? "reorder enum values"
                    : "remove enum values " + removed) + "; create a new type, move each column to it with "
                    + "ALTER COLUMN ... TYPE new_type USING col::text::new_type (rewrites the table), drop the old type "
                    + "and rename the new one; rows holding removed values must be updated first");
            return;
        }
        List<String> values = after.values();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (old.contains(v)) {
                continue;
            }
            String position = i > 0 ? " AFTER " + ctx.sql.literal(values.get(i - 1))
                    : " BEFORE " + ctx.sql.literal(values.get(1));
            ctx.out.step(Slot.TYPES, "add-enum-value", after.name() + "." + v, "ALTER TYPE " + ctx.table(after.name())
                            + " ADD VALUE IF NOT EXISTS " + ctx.sql.literal(v) + position)
                    .outsideTransaction()
                    .note("committed on its own: a value added in a transaction cannot be used until it commits");
        }
    }

    void addSequence(Sequence s) {
        ctx.out.step(Slot.TYPES, "create-sequence", s.name().toString(), ctx.sql.createSequence(s));
        if (s.ownedBy() != null) {
            ctx.out.step(Slot.COLUMNS, "sequence-owned-by", s.name().toString(), "ALTER SEQUENCE " + ctx.table(s.name())
                    + " OWNED BY " + ctx.column(s.ownedBy().table(), s.ownedBy().column()));
        }
        if (s.comment() != null) {
            ctx.out.step(Slot.COMMENTS, "comment", s.name().toString(), "COMMENT ON SEQUENCE " + ctx.table(s.name())
                    + " IS " + ctx.sql.literal(s.comment()));
        }
    }

    void dropSequence(Sequence s) {
        ctx.out.step(Slot.DROP_TYPES, "drop-sequence", s.name().toString(), "DROP SEQUENCE " + ctx.table(s.name()))
                .acknowledge(Acknowledgement.DESTRUCTIVE)
                .hazard("drops sequence " + s.name() + " and its current value");
    }

    void changeSequence(Sequence b, Sequence a) {
        StringBuilder sb = new StringBuilder("ALTER SEQUENCE ").append(ctx.table(a.name()));
        if (!Objects.equals(b.type(), a.type()) && a.type() != null) {
            sb.append(" AS ").append(ctx.sql.type(a.type()));
        }
        option(sb, "INCREMENT BY", b.increment(), a.increment(), "1");
        option(sb, "MINVALUE", b.minValue(), a.minValue(), null);
        option(sb, "MAXVALUE", b.maxValue(), a.maxValue(), null);
        option(sb, "START WITH", b.start(), a.start(), "1");
        option(sb, "CACHE", b.cache(), a.cache(), "1");
        if (b.cycle() != a.cycle()) {
            sb.append(a.cycle() ? " CYCLE" : " NO CYCLE");
        }
        if (!Objects.equals(b.ownedBy(), a.ownedBy())) {
            sb.append(" OWNED BY ").append(a.ownedBy() == null ? "NONE" : ctx.column(a.ownedBy().table(), a.ownedBy().column()));
        }
        ctx.out.step(Slot.COLUMNS, "alter-sequence", a.name().toString(), sb.toString());
    }

    private static void option(StringBuilder sb, String keyword, Long before, Long after, String reset) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (after != null) {
            sb.append(' ').append(keyword).append(' ').append(after);
        } else if (reset != null) {
            sb.append(' ').append(keyword).append(' ').append(reset);
        } else {
            sb.append(" NO ").append(keyword);
        }
    }
}
