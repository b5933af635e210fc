package dev.lintel.model.ddl.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.OpaqueObject;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where verbatim statements go so that the objects using them, and the objects they use, load. */
class OpaqueStatementPlacementTest {
    private final RenderOptions plain = RenderOptions.defaults().withHeaderComment(false);

    private static OpaqueObject function(String name, String sql) {
        return new OpaqueObject("FUNCTION", QualifiedName.of("public", name), sql);
    }

    private String render(List<OpaqueObject> opaque) {
        Table language = Table.of(QualifiedName.of("public", "language"), List.of(Column.of("id", DataType.of("integer"))));
        Table film = Table.of(QualifiedName.of("public", "film"), List.of(
                Column.of("id", DataType.of("integer")).withDefault("public.next_id()")));
        Schema schema = Schema.ofTables(List.of(film, language)).withOpaqueObjects(opaque);
        return new DdlRenderer().render(schema, Dialect.POSTGRES, plain).sql();
    }

    @Test
    void functionUsedByAColumnDefaultComesBeforeTheTablesWithItsBodyUnchecked() {
        String sql = render(List.of(function("next_id",
                "CREATE FUNCTION public.next_id() RETURNS integer LANGUAGE sql AS $$ SELECT max(id) + 1 FROM public.film $$")));
        assertTrue(sql.indexOf("SET check_function_bodies = false;") < sql.indexOf("CREATE FUNCTION public.next_id()"), sql);
        assertTrue(sql.indexOf("CREATE FUNCTION public.next_id()") < sql.indexOf("CREATE TABLE public.film"), sql);
    }

    @Test
    void functionWhoseSignatureNamesATableAndWhatUsesItComeAfterTheTables() {
        String sql = render(List.of(
                function("films", "CREATE FUNCTION public.films() RETURNS SETOF public.film LANGUAGE sql AS $$ SELECT * FROM film $$"),
                new OpaqueObject("AGGREGATE", QualifiedName.of("public", "agg"),
                        "CREATE AGGREGATE public.agg(text) (SFUNC = public.films, STYPE = text)")));
        assertTrue(sql.indexOf("CREATE TABLE public.film") < sql.indexOf("CREATE FUNCTION public.films()"), sql);
        assertTrue(sql.indexOf("CREATE FUNCTION public.films()") < sql.indexOf("CREATE AGGREGATE public.agg"), sql);
    }

    @Test
    void languageClauseIsNotMistakenForATableNamedLanguage() {
        String sql = render(List.of(function("next_id", "CREATE FUNCTION public.next_id() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$")));
        assertTrue(sql.indexOf("CREATE FUNCTION public.next_id()") < sql.indexOf("CREATE TABLE public.language"), sql);
    }

    @Test
    void triggersStayAfterTheTables() {
        String sql = render(List.of(new OpaqueObject("TRIGGER", QualifiedName.of("public", "t"),
                "CREATE TRIGGER t BEFORE INSERT ON public.film FOR EACH ROW EXECUTE FUNCTION public.next_id()")));
        assertTrue(sql.indexOf("CREATE TABLE public.film") < sql.indexOf("CREATE TRIGGER t"), sql);
    }
}
