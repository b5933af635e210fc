package dev.lintel.model.ddl.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.Identity;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** H2 constructs whose meaning differs from their PostgreSQL reading, each checked against what H2 itself stores. */
class H2ImportFixtureTest {
    private final DdlImporter importer = new DdlImporter();

    private DdlImportResult h2(String sql) {
        return importer.importText(sql, "test.sql", Dialect.H2);
    }

    private static Table table(DdlImportResult r, String name) {
        return r.schema().table(QualifiedName.of("PUBLIC", name)).orElseThrow(() -> new AssertionError("no table " + name));
    }

    private static Column column(Table t, String name) {
        return t.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void identityTypedColumnIsABigintIdentityAndThePrimaryKey() {
        Table t = table(h2("create table T (ID identity, X int);"), "T");
        Column id = column(t, "ID");
        assertEquals(DataType.of("bigint"), id.type());
        assertEquals(Identity.Generation.BY_DEFAULT, id.identity().generation());
        assertEquals(List.of("ID"), t.primaryKey().columns());
        assertEquals("T_pkey", t.primaryKey().name());
    }

    @Test
    void identityTypeKeepsItsWrittenStartAndIncrement() {
        Column id = column(table(h2("create table T (ID identity(5, 2));"), "T"), "ID");
        assertEquals("START WITH 5 INCREMENT BY 2", id.identity().sequenceOptions());
    }

    @Test
    void primaryKeyTheTableDeclaresWinsOverTheOneTheIdentityTypeImplies() {
        DdlImportResult r = h2("create table T (ID identity, X int, constraint PK_T primary key (ID));");
        assertEquals("PK_T", table(r, "T").primaryKey().name());
        assertTrue(r.diagnostics().isEmpty(), r.diagnostics().toString());
    }

    @Test
    void identityTypeAddedByAlterTableIsThePrimaryKeyToo() {
        Table t = table(h2("create table T (X int); alter table T add column ID identity;"), "T");
        assertEquals(List.of("ID"), t.primaryKey().columns());
    }

    @Test
    void explicitDefaultNullIsKeptBecauseH2RecordsIt() {
        Table t = table(h2("create table T (A timestamp default null, B int default 1);"
                + " alter table T alter column B set default null;"), "T");
        assertEquals("null", column(t, "A").defaultExpression());
        assertEquals("null", column(t, "B").defaultExpression());
    }

    @Test
    void postgresStillStoresNoDefaultForDefaultNull() {
        DdlImportResult r = importer.importText("create table t (a int default null);", "test.sql", Dialect.POSTGRES);
        assertNull(r.schema().table(QualifiedName.of("public", "t")).orElseThrow().columns().get(0).defaultExpression());
    }

    @Test
    void dropColumnTakesAListOfColumnsInH2() {
        DdlImportResult r = h2("""
                create table T (A int, B int, C int, D int, E int);
                alter table T drop column B, C;
                alter table T drop column (D, E);""");
        assertEquals(List.of("A"), table(r, "T").columns().stream().map(Column::name).toList());
        assertTrue(r.diagnostics().isEmpty(), r.diagnostics().toString());
    }
}
