package dev.lintel.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lintel.model.ddl.parse.ExpressionSyntax;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.IndexKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the inspector's expression and column-list fields accept, read by the importer's own lexer and key reader. */
class ExpressionValidationTest {
    private static final Dialect PG = Dialect.POSTGRES;
    private static final Table ORDERS = EditSchemas.parse("""
            CREATE TABLE orders (id bigint, email text, total numeric, deleted_at timestamptz);
            CREATE INDEX orders_email_idx ON orders (email);
            """).table(QualifiedName.of("public", "orders")).orElseThrow();

    @Test
    void acceptsTheDialectsOwnExpressions() {
        for (String ok : List.of("total > 0", "deleted_at IS NULL", "email ~* '^[^@]+@'", "total::int BETWEEN 1 AND 9",
                "lower(email) <> ''", "-total < 0", "status IN ('a', 'b')")) {
            assertEquals(List.of(), Validation.expression(ok, PG), ok);
        }
    }

    @Test
    void reportsWhatAPersonMistypes() {
        assertEquals(List.of("An expression is required"), Validation.expression(" ", PG));
        assertEquals(List.of("Missing ')'"), Validation.expression("(total > 0", PG));
        assertEquals(List.of("Unexpected ')': no '(' opens it"), Validation.expression("total > 0)", PG));
        assertEquals(List.of("The string 'open is not closed with '"), Validation.expression("status = 'open", PG));
        assertEquals(List.of("The expression ends after '>': an operand must follow it"), Validation.expression("total >", PG));
        assertEquals(List.of("The expression ends after 'AND': an operand must follow it"), Validation.expression("a AND", PG));
        assertEquals(List.of("One expression only: a ',' separates two"), Validation.expression("a > 1, b > 2", PG));
        assertEquals(List.of("One expression only: remove the ';'"), Validation.expression("a > 1; drop table x", PG));
    }

    @Test
    void indexKeysAreColumnsOfTheTableOrExpressions() {
        ExpressionSyntax.Keys keys = ExpressionSyntax.indexKeys("email, lower(email), (total + 1) DESC", PG);
        assertEquals(List.of(IndexKey.column("email"), IndexKey.expression("lower(email)"),
                IndexKey.expression("total + 1").descending()), keys.keys());
        assertEquals(List.of(), Validation.indexKeys(ORDERS, "email, lower(email)", PG));
        assertEquals(List.of("Table orders has no column emial"), Validation.indexKeys(ORDERS, "id, emial", PG));
        assertEquals(List.of("An index needs a column or an expression"), Validation.indexKeys(ORDERS, "", PG));
        assertEquals(1, Validation.indexKeys(ORDERS, "lower((email)", PG).size(), "an unclosed parenthesis");
    }

    @Test
    void columnListsNameExistingColumnsOnce() {
        assertEquals(List.of(), Validation.columnList(ORDERS, "id, email", PG, true));
        assertEquals(List.of(), Validation.columnList(ORDERS, "", PG, false));
        assertEquals(List.of("At least one column is required"), Validation.columnList(ORDERS, "", PG, true));
        assertEquals(List.of("Table orders has no column nope"), Validation.columnList(ORDERS, "id, nope", PG, true));
        assertEquals(List.of("Column id is listed twice"), Validation.columnList(ORDERS, "id, id", PG, true));
        assertEquals(List.of("Expected ',' between names but found 'email'"), Validation.columnList(ORDERS, "id email", PG, true));
    }

    @Test
    void indexNamesAreFreeInTheTable() {
        assertEquals(List.of("Table orders already has an index or constraint orders_email_idx"),
                Validation.indexName(ORDERS, "orders_email_idx", null, PG));
        assertEquals(List.of(), Validation.indexName(ORDERS, "orders_email_idx", "orders_email_idx", PG));
        assertEquals(List.of(), Validation.constraintName(ORDERS, "", PG));
    }
}
