package dev.lintel.model.ddl.parse;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.Extension;
import dev.lintel.model.schema.Namespace;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Statements that set the scene: search path, schemas, extensions. */
final class SessionStatements {
    private static final Pattern SET_CONFIG_SEARCH_PATH = Pattern.compile(
            "(?is).*set_config\\s*\\(\\s*'search_path'\\s*,\\s*'([^']*)'.*");

    private SessionStatements() {
    }

    /** {@code SET [SESSION|LOCAL] search_path TO|= a, b} and H2's {@code SET SCHEMA x}; other settings are noise. */
    static void set(TokenCursor in, SchemaBuilder schema) {
        in.expectWords("SET");
        in.acceptWords("SESSION");
        in.acceptWords("LOCAL");
        if (in.acceptWords("search_path")) {
            if (!in.acceptWords("TO")) {
                in.acceptSymbol("=");
            }
            List<String> path = new ArrayList<>();
            while (!in.atEnd()) {
                SqlToken t = in.next();
                if (t.kind() == SqlToken.Kind.STRING) {
                    path.add(TokenCursor.unquoteString(t.text()));
                } else if (t.isIdentifier()) {
                    path.add(schema.dialect.identifierFromSql(t.text()));
                }
            }
            schema.setSearchPath(path);
        } else if (schema.dialect == Dialect.H2 && in.acceptWords("SCHEMA")) {
            SqlToken t = in.next();
            schema.setSearchPath(List.of(t.kind() == SqlToken.Kind.STRING ? TokenCursor.unquoteString(t.text())
                    : schema.dialect.identifierFromSql(t.text())));
        }
    }

    /** pg_dump's {@code SELECT pg_catalog.set_config('search_path', '', false)}. */
    static void select(String sql, SchemaBuilder schema) {
        Matcher m = SET_CONFIG_SEARCH_PATH.matcher(sql);
        if (m.matches()) {
            List<String> path = new ArrayList<>();
            for (String part : m.group(1).split(",")) {
                path.add(schema.dialect.identifierFromSql(part.strip()));
            }
            schema.setSearchPath(path);
        }
    }

    /** Reads {@code CREATE SCHEMA [IF NOT EXISTS] name [AUTHORIZATION r]}; returns the schema name (null for MySQL databases). */
    static String createSchema(TokenCursor in, SchemaBuilder schema) {
        in.expectWords("CREATE");
        in.next();
        in.acceptWords("IF", "NOT", "EXISTS");
        String name = in.peek().isWord("AUTHORIZATION") ? null : in.identifier();
        if (in.acceptWords("AUTHORIZATION") && name == null) {
            name = in.identifier();
        }
        if (in.peek().isIdentifier() && !in.peek().isAnyWord("CREATE", "GRANT", "DEFAULT", "CHARACTER", "CHARSET", "COLLATE")) {
            in.next();
        }
        if (schema.dialect == Dialect.MYSQL || name == null) {
            in.skipToEnd();
            return null;
        }
        schema.namespaces.putIfAbsent(name, new Namespace(name, null));
        schema.locate(ObjectPath.of(ObjectPath.Kind.SCHEMA, QualifiedName.unqualified(name)));
        return name;
    }

    static void createExtension(TokenCursor in, SchemaBuilder schema) {
        in.expectWords("CREATE", "EXTENSION");
        in.acceptWords("IF", "NOT", "EXISTS");
        String name = in.identifier();
        String extSchema = null;
        String version = null;
        in.acceptWords("WITH");
        while (!in.atEnd()) {
            if (in.acceptWords("SCHEMA")) {
                extSchema = in.identifier();
            } else if (in.acceptWords("VERSION")) {
                SqlToken v = in.next();
                version = v.kind() == SqlToken.Kind.STRING ? TokenCursor.unquoteString(v.text()) : v.text();
            } else {
                in.next();
            }
        }
        schema.extensions.put(name, new Extension(name, extSchema, version));
        schema.locate(ObjectPath.of(ObjectPath.Kind.EXTENSION, QualifiedName.unqualified(name)));
    }
}
