package dev.lintel.app.inspector;

import dev.lintel.model.schema.CheckConstraint;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.Constraint;
import dev.lintel.model.schema.Deferrability;
import dev.lintel.model.schema.ExclusionConstraint;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.IndexKey;
import dev.lintel.model.schema.PrimaryKey;
import dev.lintel.model.schema.UniqueConstraint;
import java.util.List;

/**
 * Short, SQL-flavoured descriptions of constraints, indexes and column defaults for reading in the
 * inspector. Not DDL: the DDL pane (rendered by the model's renderer) is the place for that.
 */
final class DefinitionText {
    private DefinitionText() {
    }

    static DefinitionRow of(Constraint constraint) {
        // Java 17 has no pattern matching in switch (preview only): an instanceof chain over the sealed type.
        if (constraint instanceof PrimaryKey pk) {
            return new DefinitionRow("PK", pk.name(), "PRIMARY KEY " + cols(pk.columns()) + deferrable(pk.deferrability()));
        }
        if (constraint instanceof UniqueConstraint u) {
            return new DefinitionRow("UQ", u.name(), "UNIQUE " + (u.nullsNotDistinct() ? "NULLS NOT DISTINCT " : "")
                    + cols(u.columns()) + deferrable(u.deferrability()));
        }
        if (constraint instanceof ForeignKey fk) {
            return new DefinitionRow("FK", fk.name(), foreignKey(fk));
        }
        if (constraint instanceof CheckConstraint c) {
            return new DefinitionRow("CHECK", c.name(), "CHECK (" + c.expression() + ")" + (c.notValid() ? " NOT VALID" : ""));
        }
        ExclusionConstraint x = (ExclusionConstraint) constraint;
        return new DefinitionRow("EXCL", x.name(), "EXCLUDE " + x.definition() + deferrable(x.deferrability()));
    }

    static DefinitionRow of(Index index) {
        StringBuilder sb = new StringBuilder();
        if (index.unique()) {
            sb.append("UNIQUE ");
        }
        sb.append(index.method()).append(' ');
        sb.append('(').append(String.join(", ", index.keys().stream().map(DefinitionText::key).toList())).append(')');
        if (!index.include().isEmpty()) {
            sb.append(" INCLUDE ").append(cols(index.include()));
        }
        if (index.where() != null) {
            sb.append(" WHERE ").append(index.where());
        }
        return new DefinitionRow(index.isPartial() ? "PARTIAL" : "INDEX", index.name(), sb.toString());
    }

    static String defaultOf(Column c) {
        if (c.identity() != null) {
            return "identity";
        }
        if (c.serial() != Column.SerialKind.NONE) {
            return c.serial().name().toLowerCase(java.util.Locale.ROOT);
        }
        if (c.generatedExpression() != null) {
            return "generated: " + c.generatedExpression();
        }
        return c.defaultExpression() == null ? "" : c.defaultExpression();
    }

    private static String foreignKey(ForeignKey fk) {
        StringBuilder sb = new StringBuilder(cols(fk.columns())).append(" \u2192 ").append(fk.referencedTable());
        if (!fk.referencedColumns().isEmpty()) {
            sb.append(' ').append(cols(fk.referencedColumns()));
        }
        if (fk.onDelete() != ForeignKey.Action.NO_ACTION) {
            sb.append(" ON DELETE ").append(fk.onDelete().sql());
        }
        if (fk.onUpdate() != ForeignKey.Action.NO_ACTION) {
            sb.append(" ON UPDATE ").append(fk.onUpdate().sql());
        }
        if (fk.match() != ForeignKey.Match.SIMPLE) {
            sb.append(" MATCH ").append(fk.match());
        }
        sb.append(deferrable(fk.deferrability()));
        if (fk.notValid()) {
            sb.append(" NOT VALID");
        }
        if (fk.notEnforced()) {
            sb.append(" NOT ENFORCED (declared, not in the database)");
        }
        return sb.toString();
    }

    static String key(IndexKey k) {
        StringBuilder sb = new StringBuilder(k.isColumn() ? k.column() : "(" + k.expression() + ")");
        if (k.collation() != null) {
            sb.append(" COLLATE ").append(k.collation());
        }
        if (k.opclass() != null) {
            sb.append(' ').append(k.opclass());
        }
        if (k.order() == IndexKey.SortOrder.DESC) {
            sb.append(" DESC");
        }
        if (k.nulls() != IndexKey.NullsOrder.DEFAULT) {
            sb.append(" NULLS ").append(k.nulls());
        }
        return sb.toString();
    }

    private static String deferrable(Deferrability d) {
        return d == Deferrability.NOT_DEFERRABLE ? "" : " " + d.name().replace('_', ' ');
    }

    private static String cols(List<String> columns) {
        return "(" + String.join(", ", columns) + ")";
    }
}
