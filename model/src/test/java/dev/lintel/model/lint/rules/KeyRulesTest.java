package dev.lintel.model.lint.rules;

import static dev.lintel.model.lint.Schemas.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.lintel.model.lint.Finding;
import dev.lintel.model.lint.Severity;
import dev.lintel.model.schema.*;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyRulesTest {
    private static Table.Builder users() {
        return table("users", req("id", "bigint"), col("email", "text")).primaryKey(PrimaryKey.of("users_pkey", "id"));
    }

    @Test
    void tableWithoutPrimaryKeyIsReportedAndItsFixAddsAnIdentityKey() {
        Schema s = schema(table("events", col("payload", "text")), users());
        List<Finding> f = lint(new TableWithoutPrimaryKey(), s);
        assertEquals(List.of("table:public.events"), paths(f));
        Schema fixed = f.get(0).fixes().get(0).apply(s);
        assertTrue(lint(new TableWithoutPrimaryKey(), fixed).isEmpty());
        assertEquals("id", fixed.table(q("events")).orElseThrow().columns().get(0).name());
    }

    @Test
    void tableWithNotNullUniqueIsOfferedToPromoteIt() {
        Schema s = schema(table("tags", req("slug", "text")).addUnique(UniqueConstraint.of("tags_slug_key", "slug")));
        assertTrue(lint(new TableWithoutPrimaryKey(), s).get(0).fixes().get(0).title().contains("slug"));
    }

    @Test
    void fkTypeMismatchWarnsWhenChildIsNarrowerAndIgnoresWiderChild() {
        Schema s = schema(users(),
                table("orders", req("id", "bigint"), col("user_id", "integer"))
                        .primaryKey(PrimaryKey.of("orders_pkey", "id"))
                        .addForeignKey(fk("orders_user_id_fkey", List.of("user_id"), "users", List.of("id"))),
                table("wide", req("id", "smallint"), col("ref", "bigint")).primaryKey(PrimaryKey.of("wide_pkey", "id"))
                        .addForeignKey(fk("wide_ref_fkey", List.of("ref"), "users", List.of())));
        List<Finding> f = lint(new ForeignKeyTypeMismatch(), s);
        assertEquals(List.of("column:public.orders.user_id"), paths(f));
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(lint(new ForeignKeyTypeMismatch(), f.get(0).fixes().get(0).apply(s)).isEmpty());
    }

    @Test
    void fkTypeMismatchOfDifferentKindsIsOnlyAHint() {
        Schema s = schema(table("p", req("id", "uuid")).primaryKey(PrimaryKey.of("p_pkey", "id")),
                table("c", col("p_id", "text")).addForeignKey(fk("c_p_id_fkey", List.of("p_id"), "p", List.of("id"))));
        assertEquals(Severity.HINT, lint(new ForeignKeyTypeMismatch(), s).get(0).severity());
    }

    @Test
    void fkTypeMismatchToleratesMissingTargetTable() {
        Schema s = schema(table("c", col("p_id", "text")).addForeignKey(fk("c_fk", List.of("p_id"), "nowhere", List.of())));
        assertTrue(lint(new ForeignKeyTypeMismatch(), s).isEmpty());
    }

    @Test
    void compositeFkWithANullableColumnIsReportedUnlessMatchFull() {
        ForeignKey composite = fk("line_fk", List.of("order_id", "product_id"), "order_products", List.of("o", "p"));
        Table.Builder t = table("line", req("order_id", "bigint"), col("product_id", "bigint"));
        assertEquals(List.of("constraint:public.line.line_fk"),
                lintPaths(new ForeignKeyNullableComposite(), schema(t.addForeignKey(composite))));
        Table.Builder full = table("line", req("order_id", "bigint"), col("product_id", "bigint"))
                .addForeignKey(composite.withMatch(ForeignKey.Match.FULL));
        assertTrue(lint(new ForeignKeyNullableComposite(), schema(full)).isEmpty());
    }

    @Test
    void duplicateFkIsReportedOnceAndImpliedFkIsCalledRedundant() {
        Schema s = schema(users(), table("o", col("user_id", "bigint"), col("email", "text"))
                .addForeignKey(fk("a_fk", List.of("user_id"), "users", List.of("id")))
                .addForeignKey(fk("b_fk", List.of("user_id"), "users", List.of()))
                .addForeignKey(fk("c_fk", List.of("user_id", "email"), "users", List.of("id", "email"))));
        List<Finding> f = lint(new ForeignKeyDuplicate(), s);
        assertEquals(List.of("constraint:public.o.a_fk", "constraint:public.o.b_fk"), paths(f));
        assertTrue(f.get(0).message().contains("implied"));
        assertTrue(f.get(1).message().contains("duplicates a_fk"));
    }

    @Test
    void setNullOnNotNullColumnIsAnError() {
        Schema s = schema(users(), table("o", req("user_id", "bigint"))
                .addForeignKey(fk("o_fk", List.of("user_id"), "users", List.of("id")).withActions(ForeignKey.Action.SET_NULL, null)));
        List<Finding> f = lint(new ForeignKeySetNullOnNotNull(), s);
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertTrue(lint(new ForeignKeySetNullOnNotNull(), f.get(0).fixes().get(0).apply(s)).isEmpty());
    }

    @Test
    void fkCycleIsReportedOnceAndSelfReferenceIsNot() {
        Schema s = schema(
                table("a", col("b_id", "bigint")).addForeignKey(fk("a_b", List.of("b_id"), "b", List.of("id"))),
                table("b", col("c_id", "bigint")).addForeignKey(fk("b_c", List.of("c_id"), "c", List.of("id"))),
                table("c", col("a_id", "bigint")).addForeignKey(fk("c_a", List.of("a_id"), "a", List.of("id"))),
                table("tree", col("parent", "bigint")).addForeignKey(fk("t_t", List.of("parent"), "tree", List.of("id"))));
        assertEquals(List.of("table:public.a"), lintPaths(new ForeignKeyCycle(), s));
    }

    @Test
    void uniqueOverNullableColumnIsInfoButPartialIndexExcludingNullsIsNot() {
        Schema s = schema(table("t", req("a", "int"), col("b", "int"))
                .addUnique(UniqueConstraint.of("t_a_b_key", "a", "b"))
                .addIndex(new Index("t_b_idx", true, "btree", List.of(IndexKey.column("b")), List.of(), "b IS NOT NULL", false))
                .addIndex(new Index("t_lower_idx", true, "btree", List.of(IndexKey.expression("lower(b::text)")), List.of(), null, false)));
        assertEquals(List.of("constraint:public.t.t_a_b_key"), lintPaths(new UniqueNullableColumns(), s));
    }

    @Test
    void allColumnsNullableNeedsTwoOptionalColumnsBesideTheKey() {
        assertEquals(1, lint(new AllColumnsNullable(), schema(table("t", req("id", "int"), col("a", "text"), col("b", "text"))
                .primaryKey(PrimaryKey.of("t_pkey", "id")))).size());
        assertTrue(lint(new AllColumnsNullable(), schema(table("t", req("id", "int"), col("a", "text"))
                .primaryKey(PrimaryKey.of("t_pkey", "id")))).isEmpty());
    }

    @Test
    void shortIntegerKeyIsWidenedTogetherWithItsReferencingColumns() {
        Schema s = schema(table("p", req("id", "integer")).primaryKey(PrimaryKey.of("p_pkey", "id")),
                table("c", req("id", "bigint"), col("p_id", "integer")).primaryKey(PrimaryKey.of("c_pkey", "id"))
                        .addForeignKey(fk("c_p_fk", List.of("p_id"), "p", List.of("id"))),
                table("counter", col("hits", "integer")));
        List<Finding> f = lint(new ShortIntegerPrimaryKey(), s);
        assertEquals(List.of("column:public.p.id"), paths(f));
        Schema fixed = f.get(0).fixes().get(0).apply(s);
        assertTrue(lint(new ShortIntegerPrimaryKey(), fixed).isEmpty());
        assertTrue(lint(new ForeignKeyTypeMismatch(), fixed).isEmpty());
    }

    @Test
    void serialColumnIsOfferedAnIdentity() {
        Schema s = schema(table("t", req("id", "integer").withSerial(Column.SerialKind.BIGSERIAL)));
        List<Finding> f = lint(new PreferIdentity(), s);
        assertEquals(1, f.size());
        Column fixed = f.get(0).fixes().get(0).apply(s).table(q("t")).orElseThrow().columns().get(0);
        assertEquals("bigint", fixed.type().name());
        assertNotNull(fixed.identity());
    }
}
