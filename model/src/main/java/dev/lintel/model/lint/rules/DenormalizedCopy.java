package dev.lintel.model.lint.rules;

import dev.lintel.model.lint.Category;
import dev.lintel.model.lint.FindingCollector;
import dev.lintel.model.lint.LintContext;
import dev.lintel.model.lint.Scope;
import dev.lintel.model.lint.Severity;
import dev.lintel.model.lint.TableRule;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.Table;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A copy of a parent's column kept in the child: {@code orders.user_email} beside the foreign key
 * {@code orders.user_id -> users} when users has {@code email}. The copy goes stale when the parent
 * changes. Names that say the copy is a deliberate snapshot ({@code *_at_purchase},
 * {@code *_snapshot}, {@code billing_*}, {@code shipping_*}) are left alone.
 */
public final class DenormalizedCopy extends TableRule {
    private static final Pattern SNAPSHOT = Pattern.compile("(?i).*(_at_(purchase|order|time)|_snapshot|_at_the_time)|(billing|shipping)_.*");

    public DenormalizedCopy() {
        super("design-denormalized-copy", Category.MODELLING, Severity.INFO, Scope.NEIGHBOURS);
    }

    @Override
    public boolean heuristic() {
        return true;
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        for (ForeignKey fk : table.foreignKeys()) {
            if (fk.columns().size() != 1) {
                continue;
            }
            String ref = refStem(fk.columns().get(0));
            Optional<Table> parent = ctx.resolve(fk.referencedTable());
            if (ref == null || parent.isEmpty() || parent.get() == table) {
                continue;
            }
            for (Column c : table.columns()) {
                if (!c.name().startsWith(ref + "_") || c.name().equals(fk.columns().get(0)) || SNAPSHOT.matcher(c.name()).matches()) {
                    continue;
                }
                String attr = c.name().substring(ref.length() + 1);
                Optional<Column> source = parent.get().column(attr).or(() -> parent.get().column(c.name()));
                if (source.isPresent() && !parent.get().isPrimaryKeyColumn(source.get().name())
                        && sameKind(c, source.get())) {
                    out.reportGuess(0.7, ObjectPath.column(table.name(), c.name()), "Column " + table.name() + "." + c.name()
                            + " copies " + parent.get().name() + "." + source.get().name() + ", which " + fk.columns().get(0)
                            + " already reaches through its foreign key; the copy goes stale when the original changes.");
                }
            }
        }
    }

    private static String refStem(String fkColumn) {
        String lower = fkColumn.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith("_id") && lower.length() > 3 ? fkColumn.substring(0, fkColumn.length() - 3) : null;
    }

    private static boolean sameKind(Column a, Column b) {
        return a.type().name().equals(b.type().name()) || Types.isTextual(a.type()) && Types.isTextual(b.type());
    }
}
