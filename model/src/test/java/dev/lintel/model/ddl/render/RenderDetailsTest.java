package dev.lintel.model.ddl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.OpaqueObject;
import dev.lintel.model.schema.PrimaryKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.View;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small rendering rules that the sample does not show on their own. */
class RenderDetailsTest {
    private final DdlRenderer renderer = new DdlRenderer();
    private final RenderOptions plain = RenderOptions.defaults().withHeaderComment(false);

    @Test
    void opaqueStatementEndingInALineCommentGetsItsSemicolonOnTheNextLine() {
        Schema schema = Schema.empty().withOpaqueObjects(List.of(new OpaqueObject("STATEMENT", null, "GRANT SELECT ON t TO bob -- reporting")));
        assertEquals("GRANT SELECT ON t TO bob -- reporting\n;\n", renderer.render(schema, Dialect.POSTGRES, plain).sql());
    }

    @Test
    void mysqlEnumColumnBecomesVarcharWithCheckInPostgres() {
        Table t = Table.of(QualifiedName.unqualified("t"), List.of(Column.of("size", DataType.of("enum", "'small'", "'extra large'"))));
        assertEquals("CREATE TABLE t (\n    size varchar(11) CHECK (size IN ('small', 'extra large'))\n);\n",
                renderer.render(Schema.ofTables(List.of(t)), Dialect.POSTGRES, plain).sql());
    }

    @Test
    void unnamedConstraintIsWrittenWithoutConstraintKeyword() {
        Table t = Table.builder(QualifiedName.of("public", "t")).addColumn(Column.of("id", DataType.of("integer")))
                .primaryKey(PrimaryKey.of(null, "id")).build();
        assertTrue(renderer.render(Schema.ofTables(List.of(t)), Dialect.POSTGRES, plain).sql().contains("    PRIMARY KEY (id)\n"));
    }

    @Test
    void viewsThatMentionEachOtherInACycleAreAllStillWritten() {
        Schema schema = Schema.empty().withViews(List.of(
                View.of(QualifiedName.of("public", "a"), "SELECT * FROM b"),
                View.of(QualifiedName.of("public", "b"), "SELECT * FROM a")));
        String sql = renderer.render(schema, Dialect.POSTGRES, plain).sql();
        assertTrue(sql.contains("CREATE VIEW public.a AS") && sql.contains("CREATE VIEW public.b AS"), sql);
    }

    @Test
    void h2DefaultsLoseThePostgresIsmsTheyCannotRead() {
        Table t = Table.of(QualifiedName.of("PUBLIC", "T"), List.of(
                Column.of("A", DataType.of("timestamptz")).withDefault("now()"),
                Column.of("B", DataType.of("varchar", "5")).withDefault("'x'::character varying"),
                Column.of("C", DataType.of("bigint")).withDefault("nextval('\"My Seq\"'::regclass)"),
                Column.of("D", DataType.of("integer").asArray(1)).withDefault("'{}'::integer[]")));
        String sql = renderer.render(Schema.ofTables(List.of(t)), Dialect.H2, plain).sql();
        assertEquals("CREATE TABLE PUBLIC.T (\n    A TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,\n"
                + "    B VARCHAR(5) DEFAULT 'x',\n    C BIGINT DEFAULT NEXT VALUE FOR \"My Seq\",\n"
                + "    D INTEGER ARRAY DEFAULT ARRAY[]\n);\n", sql);
    }

    @Test
    void postgresForeignKeyComesAfterTheUniqueIndexItReferences() {
        QualifiedName sessions = QualifiedName.of("public", "sessions");
        Table target = Table.builder(sessions).addColumn(Column.of("sid", DataType.of("integer")))
                .addIndex(dev.lintel.model.schema.Index.on("sessions_sid", true, "sid")).build();
        Table events = Table.builder(QualifiedName.of("public", "events")).addColumn(Column.of("sid", DataType.of("integer")))
                .addForeignKey(dev.lintel.model.schema.ForeignKey.of("events_sid_fkey", List.of("sid"), sessions, List.of("sid")))
                .build();
        String sql = renderer.render(Schema.ofTables(List.of(events, target)), Dialect.POSTGRES, plain).sql();
        assertTrue(sql.indexOf("CREATE UNIQUE INDEX sessions_sid") < sql.indexOf("ADD CONSTRAINT events_sid_fkey"), sql);
    }
}
