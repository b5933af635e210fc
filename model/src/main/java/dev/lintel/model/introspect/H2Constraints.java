package dev.lintel.model.introspect;

import dev.lintel.model.schema.CheckConstraint;
import dev.lintel.model.schema.Deferrability;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.PrimaryKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.UniqueConstraint;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * H2 constraints from INFORMATION_SCHEMA: key columns (with their position in the referenced
 * key, to pair foreign key columns with referenced columns), referential rules, CHECK clauses,
 * then the constraints themselves: four queries for any number of tables.
 */
final class H2Constraints {
    private record KeyColumn(String column, Integer positionInUnique) {
    }

    private record Reference(String uniqueSchema, String uniqueName, String tableSchema, String tableName,
                             String updateRule, String deleteRule) {
    }

    private final CatalogSession session;
    private final Map<QualifiedName, Table.Builder> tables;
    private final Map<String, List<KeyColumn>> columns = new HashMap<>();
    private final Map<String, Reference> references = new HashMap<>();
    private final Map<String, String> checks = new HashMap<>();

    H2Constraints(CatalogSession session, Map<QualifiedName, Table.Builder> tables) {
        this.session = session;
        this.tables = tables;
    }

    void read() throws SQLException, IntrospectionException {
        session.query("key columns", """
                SELECT CONSTRAINT_SCHEMA, CONSTRAINT_NAME, COLUMN_NAME, POSITION_IN_UNIQUE_CONSTRAINT
                FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE ORDER BY CONSTRAINT_SCHEMA, CONSTRAINT_NAME, ORDINAL_POSITION
                """, row -> columns.computeIfAbsent(row.getString(1) + "." + row.getString(2), k -> new ArrayList<>())
                .add(new KeyColumn(row.getString(3), (Integer) row.getObject(4))));
        session.query("referential constraints", """
                SELECT r.CONSTRAINT_SCHEMA, r.CONSTRAINT_NAME, r.UNIQUE_CONSTRAINT_SCHEMA, r.UNIQUE_CONSTRAINT_NAME,
                       u.TABLE_SCHEMA, u.TABLE_NAME, r.UPDATE_RULE, r.DELETE_RULE
                FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS r
                JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS u
                  ON u.CONSTRAINT_SCHEMA = r.UNIQUE_CONSTRAINT_SCHEMA AND u.CONSTRAINT_NAME = r.UNIQUE_CONSTRAINT_NAME
                """, row -> references.put(row.getString(1) + "." + row.getString(2), new Reference(row.getString(3),
                row.getString(4), row.getString(5), row.getString(6), row.getString(7), row.getString(8))));
        session.query("check constraints", "SELECT CONSTRAINT_SCHEMA, CONSTRAINT_NAME, CHECK_CLAUSE FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS",
                row -> checks.put(row.getString(1) + "." + row.getString(2), row.getString(3)));
        session.query("constraints", """
                SELECT CONSTRAINT_SCHEMA, CONSTRAINT_NAME, CONSTRAINT_TYPE, TABLE_SCHEMA, TABLE_NAME, IS_DEFERRABLE
                FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA <> 'INFORMATION_SCHEMA'
                ORDER BY TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME
                """, row -> {
            Table.Builder table = tables.get(QualifiedName.of(row.getString("TABLE_SCHEMA"), row.getString("TABLE_NAME")));
            if (table != null) {
                add(table, row.getString("CONSTRAINT_SCHEMA") + "." + row.getString("CONSTRAINT_NAME"),
                        row.getString("CONSTRAINT_NAME"), row.getString("CONSTRAINT_TYPE"));
            }
        });
    }

    private void add(Table.Builder table, String id, String name, String type) {
        List<String> cols = columns.getOrDefault(id, List.of()).stream().map(KeyColumn::column).toList();
        switch (type) {
            case "PRIMARY KEY" -> table.primaryKey(new PrimaryKey(name, cols, Deferrability.NOT_DEFERRABLE));
            case "UNIQUE" -> table.addUnique(new UniqueConstraint(name, cols, false, Deferrability.NOT_DEFERRABLE));
            case "CHECK" -> table.addCheck(CheckConstraint.of(name, H2TypeDefinitions.checkExpression(checks.get(id))));
            case "FOREIGN KEY" -> {
                Reference ref = references.get(id);
                if (ref == null) {
                    return;
                }
                List<KeyColumn> unique = columns.getOrDefault(ref.uniqueSchema() + "." + ref.uniqueName(), List.of());
                List<String> referenced = new ArrayList<>();
                for (KeyColumn k : columns.getOrDefault(id, List.of())) {
                    int position = k.positionInUnique() == null ? referenced.size() + 1 : k.positionInUnique();
                    referenced.add(position <= unique.size() ? unique.get(position - 1).column() : null);
                }
                table.addForeignKey(new ForeignKey(name, cols, QualifiedName.of(ref.tableSchema(), ref.tableName()),
                        referenced, action(ref.deleteRule()), action(ref.updateRule()), ForeignKey.Match.SIMPLE,
                        Deferrability.NOT_DEFERRABLE, false, false));
            }
            default -> {
                // no other kinds in H2
            }
        }
    }

    private static ForeignKey.Action action(String rule) {
        return switch (rule == null ? "" : rule) {
            case "CASCADE" -> ForeignKey.Action.CASCADE;
            case "SET NULL" -> ForeignKey.Action.SET_NULL;
            case "SET DEFAULT" -> ForeignKey.Action.SET_DEFAULT;
            case "RESTRICT" -> ForeignKey.Action.RESTRICT;
            default -> ForeignKey.Action.NO_ACTION;
        };
    }
}
