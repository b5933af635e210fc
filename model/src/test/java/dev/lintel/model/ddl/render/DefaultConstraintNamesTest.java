package dev.lintel.model.ddl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.CheckConstraint;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.PrimaryKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Constraint names that are PostgreSQL's defaults (what importers give unnamed constraints) are
 * left to the target database unless the model came from PostgreSQL.
 */
class DefaultConstraintNamesTest {
    private static final QualifiedName T = QualifiedName.of("PUBLIC", "T");
    private final DdlRenderer renderer = new DdlRenderer();

    private static Schema h2Table() {
        Table t = Table.builder(T)
                .addColumn(Column.of("ID", DataType.of("integer")))
                .addColumn(Column.of("A", DataType.of("integer")))
                .addColumn(Column.of("B", DataType.of("integer")))
                .primaryKey(PrimaryKey.of("T_pkey", "ID"))
                .addUnique(UniqueConstraint.of("T_A_key", "A"))
                .addUnique(UniqueConstraint.of("UK_T_B", "B"))
                .addCheck(CheckConstraint.of("T_A_check", "A > 0"))
                .addForeignKey(ForeignKey.of("T_B_fkey", List.of("B"), T, List.of("ID")))
                .build();
        return Schema.ofTables(List.of(t));
    }

    private String render(Dialect target, Dialect source) {
        return renderer.render(h2Table(), target, RenderOptions.defaults().withHeaderComment(false).withSourceDialect(source)).sql();
    }

    @Test
    void h2ModelExportedToH2LeavesImpliedNamesToH2AndKeepsChosenOnes() {
        assertEquals("""
                CREATE TABLE PUBLIC.T (
                    ID INTEGER,
                    A INTEGER,
                    B INTEGER,
                    PRIMARY KEY (ID),
                    UNIQUE (A),
                    CONSTRAINT UK_T_B UNIQUE (B),
                    CHECK (A > 0)
                );

                ALTER TABLE PUBLIC.T ADD FOREIGN KEY (B) REFERENCES PUBLIC.T (ID);
                """, render(Dialect.H2, Dialect.H2));
    }

    @Test
    void postgresTargetAlwaysWritesTheNames() {
        String sql = render(Dialect.POSTGRES, Dialect.H2);
        assertEquals(4, sql.split("CONSTRAINT \"T_").length - 1, sql);
    }

    @Test
    void modelFromPostgresKeepsItsNamesInH2BecauseThePostgresDatabaseReallyHasThem() {
        String sql = render(Dialect.H2, Dialect.POSTGRES);
        assertEquals(5, sql.split("CONSTRAINT ").length - 1, sql);
    }

    @Test
    void unknownSourceWritesNamesExactlyAsStored() {
        String sql = render(Dialect.H2, null);
        assertEquals(5, sql.split("CONSTRAINT ").length - 1, sql);
    }
}
