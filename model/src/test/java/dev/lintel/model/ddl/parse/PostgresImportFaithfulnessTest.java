package dev.lintel.model.ddl.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PostgreSQL behaviours the importer reproduces so that a rendered schema loads into the same catalog. */
class PostgresImportFaithfulnessTest {
    private final DdlImporter importer = new DdlImporter();

    private DdlImportResult pg(String sql) {
        return importer.importText(sql, "test.sql", Dialect.POSTGRES);
    }

    private static Column column(DdlImportResult r, String schema, String table, String column) {
        Table t = r.schema().table(QualifiedName.of(schema, table)).orElseThrow(() -> new AssertionError("no table " + table));
        return t.column(column).orElseThrow();
    }

    @Test
    void createSchemaElementsFindTypesOnTheSearchPathBehindTheNewSchema() {
        DdlImportResult r = pg("""
                CREATE DOMAIN "Name" varchar(50) NULL;
                CREATE SCHEMA hr
                  CREATE TABLE dept(id int, name "Name" NOT NULL);
                """);
        assertEquals(QualifiedName.of("public", "Name"), column(r, "hr", "dept", "name").type().userType());
    }

    @Test
    void extensionCreatedInsideAGuardingDoBlockIsPartOfTheModel() {
        DdlImportResult r = pg("""
                DO LANGUAGE 'plpgsql' $$
                    BEGIN
                        IF ( NOT EXISTS (select extname from pg_extension where extname = 'btree_gin') ) THEN
                            CREATE EXTENSION btree_gin;
                        END IF;
                    END
                $$;
                """);
        assertEquals(List.of("btree_gin"), r.schema().extensions().stream().map(e -> e.name()).toList());
    }
}
