package dev.lintel.model.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.EnumType;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CopiedTablesTest {
    private static final QualifiedName MOOD = QualifiedName.of("public", "mood");
    private static final QualifiedName PEOPLE = QualifiedName.of("public", "people");
    private static final QualifiedName PETS = QualifiedName.of("public", "pets");
    private static final QualifiedName TOYS = QualifiedName.of("public", "toys");

    private static Schema design() {
        return Schema.ofTables(List.of(
                        Table.of(PEOPLE, List.of(Column.of("id", DataType.of("bigint")))).withComment("who"),
                        Table.of(PETS, List.of(Column.of("mood", new DataType("mood", List.of(), 0, MOOD)))),
                        Table.of(TOYS, List.of(Column.of("id", DataType.of("int")))))).withEnums(List.of(
                new EnumType(MOOD, List.of("happy", "sad"), null),
                new EnumType(QualifiedName.of("public", "unused"), List.of("x"), null))).normalize();
    }

    @Test
    void copiesTheChosenTablesTheEnumsTheyUseAndTheirCardsPositionsExactly() throws DocumentFormatException {
        Map<String, Position> positions = Map.of("table:public.people", new Position(10, 20),
                "table:public.pets", new Position(300, 20), "table:public.toys", new Position(600, 20));
        CopiedTables copied = CopiedTables.of(design(), List.of(PETS, PEOPLE), positions);

        assertEquals(List.of(PEOPLE, PETS), copied.schema().tables().stream().map(Table::name).toList(), "in the design's order");
        assertEquals(List.of(MOOD), copied.schema().enums().stream().map(EnumType::name).toList());
        assertEquals(Map.of("table:public.people", new Position(10, 20), "table:public.pets", new Position(300, 20)),
                copied.positions());

        CopiedTables back = CopiedTables.decode(copied.encode());
        assertEquals(copied.schema().normalize(), back.schema());
        assertEquals(copied.positions(), back.positions());
    }

    @Test
    void textThatIsNotCopiedTablesIsRefusedWithAReason() {
        DocumentFormatException e = assertThrows(DocumentFormatException.class, () -> CopiedTables.decode("CREATE TABLE t ();"));
        assertEquals(true, e.getMessage().startsWith("the clipboard is not a readable Lintel document"), e.getMessage());
    }
}
