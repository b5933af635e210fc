package dev.lintel.model.migrate.plan;

import dev.lintel.model.diff.Change;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.View;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Views. A changed view is dropped and recreated; so is an unchanged view over a table whose column
 * types change (PostgreSQL refuses to retype a column a view uses), and every view over one of
 * those. Drops go before the column changes, in reverse dependency order; creation after them. A
 * view over a renamed table or column is recreated after the renames.
 */
final class ViewRecipes {
    private final PlanContext ctx;

    ViewRecipes(PlanContext ctx) {
        this.ctx = ctx;
    }

    void plan(List<Change> changes) {
        Map<QualifiedName, View> beforeViews = new LinkedHashMap<>();
        ctx.before.views().forEach(v -> beforeViews.put(v.name(), v));
        Map<QualifiedName, View> rebuild = new LinkedHashMap<>();
        List<View> added = new ArrayList<>();
        for (Change c : changes) {
            if (c instanceof Change.ViewChanged vc) {
                rebuild.put(vc.after().name(), vc.after());
            } else if (c instanceof Change.ViewAdded va) {
                added.add(va.view());
            } else if (c instanceof Change.ViewDropped vd) {
                ctx.out.step(Slot.DROP_VIEWS, "drop-view", vd.view().name().toString(), drop(vd.view()))
                        .acknowledge(Acknowledgement.BREAKING)
                        .hazard("code still querying " + vd.view().name() + " fails once this runs");
            }
        }
        for (View v : ctx.after.views()) {
            if (beforeViews.containsKey(v.name()) && ctx.retypedTables.stream().anyMatch(t -> mentions(v, t))) {
                rebuild.putIfAbsent(v.name(), v);
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (View v : ctx.after.views()) {
                if (beforeViews.containsKey(v.name()) && !rebuild.containsKey(v.name())
                        && rebuild.keySet().stream().anyMatch(r -> mentions(v, r))) {
                    rebuild.put(v.name(), v);
                    grew = true;
                }
            }
        }
        List<View> ordered = dependencyOrder(new ArrayList<>(rebuild.values()));
        for (int i = ordered.size() - 1; i >= 0; i--) {
            View v = beforeViews.get(ordered.get(i).name());
            boolean retyped = ctx.retypedTables.stream().anyMatch(t -> mentions(v, t));
            ctx.out.step(retyped || !late(v) ? Slot.VIEWS_DROP : Slot.VIEWS_AFTER_RENAMES, "drop-view",
                    v.name().toString(), drop(v)).note("recreated below");
        }
        List<View> creates = new ArrayList<>(ordered);
        creates.addAll(dependencyOrder(added));
        for (View v : creates) {
            Slot slot = late(v) ? Slot.VIEWS_AFTER_RENAMES : Slot.VIEWS_CREATE;
            ctx.out.step(slot, "create-view", v.name().toString(), ctx.sql.createView(v));
            if (v.comment() != null) {
                ctx.out.step(slot, "comment", v.name().toString(), "COMMENT ON " + kind(v) + " " + ctx.table(v.name())
                        + " IS " + ctx.sql.literal(v.comment()));
            }
        }
    }

    private boolean late(View v) {
        return ctx.renamedTables.stream().anyMatch(t -> mentions(v, t));
    }

    private String drop(View v) {
        return "DROP " + kind(v) + " " + ctx.table(v.name());
    }

    static String kind(View v) {
        return v.materialized() ? "MATERIALIZED VIEW" : "VIEW";
    }

    static boolean mentions(View v, QualifiedName name) {
        return Pattern.compile("(?<![A-Za-z0-9_$])" + Pattern.quote(name.name()) + "(?![A-Za-z0-9_$])",
                Pattern.CASE_INSENSITIVE).matcher(v.definition()).find();
    }

    private static List<View> dependencyOrder(List<View> views) {
        List<View> out = new ArrayList<>();
        List<View> left = new ArrayList<>(views);
        while (!left.isEmpty()) {
            View next = left.stream().filter(v -> left.stream().noneMatch(o -> o != v && mentions(v, o.name())))
                    .findFirst().orElse(left.get(0));
            out.add(next);
            left.remove(next);
        }
        return out;
    }
}
