package dev.lintel.model.ddl.parse;

import dev.lintel.model.schema.CheckConstraint;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.Domain;
import dev.lintel.model.schema.EnumType;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.OpaqueObject;
import dev.lintel.model.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;

/** CREATE TYPE (enums; other kinds kept opaque), ALTER TYPE ... ADD/RENAME VALUE, CREATE DOMAIN. */
final class TypeStatements {
    private TypeStatements() {
    }

    static void createType(TokenCursor in, SchemaBuilder schema, String sql) {
        in.expectWords("CREATE", "TYPE");
        QualifiedName name = schema.qualify(in.qualifiedName());
        if (in.acceptWords("AS", "ENUM")) {
            in.expectSymbol("(");
            List<String> values = new ArrayList<>();
            while (!in.atEnd() && !in.peek().isSymbol(")")) {
                values.add(TokenCursor.unquoteString(in.next().text()));
                in.acceptSymbol(",");
            }
            in.expectSymbol(")");
            schema.enums.put(name, new EnumType(name, values, null));
            schema.reserveRelation(name.schema(), name.name());
            schema.locate(ObjectPath.of(ObjectPath.Kind.ENUM, name));
            return;
        }
        schema.opaqueTypes.add(name);
        schema.opaqueObjects.add(new OpaqueObject("TYPE", name, sql));
        schema.locate(ObjectPath.of(ObjectPath.Kind.OPAQUE, name));
        schema.info("type " + name + " kept as opaque SQL (only enums are modelled)");
    }

    static void alterType(TokenCursor in, SchemaBuilder schema, String sql) {
        in.expectWords("ALTER", "TYPE");
        QualifiedName name = schema.qualify(in.qualifiedName());
        EnumType type = schema.enums.get(name);
        if (in.acceptWords("OWNER", "TO")) {
            return;
        }
        if (type == null) {
            schema.opaqueObjects.add(new OpaqueObject("ALTER TYPE", name, sql));
            schema.info("ALTER TYPE of a type the model does not hold kept as opaque SQL");
            return;
        }
        List<String> values = new ArrayList<>(type.values());
        if (in.acceptWords("ADD", "VALUE")) {
            in.acceptWords("IF", "NOT", "EXISTS");
            String value = TokenCursor.unquoteString(in.next().text());
            if (values.contains(value)) {
                return;
            }
            if (in.acceptWords("BEFORE")) {
                int at = values.indexOf(TokenCursor.unquoteString(in.next().text()));
                values.add(Math.max(at, 0), value);
            } else if (in.acceptWords("AFTER")) {
                int at = values.indexOf(TokenCursor.unquoteString(in.next().text()));
                values.add(at < 0 ? values.size() : at + 1, value);
            } else {
                values.add(value);
            }
        } else if (in.acceptWords("RENAME", "VALUE")) {
            String old = TokenCursor.unquoteString(in.next().text());
            in.expectWords("TO");
            String renamed = TokenCursor.unquoteString(in.next().text());
            values.replaceAll(v -> v.equals(old) ? renamed : v);
        } else {
            schema.info("ALTER TYPE action not represented in the model");
            return;
        }
        schema.enums.put(name, type.withValues(values));
    }

    static void createDomain(TokenCursor in, SchemaBuilder schema) {
        in.expectWords("CREATE", "DOMAIN");
        in.acceptWords("IF", "NOT", "EXISTS");
        QualifiedName name = schema.qualify(in.qualifiedName());
        in.acceptWords("AS");
        DataType base = DataTypeReader.read(in, schema);
        boolean notNull = false;
        String defaultExpr = null;
        String collation = null;
        List<CheckConstraint> checks = new ArrayList<>();
        while (!in.atEnd()) {
            String constraintName = in.acceptWords("CONSTRAINT") ? in.identifier() : null;
            if (in.acceptWords("NOT", "NULL")) {
                notNull = true;
            } else if (in.acceptWords("NULL")) {
                notNull = false;
            } else if (in.acceptWords("DEFAULT")) {
                defaultExpr = ColumnReader.readDefault(in);
            } else if (in.acceptWords("COLLATE")) {
                collation = in.qualifiedName().name();
            } else if (in.peek().isWord("CHECK")) {
                CheckConstraint check = ConstraintReader.readCheck(in, constraintName);
                String checkName = check.name() != null ? check.name()
                        : schema.chooseConstraintName(name.schema(), name.name(), null, "check");
                schema.reserveConstraint(name.schema(), checkName);
                checks.add(check.withName(checkName));
            } else {
                throw new DdlSyntaxException("unexpected '" + in.peek().text() + "' in CREATE DOMAIN");
            }
        }
        schema.domains.put(name, new Domain(name, base, notNull, defaultExpr, collation, checks, null));
        schema.locate(ObjectPath.of(ObjectPath.Kind.DOMAIN, name));
    }
}
