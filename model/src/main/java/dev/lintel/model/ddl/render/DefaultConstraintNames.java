package dev.lintel.model.ddl.render;

import dev.lintel.model.dialect.ConstraintNames;
import dev.lintel.model.schema.CheckConstraint;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.Constraint;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.PrimaryKey;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.UniqueConstraint;

/**
 * Recognises a constraint name that is the one PostgreSQL would have given the constraint had it
 * been declared without a name ({@link ConstraintNames}). Importers give every unnamed constraint
 * that name (docs/model-conventions.md), so outside PostgreSQL such a name was implied by the
 * source, not chosen by its author.
 *
 * <p>A CHECK's default name depends on the single column its expression mentions; rather than
 * re-parse the expression here, any column of the table (or none) counts. Names PostgreSQL makes
 * unique by appending a number ({@code t_pkey1}) are not recognised: they are rare and keeping such
 * a name is harmless.
 */
final class DefaultConstraintNames {
    private DefaultConstraintNames() {
    }

    static boolean isDefault(Table table, Constraint constraint) {
        String name = constraint.name();
        String t = table.name().name();
        if (name == null) {
            return false;
        }
        if (constraint instanceof PrimaryKey) {
            return name.equals(ConstraintNames.primaryKey(t));
        }
        if (constraint instanceof UniqueConstraint u) {
            return name.equals(ConstraintNames.unique(t, u.columns()));
        }
        if (constraint instanceof ForeignKey fk) {
            return name.equals(ConstraintNames.foreignKey(t, fk.columns()));
        }
        if (constraint instanceof CheckConstraint) {
            return name.equals(ConstraintNames.check(t, null))
                    || table.columns().stream().map(Column::name).anyMatch(c -> name.equals(ConstraintNames.check(t, c)));
        }
        return false; // exclusion constraints exist only in PostgreSQL, where names are always written
    }
}
