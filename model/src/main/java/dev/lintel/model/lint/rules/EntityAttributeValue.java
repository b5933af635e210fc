package dev.lintel.model.lint.rules;

import dev.lintel.model.lint.Category;
import dev.lintel.model.lint.FindingCollector;
import dev.lintel.model.lint.LintContext;
import dev.lintel.model.lint.Scope;
import dev.lintel.model.lint.Severity;
import dev.lintel.model.lint.TableRule;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.Table;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Entity-attribute-value: a narrow table (at most 6 columns by default) of an entity reference,
 * an attribute name and a value. Every attribute is then untyped, optional and unconstrained, and
 * reading one entity back needs a pivot.
 */
public final class EntityAttributeValue extends TableRule {
    private static final Pattern ATTRIBUTE = Pattern.compile("(?i)(attribute|attr|property|prop|field|meta)?_?(key|name)|attribute|attr|property|field|meta_key");
    private static final Pattern VALUE = Pattern.compile("(?i)(attribute_|attr_|property_|field_|meta_)?(value|val)(_\\w+)?");

    public EntityAttributeValue() {
        super("design-eav", Category.MODELLING, Severity.INFO, Scope.TABLE);
    }

    @Override
    public boolean heuristic() {
        return true;
    }

    @Override
    public void check(Table table, LintContext ctx, FindingCollector out) {
        int max = (int) ctx.threshold(this, "max-columns", 6);
        if (table.columns().size() > max) {
            return;
        }
        Optional<Column> entity = table.columns().stream().filter(c -> isEntityReference(table, c)).findFirst();
        Optional<Column> attribute = table.columns().stream().filter(c -> ATTRIBUTE.matcher(c.name()).matches()).findFirst();
        Optional<Column> value = table.columns().stream().filter(c -> VALUE.matcher(c.name()).matches()).findFirst();
        if (entity.isPresent() && attribute.isPresent() && value.isPresent()) {
            out.reportGuess(0.7, ObjectPath.table(table.name()), "Table " + table.name() + " stores entity-attribute-value rows ("
                    + entity.get().name() + ", " + attribute.get().name() + ", " + value.get().name()
                    + "): attributes get no type, no NOT NULL and no CHECK.");
        }
    }

    private static boolean isEntityReference(Table table, Column c) {
        if (table.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(c.name()))) {
            return true;
        }
        String n = c.name().toLowerCase(java.util.Locale.ROOT);
        return (n.endsWith("_id") || n.endsWith("id") && n.length() > 2 && !n.equals("id"))
                && !(table.primaryKey() != null && table.primaryKey().columns().equals(java.util.List.of(c.name())));
    }
}
