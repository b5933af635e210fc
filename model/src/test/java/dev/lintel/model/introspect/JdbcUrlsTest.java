package dev.lintel.model.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JdbcUrlsTest {
    @Test
    void redactsPasswordsInEveryUrlForm() {
        assertEquals("jdbc:postgresql://h/db?user=u&password=***&ssl=true",
                JdbcUrls.redact("jdbc:postgresql://h/db?user=u&password=p%40ss&ssl=true"));
        assertEquals("jdbc:h2:mem:x;USER=sa;PASSWORD=***", JdbcUrls.redact("jdbc:h2:mem:x;USER=sa;PASSWORD=secret"));
        assertEquals("jdbc:mysql://u:***@h/db", JdbcUrls.redact("jdbc:mysql://u:secret@h/db"));
        assertEquals("cannot read jdbc:postgresql://h/db?password=***: boom",
                new IntrospectionException("cannot read jdbc:postgresql://h/db?password=x: boom").getMessage());
    }

    @Test
    void tellsKindsApart() {
        assertEquals(JdbcUrls.Kind.POSTGRES, JdbcUrls.kindOf("jdbc:postgresql://h/db"));
        assertEquals(JdbcUrls.Kind.H2, JdbcUrls.kindOf("jdbc:h2:mem:x"));
        assertEquals(JdbcUrls.Kind.OTHER, JdbcUrls.kindOf("jdbc:sqlite:x.db"));
        assertTrue(JdbcUrls.isJdbcUrl("JDBC:h2:mem:x"));
        assertFalse(JdbcUrls.isJdbcUrl("schema.sql"));
    }

    @Test
    void schemaFilterAppliesIncludesThenExcludes() {
        SchemaFilter filter = new SchemaFilter(List.of("sales*", "public"), List.of("sales_archive"));
        assertTrue(filter.accepts("public"));
        assertTrue(filter.accepts("sales"));
        assertTrue(filter.accepts("sales_2024"));
        assertFalse(filter.accepts("sales_archive"));
        assertFalse(filter.accepts("hr"));
        assertTrue(new SchemaFilter(List.of(), List.of()).accepts("anything"));
    }

    @Test
    void stripsOnlyParenthesesAroundTheWholeExpression() {
        assertEquals("a > 0", SqlText.stripOuterParentheses("((a > 0))"));
        assertEquals("(a > 0) AND (b > 0)", SqlText.stripOuterParentheses("((a > 0) AND (b > 0))"));
        assertEquals("(a) = ')'", SqlText.stripOuterParentheses("((a) = ')')"));
    }
}
