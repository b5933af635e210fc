package dev.lintel.model.ddl.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.diagnostic.Diagnostic;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Identity;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.IndexKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One construct per test, on small inline scripts. */
class DdlImporterFixtureTest {
    private final DdlImporter importer = new DdlImporter();

    private DdlImportResult pg(String sql) {
        return importer.importText(sql, "test.sql", Dialect.POSTGRES);
    }

    private static Table table(DdlImportResult r, String schema, String name) {
        return r.schema().table(QualifiedName.of(schema, name)).orElseThrow(() -> new AssertionError("no table " + name));
    }

    private static List<Diagnostic> warnings(DdlImportResult r) {
        return r.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.WARNING).toList();
    }

    @Test
    void unnamedConstraintsGetPostgresNamesAndClashesAreNumbered() {
        DdlImportResult r = pg("""
                CREATE TABLE t (
                  id int PRIMARY KEY,
                  a int UNIQUE CHECK (a > 0),
                  b int REFERENCES t,
                  CHECK (a < b), CHECK (a <> 5),
                  UNIQUE (a, b)
                );""");
        Table t = table(r, "public", "t");
        assertEquals("t_pkey", t.primaryKey().name());
        assertEquals(List.of("t_a_b_key", "t_a_key"), t.uniqueConstraints().stream().map(u -> u.name()).toList());
        assertEquals(List.of("t_a_check", "t_a_check1", "t_check"), t.checks().stream().map(c -> c.name()).toList());
        assertEquals("t_b_fkey", t.foreignKeys().get(0).name());
        assertEquals(List.of(), t.foreignKeys().get(0).referencedColumns());
        assertEquals("a > 0", t.checks().get(0).expression());
    }

    @Test
    void pgDumpSerialShapeBecomesASerialColumnWithoutSequence() {
        DdlImportResult r = pg("""
                SELECT pg_catalog.set_config('search_path', '', false);
                CREATE TABLE public.film (film_id integer NOT NULL, title text);
                CREATE SEQUENCE public.film_film_id_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
                ALTER SEQUENCE public.film_film_id_seq OWNED BY public.film.film_id;
                ALTER TABLE ONLY public.film ALTER COLUMN film_id SET DEFAULT nextval('public.film_film_id_seq'::regclass);
                """);
        Column id = table(r, "public", "film").column("film_id").orElseThrow();
        assertEquals(Column.SerialKind.SERIAL, id.serial());
        assertNull(id.defaultExpression());
        assertTrue(r.schema().sequences().isEmpty());
    }

    @Test
    void sequenceWithNonDefaultOptionsStaysExplicit() {
        DdlImportResult r = pg("""
                CREATE TABLE t (id bigint NOT NULL);
                CREATE SEQUENCE t_id_seq START WITH 100;
                ALTER SEQUENCE t_id_seq OWNED BY t.id;
                ALTER TABLE t ALTER COLUMN id SET DEFAULT nextval('t_id_seq'::regclass);
                """);
        assertEquals(1, r.schema().sequences().size());
        assertEquals(100L, r.schema().sequences().get(0).start());
        assertEquals("nextval('t_id_seq'::regclass)", table(r, "public", "t").column("id").orElseThrow().defaultExpression());
    }

    @Test
    void tableRenameInASchemaWithoutConstraintsRenames() {
        DdlImportResult r = pg("CREATE TABLE t (a int); ALTER TABLE t RENAME TO u;");
        assertEquals(List.of(), warnings(r));
        assertTrue(r.schema().table(QualifiedName.of("public", "u")).isPresent());
    }

    @Test
    void declaredSerialIsSerialAndNotNull() {
        Column c = table(pg("CREATE TABLE t (id bigserial PRIMARY KEY);"), "public", "t").columns().get(0);
        assertEquals(Column.SerialKind.BIGSERIAL, c.serial());
        assertEquals(DataType.of("bigint"), c.type());
        assertFalse(c.nullable());
    }

    @Test
    void pgDumpIdentityWithDefaultOptionsHasNoOptionsLeft() {
        DdlImportResult r = pg("""
                CREATE TABLE public.a (id integer NOT NULL);
                ALTER TABLE public.a ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
                    SEQUENCE NAME public.a_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1);
                """);
        assertEquals(new Identity(Identity.Generation.ALWAYS, null), table(r, "public", "a").columns().get(0).identity());
        assertEquals(List.of(), warnings(r));
    }

    @Test
    void typesAreCanonicalWithModifiersAndArrays() {
        Table t = table(pg("CREATE TABLE t (a character varying(255), b numeric(10,2), c timestamp(3) with time zone, d int[][], e double precision);"),
                "public", "t");
        assertEquals(new DataType("varchar", List.of("255"), 0, null), t.columns().get(0).type());
        assertEquals(new DataType("numeric", List.of("10", "2"), 0, null), t.columns().get(1).type());
        assertEquals(new DataType("timestamptz", List.of("3"), 0, null), t.columns().get(2).type());
        assertEquals(DataType.of("integer").asArray(2), t.columns().get(3).type());
        assertEquals(DataType.of("double precision"), t.columns().get(4).type());
    }

    @Test
    void enumsAndDomainsAreUserDefinedTypesAndAlterTypeAddsValuesInPlace() {
        DdlImportResult r = pg("""
                CREATE TYPE mood AS ENUM ('sad', 'happy');
                ALTER TYPE mood ADD VALUE 'ok' BEFORE 'happy';
                ALTER TYPE mood ADD VALUE 'great' AFTER 'happy';
                CREATE DOMAIN year AS integer CONSTRAINT year_check CHECK (((VALUE >= 1901) AND (VALUE <= 2155)));
                CREATE TABLE t (m mood, y year, g citext);
                """);
        assertEquals(List.of("sad", "ok", "happy", "great"), r.schema().enums().get(0).values());
        assertEquals("(VALUE >= 1901) AND (VALUE <= 2155)", r.schema().domains().get(0).checks().get(0).expression());
        Table t = table(r, "public", "t");
        assertEquals(DataType.userDefined(QualifiedName.of("public", "mood")), t.columns().get(0).type());
        assertEquals(DataType.userDefined(QualifiedName.of("public", "year")), t.columns().get(1).type());
        assertEquals(DataType.of("citext"), t.columns().get(2).type());
    }

    @Test
    void createIndexKeepsMethodExpressionsOrderIncludeAndPredicate() {
        DdlImportResult r = pg("""
                CREATE TABLE u (email text, name text, created timestamptz, id int);
                CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS u_email ON ONLY u USING btree (lower(email) text_pattern_ops, created DESC NULLS LAST) INCLUDE (id) WHERE (name IS NOT NULL);
                CREATE INDEX ON u (lower(name));
                CREATE INDEX ON u USING gin ((name || email));
                """);
        Table u = table(r, "public", "u");
        Index idx = u.indexes().stream().filter(i -> i.name().equals("u_email")).findFirst().orElseThrow();
        assertTrue(idx.unique());
        assertEquals(new IndexKey(null, "lower(email)", null, "text_pattern_ops", IndexKey.SortOrder.ASC, IndexKey.NullsOrder.DEFAULT),
                idx.keys().get(0));
        assertEquals(new IndexKey("created", null, null, null, IndexKey.SortOrder.DESC, IndexKey.NullsOrder.LAST), idx.keys().get(1));
        assertEquals(List.of("id"), idx.include());
        assertEquals("name IS NOT NULL", idx.where());
        assertEquals(List.of("u_email", "u_expr_idx", "u_lower_idx"), u.indexes().stream().map(Index::name).toList());
    }

    @Test
    void searchPathDecidesTheSchemaOfUnqualifiedNames() {
        DdlImportResult r = pg("""
                CREATE SCHEMA app;
                SET search_path TO app, public;
                CREATE TABLE t (id int);
                CREATE TABLE public.u (t_id int REFERENCES t (id));
                """);
        assertNotNull(table(r, "app", "t"));
        assertEquals(QualifiedName.of("app", "t"), table(r, "public", "u").foreignKeys().get(0).referencedTable());
    }

    @Test
    void alterTableAddsDropsRenamesAndValidates() {
        DdlImportResult r = pg("""
                CREATE TABLE t (a int, b int, c int);
                ALTER TABLE IF EXISTS ONLY t ADD COLUMN d text NOT NULL DEFAULT 'x', DROP COLUMN c;
                ALTER TABLE t ALTER COLUMN a SET NOT NULL, ALTER COLUMN b TYPE bigint;
                ALTER TABLE t ADD CONSTRAINT t_b_positive CHECK (b > 0) NOT VALID;
                ALTER TABLE t VALIDATE CONSTRAINT t_b_positive;
                ALTER TABLE t RENAME COLUMN a TO aa;
                ALTER TABLE t RENAME CONSTRAINT t_b_positive TO b_pos;
                ALTER TABLE t RENAME TO tt;
                ALTER TABLE missing ADD COLUMN x int;
                """);
        Table t = table(r, "public", "tt");
        assertEquals(List.of("aa", "b", "d"), t.columns().stream().map(Column::name).toList());
        assertFalse(t.columns().get(0).nullable());
        assertEquals(DataType.of("bigint"), t.columns().get(1).type());
        assertEquals("'x'", t.columns().get(2).defaultExpression());
        assertEquals("b_pos", t.checks().get(0).name());
        assertFalse(t.checks().get(0).notValid());
        assertEquals(1, warnings(r).size(), "only the ALTER on the missing table warns: " + warnings(r));
        assertEquals(9, warnings(r).get(0).location().line());
    }

    @Test
    void partitionsAndInheritance() {
        DdlImportResult r = pg("""
                CREATE TABLE m (id int, at date) PARTITION BY RANGE (at);
                CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
                CREATE TABLE m_old (id int, at date);
                ALTER TABLE ONLY m ATTACH PARTITION m_old DEFAULT;
                CREATE UNLOGGED TABLE IF NOT EXISTS child (extra text) INHERITS (m_old);
                """);
        assertEquals("RANGE (at)", table(r, "public", "m").partitionBy());
        Table p = table(r, "public", "m_2024");
        assertEquals(QualifiedName.of("public", "m"), p.partitionOf());
        assertEquals("FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')", p.partitionBound());
        assertEquals(List.of(), table(r, "public", "m_old").columns());
        assertEquals("DEFAULT", table(r, "public", "m_old").partitionBound());
        Table child = table(r, "public", "child");
        assertTrue(child.unlogged());
        assertEquals(List.of(QualifiedName.of("public", "m_old")), child.inherits());
    }

    @Test
    void viewsKeepTheirQueryAndCommentsLandOnTheirObjects() {
        DdlImportResult r = pg("""
                CREATE TABLE t (a int);
                CREATE OR REPLACE VIEW v AS SELECT a FROM t WHERE a > 1;
                CREATE MATERIALIZED VIEW mv AS SELECT count(*) FROM t WITH NO DATA;
                COMMENT ON TABLE t IS 'the t';
                COMMENT ON COLUMN t.a IS 'it''s a';
                COMMENT ON VIEW v IS 'view';
                COMMENT ON MATERIALIZED VIEW mv IS 'mat';
                COMMENT ON EXTENSION plpgsql IS 'ignored';
                """);
        Schema s = r.schema();
        assertEquals("SELECT a FROM t WHERE a > 1", s.views().get(1).definition());
        assertTrue(s.views().get(0).materialized());
        assertFalse(s.views().get(0).withData());
        assertEquals("mat", s.views().get(0).comment());
        assertEquals("the t", table(r, "public", "t").comment());
        assertEquals("it's a", table(r, "public", "t").columns().get(0).comment());
        assertEquals(List.of(), warnings(r));
    }

    @Test
    void functionsTriggersGrantsAndDoBlocksAreOpaqueWithInfo() {
        DdlImportResult r = pg("""
                CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END; $$;
                CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();
                GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader;
                DO $$ BEGIN RAISE NOTICE 'hi'; END $$;
                SET statement_timeout = 0;
                BEGIN;
                COMMIT;
                """);
        assertEquals(List.of("FUNCTION", "TRIGGER", "GRANT", "DO"),
                r.schema().opaqueObjects().stream().map(o -> o.kind()).toList());
        assertEquals(QualifiedName.of("public", "f"), r.schema().opaqueObjects().get(0).name());
        assertEquals(4, r.diagnostics().size());
        assertTrue(r.diagnostics().stream().allMatch(d -> d.severity() == Diagnostic.Severity.INFO));
        assertTrue(r.sourceMap().asMap().containsKey("opaque:public.f"));
    }

    @Test
    void garbageIsAWarningWithLocationAndTheRestStillImports() {
        DdlImportResult r = pg("CREATE TABLE a (id int);\n\n  this is not sql at all;\nCREATE TABLE b (id int);");
        assertEquals(2, r.schema().tables().size());
        assertEquals(1, warnings(r).size());
        assertEquals(3, warnings(r).get(0).location().line());
        assertEquals(3, warnings(r).get(0).location().column());
        assertTrue(warnings(r).get(0).excerpt().startsWith("this is not sql"));
    }

    @Test
    void duplicateCreateIfNotExistsIsInfoAndPlainDuplicateWarns() {
        DdlImportResult r = pg("CREATE TABLE IF NOT EXISTS a (id int); CREATE TABLE IF NOT EXISTS a (x int); CREATE TABLE a (y int);");
        assertEquals(List.of("id"), table(r, "public", "a").columns().stream().map(Column::name).toList());
        assertEquals(1, warnings(r).size());
    }

    @Test
    void sourceMapLocatesTablesColumnsConstraintsAndIndexes() {
        DdlImportResult r = pg("\n\nCREATE TABLE t (\n  id int PRIMARY KEY\n);\nCREATE INDEX t_id ON t (id);");
        var map = r.sourceMap().asMap();
        assertEquals(3, map.get("table:public.t").line());
        assertEquals(3, map.get("column:public.t.id").line());
        assertEquals(3, map.get("constraint:public.t.t_pkey").line());
        assertEquals(6, map.get("index:public.t.t_id").line());
    }

    @Test
    void splitterHandlesQuotesDollarQuotesCommentsAndPsqlMetaCommands() {
        List<RawStatement> s = StatementSplitter.split("""
                \\connect db
                SELECT 'a;''b', E'c\\';d', "x;y" /* c; /* nested; */ still */ FROM t; -- tail;
                CREATE FUNCTION f() AS $body$ a; b $body$;
                COPY t (a) FROM stdin;
                1;2
                \\.
                SELECT 2
                """, Dialect.POSTGRES);
        assertEquals(5, s.size());
        assertTrue(s.get(0).text().startsWith("\\connect"));
        assertEquals(2, s.get(1).line());
        assertTrue(s.get(2).text().endsWith("$body$"));
        assertEquals("SELECT 2", s.get(4).text());
    }

    @Test
    void mysqlDelimiterBlocksVersionCommentsKeysEnumsAndAutoIncrement() {
        DdlImportResult r = importer.importText("""
                /*!40101 SET NAMES utf8 */;
                LOCK TABLES `t` WRITE;
                CREATE TABLE `t` (
                  `id` int(11) unsigned NOT NULL AUTO_INCREMENT COMMENT 'the id',
                  `kind` enum('a','b') DEFAULT 'a',
                  /*!50705 `geo` geometry NOT NULL,*/
                  `body` text,
                  PRIMARY KEY (`id`),
                  UNIQUE KEY `uk_kind` (`kind`),
                  KEY `idx_body` (`body`(10)),
                  FULLTEXT KEY `ft_body` (`body`)
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='tee';
                UNLOCK TABLES;
                DELIMITER ;;
                CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.kind = 'a'; END;;
                DELIMITER ;
                """, "dump.sql", null);
        assertEquals(Dialect.MYSQL, r.dialect());
        Table t = r.schema().tables().get(0);
        assertNull(t.name().schema());
        assertEquals(List.of("id", "kind", "geo", "body"), t.columns().stream().map(Column::name).toList());
        Column id = t.columns().get(0);
        assertEquals(DataType.of("integer"), id.type());
        assertEquals(Identity.Generation.BY_DEFAULT, id.identity().generation());
        assertEquals("the id", id.comment());
        assertEquals(new DataType("enum", List.of("'a'", "'b'"), 0, null), t.columns().get(1).type());
        assertEquals("tee", t.comment());
        assertEquals("uk_kind", t.uniqueConstraints().get(0).name());
        assertEquals(List.of("ft_body", "idx_body"), t.indexes().stream().map(Index::name).toList());
        assertEquals("fulltext", t.indexes().get(0).method());
        assertEquals("TRIGGER", r.schema().opaqueObjects().get(0).kind());
        assertEquals(List.of(), warnings(r));
    }

    @Test
    void h2IdentityFormsAndUpperCaseFolding() {
        DdlImportResult r = importer.importText("""
                CREATE TABLE owners (id INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, n VARCHAR(30));
                CREATE TABLE pets (id BIGINT AUTO_INCREMENT, owner_id INT IDENTITY, x IDENTITY);
                DROP TABLE gone IF EXISTS;
                """, null, Dialect.H2);
        Table owners = table(r, "PUBLIC", "OWNERS");
        // The conventions name unnamed constraints as PostgreSQL would, whatever the dialect.
        assertEquals("OWNERS_pkey", owners.primaryKey().name());
        assertEquals(Identity.Generation.BY_DEFAULT, owners.columns().get(0).identity().generation());
        Table pets = table(r, "PUBLIC", "PETS");
        assertTrue(pets.columns().stream().allMatch(c -> c.identity() != null));
        assertEquals(List.of(), warnings(r));
    }

    @Test
    void foreignKeyActionsMatchAndDeferrability() {
        ForeignKey fk = table(pg("""
                CREATE TABLE p (id int PRIMARY KEY);
                CREATE TABLE c (pid int, CONSTRAINT c_p FOREIGN KEY (pid) REFERENCES p (id) MATCH FULL ON DELETE SET NULL ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED);
                """), "public", "c").foreignKeys().get(0);
        assertEquals(ForeignKey.Action.SET_NULL, fk.onDelete());
        assertEquals(ForeignKey.Action.CASCADE, fk.onUpdate());
        assertEquals(ForeignKey.Match.FULL, fk.match());
        assertEquals(dev.lintel.model.schema.Deferrability.DEFERRABLE_INITIALLY_DEFERRED, fk.deferrability());
    }

    @Test
    void doBlockGuardedDdlIsAppliedLeniently() {
        DdlImportResult r = pg("""
                CREATE TABLE p (id int PRIMARY KEY);
                CREATE TABLE c (pid int);
                DO $$ BEGIN
                  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'c_p') THEN
                    ALTER TABLE c ADD CONSTRAINT c_p FOREIGN KEY (pid) REFERENCES p (id);
                  END IF;
                END $$;
                """);
        assertEquals("c_p", table(r, "public", "c").foreignKeys().get(0).name());
    }

    @Test
    void filesWithBomCrlfAndLatin1StillImport(@TempDir Path dir) throws Exception {
        Path utf = dir.resolve("bom.sql");
        Files.write(utf, ("\uFEFFCREATE TABLE t (a int);\r\nCOMMENT ON TABLE t IS 'caf\u00e9';\r\n").getBytes(StandardCharsets.UTF_8));
        DdlImportResult r1 = importer.importFile(utf, null);
        assertEquals("caf\u00e9", table(r1, "public", "t").comment());
        Path latin = dir.resolve("latin1.sql");
        Files.write(latin, "CREATE TABLE t (a int);\nCOMMENT ON TABLE t IS 'caf\u00e9';\n".getBytes(StandardCharsets.ISO_8859_1));
        DdlImportResult r2 = importer.importFile(latin, null);
        assertEquals("caf\u00e9", table(r2, "public", "t").comment());
    }
}
