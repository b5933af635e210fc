package dev.lintel.model.lint.rules;

import static dev.lintel.model.lint.Schemas.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.lintel.model.lint.Finding;
import dev.lintel.model.schema.*;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexRulesTest {
    private static Index partial(String name, String where, String... cols) {
        return new Index(name, false, "btree", java.util.Arrays.stream(cols).map(IndexKey::column).toList(), List.of(), where, false);
    }

    private static Table.Builder child() {
        return table("orders", req("id", "bigint"), col("user_id", "bigint"), col("status", "text"))
                .primaryKey(PrimaryKey.of("orders_pkey", "id"))
                .addForeignKey(fk("orders_user_id_fkey", List.of("user_id"), "users", List.of("id")));
    }

    @Test
    void fkWithoutIndexIsReportedWithAnAddIndexFix() {
        Schema s = schema(child());
        List<Finding> f = lint(new ForeignKeyWithoutIndex(), s);
        assertEquals(List.of("constraint:public.orders.orders_user_id_fkey"), paths(f));
        assertTrue(lint(new ForeignKeyWithoutIndex(), f.get(0).fixes().get(0).apply(s)).isEmpty());
    }

    @Test
    void fkIsCoveredByAnIndexLeadingWithItsColumnsInAnyOrder() {
        Schema s = schema(table("m", col("a", "int"), col("b", "int"), col("c", "int"))
                .addForeignKey(fk("m_fk", List.of("a", "b"), "p", List.of("x", "y")))
                .addIndex(Index.on("m_b_a_c_idx", false, "b", "a", "c")));
        assertTrue(lint(new ForeignKeyWithoutIndex(), s).isEmpty());
    }

    @Test
    void fkIsNotCoveredByTwoSeparateIndexesOrANonLeadingColumn() {
        Schema s = schema(table("m", col("a", "int"), col("b", "int"), col("c", "int"))
                .addForeignKey(fk("m_fk", List.of("a", "b"), "p", List.of("x", "y")))
                .addIndex(Index.on("m_a_idx", false, "a")).addIndex(Index.on("m_c_b_idx", false, "c", "b")));
        assertEquals(1, lint(new ForeignKeyWithoutIndex(), s).size());
    }

    @Test
    void partialIndexCoversOnlyWithAnIsNotNullPredicateOnTheKey() {
        assertTrue(lint(new ForeignKeyWithoutIndex(),
                schema(child().addIndex(partial("o_u_idx", "(user_id IS NOT NULL)", "user_id")))).isEmpty());
        assertEquals(1, lint(new ForeignKeyWithoutIndex(),
                schema(child().addIndex(partial("o_u_idx", "status = 'open'", "user_id")))).size());
    }

    @Test
    void fkLeadingTheCompositePrimaryKeyIsCovered() {
        Schema s = schema(table("member", req("tenant_id", "int"), req("user_id", "int"))
                .primaryKey(PrimaryKey.of("member_pkey", "tenant_id", "user_id"))
                .addForeignKey(fk("member_tenant_fk", List.of("tenant_id"), "tenant", List.of("id"))));
        assertTrue(lint(new ForeignKeyWithoutIndex(), s).isEmpty());
    }

    @Test
    void expressionAndHashIndexesDoNotCoverAnFk() {
        Schema s = schema(child().addIndex(new Index("h", false, "hash", List.of(IndexKey.column("user_id")), List.of(), null, false))
                .addIndex(new Index("e", false, "btree", List.of(IndexKey.expression("(user_id + 0)")), List.of(), null, false)));
        assertEquals(1, lint(new ForeignKeyWithoutIndex(), s).size());
    }

    @Test
    void duplicateIndexReportsAllButOneAndKeepsTheUniqueConstraint() {
        Schema s = schema(table("t", col("a", "int"), col("b", "int"))
                .addUnique(UniqueConstraint.of("t_b_key", "b"))
                .addIndex(Index.on("t_a_1", false, "a")).addIndex(Index.on("t_a_2", false, "a"))
                .addIndex(Index.on("t_b_idx", false, "b")));
        assertEquals(List.of("index:public.t.t_a_2", "index:public.t.t_b_idx"), lintPaths(new DuplicateIndex(), s));
    }

    @Test
    void prefixIndexIsRedundantButPrimaryKeyAndUniqueOnWiderColumnsAreNot() {
        Schema s = schema(table("t", req("a", "int"), col("b", "int"), col("c", "int"))
                .primaryKey(PrimaryKey.of("t_pkey", "a"))
                .addIndex(Index.on("t_a_b_idx", false, "a", "b"))
                .addIndex(Index.on("t_b_idx", false, "b"))
                .addIndex(Index.on("t_b_c_idx", false, "b", "c"))
                .addIndex(Index.on("t_c_uniq", true, "c"))
                .addIndex(Index.on("t_c_b_idx", false, "c", "b")));
        assertEquals(List.of("index:public.t.t_b_idx"), lintPaths(new RedundantPrefixIndex(), s));
    }

    @Test
    void uniqueIndexIsRedundantOnlyToAUniqueOnASubset() {
        Schema s = schema(table("t", req("a", "int"), col("b", "int"))
                .addUnique(UniqueConstraint.of("t_a_key", "a"))
                .addIndex(Index.on("t_a_b_uniq", true, "a", "b")));
        assertEquals(List.of("index:public.t.t_a_b_uniq"), lintPaths(new RedundantPrefixIndex(), s));
        Schema partialA = schema(table("t", req("a", "int"), col("b", "int"))
                .addIndex(new Index("t_a_part", false, "btree", List.of(IndexKey.column("a")), List.of(), "b > 0", false))
                .addIndex(Index.on("t_a_b_idx", false, "a", "b")));
        assertTrue(lint(new RedundantPrefixIndex(), partialA).isEmpty(), "a different predicate is a different index");
    }

    @Test
    void indexOnThePrimaryKeyColumnsIsReported() {
        Schema s = schema(table("t", req("id", "int"), col("x", "int")).primaryKey(PrimaryKey.of("t_pkey", "id"))
                .addIndex(Index.on("t_id_idx", true, "id"))
                .addIndex(new Index("t_cover", false, "btree", List.of(IndexKey.column("id")), List.of("x"), null, false)));
        assertEquals(List.of("index:public.t.t_id_idx"), lintPaths(new IndexDuplicatesPrimaryKey(), s));
    }

    @Test
    void booleanKeyInIndexIsAHint() {
        Schema s = schema(table("t", col("active", "boolean"), col("x", "int")).addIndex(Index.on("t_x_active", false, "x", "active")));
        assertEquals(List.of("index:public.t.t_x_active"), lintPaths(new BooleanInIndex(), s));
    }

    @Test
    void isNotNullPredicateOnANotNullColumnIsUnneeded() {
        Schema s = schema(table("t", req("a", "int"), col("b", "int"))
                .addIndex(partial("t_a", "a IS NOT NULL", "a")).addIndex(partial("t_b", "b IS NOT NULL", "b")));
        List<Finding> f = lint(new UnneededPartialPredicate(), s);
        assertEquals(List.of("index:public.t.t_a"), paths(f));
        assertTrue(lint(new UnneededPartialPredicate(), f.get(0).fixes().get(0).apply(s)).isEmpty());
    }
}
