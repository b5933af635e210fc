package dev.lintel.model.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.schema.QualifiedName;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DialectTest {

    @Test
    void foldsUnquotedIdentifiersPerDialect() {
        assertEquals("users", Dialect.POSTGRES.identifierFromSql("Users"));
        assertEquals("USERS", Dialect.H2.identifierFromSql("Users"));
        assertEquals("Users", Dialect.MYSQL.identifierFromSql("Users"));
        assertEquals("Users", Dialect.POSTGRES.identifierFromSql("\"Users\""));
        assertEquals("a\"b", Dialect.POSTGRES.identifierFromSql("\"a\"\"b\""));
        assertEquals("order", Dialect.MYSQL.identifierFromSql("`order`"));
    }

    @Test
    void quotesExactlyWhenNeeded() {
        assertEquals("users", Dialect.POSTGRES.ident("users"));
        assertEquals("\"Users\"", Dialect.POSTGRES.ident("Users"));
        assertEquals("\"order\"", Dialect.POSTGRES.ident("order"));
        assertEquals("\"user\"", Dialect.POSTGRES.ident("user"));
        assertEquals("\"first name\"", Dialect.POSTGRES.ident("first name"));
        assertEquals("\"a\"\"b\"", Dialect.POSTGRES.ident("a\"b"));
        assertEquals("USERS", Dialect.H2.ident("USERS"));
        assertEquals("\"users\"", Dialect.H2.ident("users"));
        assertEquals("\"VALUE\"", Dialect.H2.ident("VALUE"));
        assertEquals("`order`", Dialect.MYSQL.ident("order"));
        assertEquals("app.\"Order\"", Dialect.POSTGRES.qualified(QualifiedName.of("app", "Order")));
    }

    @Test
    void knowsPostgresLengthLimitInBytes() {
        String ascii63 = "a".repeat(63);
        assertFalse(Dialect.POSTGRES.isTooLong(ascii63));
        assertTrue(Dialect.POSTGRES.isTooLong(ascii63 + "b"));
        String unicode = "é".repeat(40); // 80 bytes
        assertTrue(Dialect.POSTGRES.isTooLong(unicode));
        String cut = Dialect.POSTGRES.truncate(unicode);
        assertEquals(31, cut.length(), "62 bytes: a 2-byte character is never split");
        assertTrue(cut.getBytes(StandardCharsets.UTF_8).length <= 63);
    }

    @Test
    void namesConstraintsAsPostgresDoes() {
        assertEquals("orders_pkey", ConstraintNames.primaryKey("orders"));
        assertEquals("orders_user_id_fkey", ConstraintNames.foreignKey("orders", List.of("user_id")));
        assertEquals("t_a_b_key", ConstraintNames.unique("t", List.of("a", "b")));
        assertEquals("t_check", ConstraintNames.check("t", null));
        assertEquals("t_expr_idx", ConstraintNames.index("t", List.of("expr")));
        // makeObjectName shortens the longer part first so the whole fits in 63 bytes.
        String longTable = "t".repeat(40);
        String longColumn = "c".repeat(40);
        String name = ConstraintNames.foreignKey(longTable, List.of(longColumn));
        assertEquals(63, name.length());
        assertTrue(name.endsWith("_fkey"));
        assertEquals(ConstraintNames.uniquify("t", "a", "key", java.util.Set.of("t_a_key")), "t_a_key1");
    }
}
