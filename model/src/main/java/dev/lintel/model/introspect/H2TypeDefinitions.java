package dev.lintel.model.introspect;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.CheckConstraint;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.Domain;
import dev.lintel.model.schema.QualifiedName;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What H2 keeps about types beyond a column's DATA_TYPE: the values of ENUM columns and domains
 * (INFORMATION_SCHEMA.ENUM_VALUES, keyed by the owner's DTD_IDENTIFIER) and domains with their
 * default and CHECK constraints. Three queries for any number of objects.
 */
final class H2TypeDefinitions {
    private final Map<String, List<String>> enumValues = new HashMap<>();
    private final List<Domain> domains = new ArrayList<>();

    void read(CatalogSession session, SchemaFilter filter) throws SQLException, IntrospectionException {
        session.query("enum values", """
                SELECT OBJECT_SCHEMA, OBJECT_NAME, OBJECT_TYPE, ENUM_IDENTIFIER, VALUE_NAME FROM INFORMATION_SCHEMA.ENUM_VALUES
                ORDER BY OBJECT_SCHEMA, OBJECT_NAME, OBJECT_TYPE, ENUM_IDENTIFIER, VALUE_ORDINAL
                """, row -> enumValues.computeIfAbsent(key(row.getString(1), row.getString(2), row.getString(3), row.getString(4)),
                k -> new ArrayList<>()).add(PgTypeReader.literal(row.getString(5))));
        Map<QualifiedName, List<CheckConstraint>> checks = new HashMap<>();
        session.query("domain constraints", """
                SELECT d.DOMAIN_SCHEMA, d.DOMAIN_NAME, d.CONSTRAINT_NAME, c.CHECK_CLAUSE
                FROM INFORMATION_SCHEMA.DOMAIN_CONSTRAINTS d
                JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS c
                  ON c.CONSTRAINT_SCHEMA = d.CONSTRAINT_SCHEMA AND c.CONSTRAINT_NAME = d.CONSTRAINT_NAME
                ORDER BY d.DOMAIN_SCHEMA, d.DOMAIN_NAME, d.CONSTRAINT_NAME
                """, row -> checks.computeIfAbsent(QualifiedName.of(row.getString(1), row.getString(2)), k -> new ArrayList<>())
                .add(CheckConstraint.of(row.getString(3), checkExpression(row.getString(4)))));
        session.query("domains", """
                SELECT DOMAIN_SCHEMA, DOMAIN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE,
                       DATETIME_PRECISION, DOMAIN_DEFAULT, DTD_IDENTIFIER, REMARKS
                FROM INFORMATION_SCHEMA.DOMAINS WHERE DOMAIN_SCHEMA <> 'INFORMATION_SCHEMA'
                ORDER BY DOMAIN_SCHEMA, DOMAIN_NAME
                """, row -> {
            if (!filter.accepts(row.getString("DOMAIN_SCHEMA"))) {
                return;
            }
            QualifiedName name = QualifiedName.of(row.getString("DOMAIN_SCHEMA"), row.getString("DOMAIN_NAME"));
            DataType base = type(row, "DOMAIN", name.schema(), name.name());
            domains.add(new Domain(name, base, false, row.getString("DOMAIN_DEFAULT"), null,
                    checks.getOrDefault(name, List.of()), H2Introspector.emptyToNull(row.getString("REMARKS"))));
        });
    }

    List<Domain> domains() {
        return domains;
    }

    /** The type of a column or domain row (DATA_TYPE and its size columns, DTD_IDENTIFIER), enum values included. */
    DataType type(ResultSet row, String ownerKind, String ownerSchema, String ownerName) throws SQLException {
        DataType type = H2Types.of(row.getString("DATA_TYPE"), (Number) row.getObject("CHARACTER_MAXIMUM_LENGTH"),
                (Number) row.getObject("NUMERIC_PRECISION"), (Number) row.getObject("NUMERIC_SCALE"),
                (Number) row.getObject("DATETIME_PRECISION"));
        if (!type.name().equals("enum")) {
            return type;
        }
        List<String> values = enumValues.get(key(ownerSchema, ownerName, ownerKind, row.getString("DTD_IDENTIFIER")));
        return values == null ? type : new DataType("enum", values, 0, null);
    }

    /**
     * H2 prints CHECK clauses with every identifier quoted, over several lines: unquote the ones
     * a script writes plainly and join the lines. (Its added parentheses are the database's own form.)
     */
    static String checkExpression(String clause) {
        return SqlText.joinLines(SqlText.unquoteIdentifiers(SqlText.stripOuterParentheses(clause), Dialect.H2));
    }

    private static String key(String schema, String name, String kind, String dtd) {
        return schema + '\u0000' + name + '\u0000' + kind + '\u0000' + dtd;
    }
}
