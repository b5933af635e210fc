package dev.lintel.model.lint.rules;

import static dev.lintel.model.lint.Schemas.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.lint.Finding;
import dev.lintel.model.lint.LintSettings;
import dev.lintel.model.lint.Linter;
import dev.lintel.model.lint.Severity;
import dev.lintel.model.schema.*;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeAndModellingRulesTest {
    @Test
    void timestampWithoutTimeZoneIsFixedToTimestamptzKeepingPrecision() {
        Schema s = schema(table("t", col("at", "timestamp(3)"), col("ok", "timestamptz")));
        List<Finding> f = lint(new PreferTimestamptz(), s);
        assertEquals(List.of("column:public.t.at"), paths(f));
        assertEquals(type("timestamptz(3)"), f.get(0).fixes().get(0).apply(s).table(q("t")).orElseThrow().columns().get(0).type());
    }

    @Test
    void floatNamedLikeMoneyIsAGuessWithConfidence() {
        Schema s = schema(table("t", col("unit_price", "double precision"), col("latitude", "double precision"),
                col("total", "numeric(12,2)")));
        List<Finding> f = lint(new FloatForMoney(), s);
        assertEquals(List.of("column:public.t.unit_price"), paths(f));
        assertNotNull(f.get(0).confidence());
    }

    @Test
    void moneyCharAndJsonTypesAreReported() {
        Schema s = schema(table("t", col("m", "money"), col("code", "char(2)"), col("doc", "json"), col("ok", "jsonb")));
        assertEquals(List.of("column:public.t.m"), lintPaths(new MoneyType(), s));
        assertEquals(List.of("column:public.t.code"), lintPaths(new CharType(), s));
        assertEquals(List.of("column:public.t.doc"), lintPaths(new JsonNotJsonb(), s));
    }

    @Test
    void jsonIsFineWhenTheTargetIsH2() {
        Schema s = schema(table("t", col("doc", "json")));
        LintSettings h2 = LintSettings.defaults().withTargetDialect(Dialect.H2);
        assertTrue(new Linter(List.of(new JsonNotJsonb())).lint(s, h2).findings().isEmpty());
    }

    @Test
    void freeTextStatusIsFlaggedUnlessACheckEnumOrFkConstrainsIt() {
        Schema s = schema(table("t", col("status", "varchar(50)"), col("role", "text"), col("state", "text"),
                        col("kind", "text"), col("order_type", "text"), col("name", "text"))
                .addCheck(CheckConstraint.of("t_state_check", "state IN ('a', 'b')"))
                .addForeignKey(fk("t_kind_fk", List.of("kind"), "kinds", List.of("code"))));
        assertEquals(List.of("column:public.t.status", "column:public.t.role", "column:public.t.order_type"),
                lintPaths(new UnconstrainedStatus(), s));
    }

    @Test
    void nullableBooleanGetsNotNullDefaultFalse() {
        Schema s = schema(table("t", col("active", "boolean"), req("done", "boolean")));
        List<Finding> f = lint(new NullableBoolean(), s);
        Column fixed = f.get(0).fixes().get(0).apply(s).table(q("t")).orElseThrow().columns().get(0);
        assertFalse(fixed.nullable());
        assertEquals("false", fixed.defaultExpression());
    }

    @Test
    void emailOfAUsersTableMustBeUniqueCaseInsensitively() {
        assertTrue(lint(new EmailNotUnique(), schema(table("users", col("email", "varchar(255)"))))
                .get(0).message().contains("not unique"));
        Schema caseSensitive = schema(table("users", req("email", "text")).addUnique(UniqueConstraint.of("users_email_key", "email")));
        List<Finding> f = lint(new EmailNotUnique(), caseSensitive);
        assertEquals(Severity.INFO, f.get(0).severity());
        assertTrue(f.get(0).message().contains("case-sensitively"));
        assertTrue(lint(new EmailNotUnique(), f.get(0).fixes().get(0).apply(caseSensitive)).isEmpty());
        Schema lower = schema(table("users", req("email", "text")).addIndex(new Index("users_lower_email_idx", true, "btree",
                List.of(IndexKey.expression("lower((email)::text)")), List.of(), null, false)));
        assertTrue(lint(new EmailNotUnique(), lower).isEmpty());
        Schema citext = schema(table("users", req("email", "citext")).addUnique(UniqueConstraint.of("users_email_key", "email")));
        assertTrue(lint(new EmailNotUnique(), citext).isEmpty());
        assertTrue(lint(new EmailNotUnique(), schema(table("orders", col("email", "text")))).isEmpty());
    }

    @Test
    void createdAtThatIsNullableWithoutZoneOrDefaultIsOneFindingWithOneFix() {
        Schema s = schema(table("t", col("created_at", "timestamp"), req("updated_at", "timestamptz"),
                req("inserted_at", "timestamptz").withDefault("now()")));
        List<Finding> f = lint(new CreatedAtQuality(), s);
        assertEquals(List.of("column:public.t.created_at", "column:public.t.updated_at"), paths(f));
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertEquals(Severity.INFO, f.get(1).severity());
        assertEquals(1, lint(new CreatedAtQuality(), f.get(0).fixes().get(0).apply(s)).size());
    }

    @Test
    void booleanSoftDeleteFlagWithoutPartialIndexIsReported() {
        Schema s = schema(table("users", req("id", "bigint"), col("deleted", "boolean"))
                .primaryKey(PrimaryKey.of("users_pkey", "id")));
        List<Finding> f = lint(new SoftDeleteFlag(), s);
        assertEquals(List.of("column:public.users.deleted"), paths(f));
        assertTrue(f.get(0).message().contains("partial index"));
    }

    @Test
    void deletedAtIsFineUntilAUniqueOrACascadeIgnoresIt() {
        Table.Builder users = table("users", req("id", "bigint"), col("deleted_at", "timestamptz"))
                .primaryKey(PrimaryKey.of("users_pkey", "id"));
        assertTrue(lint(new SoftDeleteFlag(), schema(users)).isEmpty());
        Schema s = schema(users, table("posts", col("user_id", "bigint")).addForeignKey(
                fk("posts_user_fk", List.of("user_id"), "users", List.of("id")).withActions(ForeignKey.Action.CASCADE, null)));
        assertTrue(lint(new SoftDeleteFlag(), s).get(0).message().contains("posts_user_fk"));
    }

    @Test
    void jsonCatchallWithoutShapeIsReportedAndItsCheckFixSilencesIt() {
        Schema s = schema(table("users", col("metadata", "jsonb"), col("address", "jsonb")));
        List<Finding> f = lint(new JsonCatchall(), s);
        assertEquals(List.of("column:public.users.metadata"), paths(f));
        assertTrue(lint(new JsonCatchall(), f.get(0).fixes().get(0).apply(s)).isEmpty());
    }

    @Test
    void wideTableUsesTheConfiguredThreshold() {
        Column[] cols = new Column[5];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = col("c" + i, "int");
        }
        Schema s = schema(table("t", cols));
        assertTrue(lint(new WideTable(), s).isEmpty());
        LintSettings three = LintSettings.defaults().withRule("design-wide-table", r -> r.withThreshold("max-columns", 3));
        assertEquals(1, new Linter(List.of(new WideTable())).lint(s, three).findings().size());
    }

    @Test
    void namingRulesReportReservedQuotedAndTooLongNames() {
        String longName = "x".repeat(64);
        Schema s = schema(table("user", col("order", "int"), col("CamelCase", "int"), col(longName, "int"), col("fine", "int")));
        assertEquals(List.of("table:public.user", "column:public.user.order"), lintPaths(new ReservedWord(), s));
        assertEquals(List.of("column:public.user.CamelCase"), lintPaths(new QuotedOrMixedCase(), s));
        List<Finding> tooLong = lint(new IdentifierTooLong(), s);
        assertEquals(List.of("column:public.user." + longName), paths(tooLong));
        assertEquals(Severity.ERROR, tooLong.get(0).severity());
    }
}
