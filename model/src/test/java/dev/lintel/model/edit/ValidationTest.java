package dev.lintel.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationTest {
    private static final Schema SHOP = EditSchemas.parse("""
            CREATE TYPE mood AS ENUM ('happy', 'sad');
            CREATE TABLE users (id bigint PRIMARY KEY, email text);
            CREATE VIEW active_users AS SELECT * FROM users;
            """);

    @Test
    void identifiersMustBePlainAndFitTheDialect() {
        assertEquals(List.of(), Validation.identifier("order_items", Dialect.POSTGRES));
        assertEquals(List.of("A name is required"), Validation.identifier(" ", Dialect.POSTGRES));
        assertEquals(List.of("Remove the spaces around the name"), Validation.identifier("email ", Dialect.POSTGRES));
        assertEquals(List.of("Use letters, digits and _ only, starting with a letter or _"),
                Validation.identifier("order items", Dialect.POSTGRES));
        assertFalse(Validation.identifier("1st", Dialect.POSTGRES).isEmpty());
        String long64 = "a".repeat(64);
        assertEquals(List.of("Longer than postgres keeps: it would become " + "a".repeat(63)),
                Validation.identifier(long64, Dialect.POSTGRES));
        assertEquals(List.of(), Validation.identifier(long64, Dialect.H2));
    }

    @Test
    void namesMustNotBeTakenInTheirTableOrSchema() {
        QualifiedName users = QualifiedName.of("public", "users");
        assertEquals(List.of("There is already a table or view public.active_users"),
                Validation.tableName(SHOP, QualifiedName.of("public", "active_users"), users, Dialect.POSTGRES));
        assertEquals(List.of(), Validation.tableName(SHOP, users, users, Dialect.POSTGRES), "keeping its own name is fine");
        assertEquals(List.of(), Validation.tableName(SHOP, QualifiedName.of("billing", "users"), null, Dialect.POSTGRES));
        var table = SHOP.table(users).orElseThrow();
        assertEquals(List.of("Table users already has a column email"), Validation.columnName(table, "email", "id", Dialect.POSTGRES));
        assertEquals(List.of(), Validation.columnName(table, "email", "email", Dialect.POSTGRES));
    }

    @Test
    void typesAreReadAsTheDdlImporterReadsThem() {
        assertEquals(DataType.of("varchar", "255"), Validation.dataType("character varying(255)", Dialect.POSTGRES, SHOP).type());
        assertEquals(DataType.of("numeric", "10", "2"), Validation.dataType("decimal(10, 2)", Dialect.POSTGRES, SHOP).type());
        assertEquals(DataType.of("timestamptz"), Validation.dataType("timestamp with time zone", Dialect.POSTGRES, SHOP).type());
        assertEquals(DataType.of("integer").asArray(1), Validation.dataType("int[]", Dialect.POSTGRES, SHOP).type());
        Validation.TypeCheck mood = Validation.dataType("mood", Dialect.POSTGRES, SHOP);
        assertEquals(QualifiedName.of("public", "mood"), mood.type().userType());
        assertNull(mood.warning());
    }

    @Test
    void badTypesSayWhatIsWrong() {
        assertEquals("A type is required", Validation.dataType("", Dialect.POSTGRES, SHOP).error());
        Validation.TypeCheck open = Validation.dataType("varchar(", Dialect.POSTGRES, SHOP);
        assertFalse(open.valid());
        assertTrue(open.error().contains("the type ends there"), open.error());
        assertEquals("Unexpected 'int' after the type integer", Validation.dataType("int int", Dialect.POSTGRES, SHOP).error());
        assertEquals("MySQL has no array types", Validation.dataType("int[]", Dialect.MYSQL, Schema.empty()).error());
        Validation.TypeCheck typo = Validation.dataType("integr", Dialect.POSTGRES, SHOP);
        assertTrue(typo.valid(), "an unknown name may be an extension's type: a warning, not an error");
        assertEquals("Unknown type integr: not built in, and no enum or domain of that name", typo.warning());
    }
}
