package dev.lintel.model.lint;

import static dev.lintel.model.lint.Schemas.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.lintel.model.schema.*;
import dev.lintel.model.ddl.parse.DdlImportResult;
import dev.lintel.model.ddl.parse.DdlImporter;
import dev.lintel.model.dialect.Dialect;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The acceptance examples of the seed articles (001): the constraint-light users table raises
 * the matching findings, the constraint-rich orders table raises none of them.
 */
class SeedExamplesTest {
    /** The findings the seed article's review of the users table names, as rule and object. */
    static final Set<String> USERS_EXPECTED = Set.of(
            "design-email-not-unique column:public.users.email",
            "design-unconstrained-status column:public.users.status",
            "design-unconstrained-status column:public.users.role",
            "design-created-at-quality column:public.users.created_at",
            "design-soft-delete-flag column:public.users.deleted",
            "design-json-catchall column:public.users.metadata");

    static final Set<String> SEED_RULES = USERS_EXPECTED.stream().map(s -> s.split(" ")[0]).collect(Collectors.toSet());

    static Set<String> keys(LintResult r) {
        return r.findings().stream().map(f -> f.ruleId() + " " + f.object()).collect(Collectors.toSet());
    }

    static Table users() {
        return table("users", req("id", "bigint").withIdentity(Identity.always()),
                col("email", "varchar(255)"), col("status", "varchar(50)"), col("created_at", "timestamp"),
                col("role", "varchar(50)"), col("deleted", "boolean"), col("metadata", "json"))
                .primaryKey(PrimaryKey.of("users_pkey", "id")).build();
    }

    static Table constraintRichOrders() {
        return table("orders", req("id", "bigint").withSerial(Column.SerialKind.BIGSERIAL),
                req("user_id", "bigint"),
                new Column("status", DataType.userDefined(q("order_status")), false, "'pending'", null, null, null, null, null),
                req("total", "numeric(12,2)"), req("email", "citext"),
                req("created_at", "timestamptz").withDefault("now()"), req("updated_at", "timestamptz").withDefault("now()"),
                col("notes", "text"))
                .primaryKey(PrimaryKey.of("orders_pkey", "id"))
                .addForeignKey(fk("orders_user_id_fkey", List.of("user_id"), "users", List.of("id"))
                        .withActions(ForeignKey.Action.RESTRICT, null))
                .addCheck(CheckConstraint.of("orders_total_check", "total >= 0"))
                .addCheck(CheckConstraint.of("orders_email_check", "email LIKE '%@%'"))
                .addCheck(CheckConstraint.of("orders_email_length", "length(email) <= 254"))
                .addCheck(CheckConstraint.of("orders_notes_length", "length(notes) <= 10000"))
                .addIndex(Index.on("idx_orders_user_status", false, "user_id", "status"))
                .addIndex(new Index("idx_orders_created", false, "btree", List.of(IndexKey.column("created_at").descending()),
                        List.of(), null, false))
                .addIndex(new Index("idx_orders_status_pending", false, "btree", List.of(IndexKey.column("created_at")),
                        List.of(), "status = 'pending'", false))
                .build();
    }

    @Test
    void constraintLightUsersTableRaisesTheArticlesFindings() {
        LintResult r = new Linter().lint(schema(users()), LintSettings.defaults());
        assertTrue(keys(r).containsAll(USERS_EXPECTED), () -> "got " + keys(r));
    }

    @Test
    void constraintRichOrdersTableRaisesNoneOfThemAndNothingAboveAHint() {
        Schema s = schema(users(), constraintRichOrders())
                .withEnums(List.of(new EnumType(q("order_status"), List.of("pending", "paid"), null)));
        LintResult r = new Linter().lint(s, LintSettings.defaults());
        List<Finding> onOrders = r.findings().stream().filter(f -> f.object().owner().equals(q("orders"))).toList();
        assertTrue(onOrders.stream().noneMatch(f -> SEED_RULES.contains(f.ruleId())), () -> "got " + onOrders);
        assertTrue(onOrders.stream().allMatch(f -> f.severity() == Severity.HINT), () -> "got " + onOrders);
    }

    // The same examples as the article's SQL, through the DDL importer ------------------------

    private static LintResult lintSql(String resource) throws IOException {
        try (InputStream in = SeedExamplesTest.class.getResourceAsStream("/lint/seeds/" + resource)) {
            assertNotNull(in, resource);
            DdlImportResult imported = new DdlImporter().importText(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8), resource, Dialect.POSTGRES);
            return new Linter().lint(imported.schema(), imported.sourceMap(), LintSettings.defaults());
        }
    }

    @Test
    void usersSqlRaisesTheArticlesFindingsWithSourceLines() throws IOException {
        LintResult r = lintSql("users.sql");
        assertTrue(keys(r).containsAll(USERS_EXPECTED), () -> "got " + keys(r));
        assertTrue(r.findings().stream().allMatch(f -> f.location() != null), "every finding points at its line");
    }

    @Test
    void ordersSqlRaisesNoneOfThemAndNothingAboveAHint() throws IOException {
        LintResult r = lintSql("orders.sql");
        List<Finding> onOrders = r.findings().stream().filter(f -> f.object().owner().name().equals("orders")).toList();
        assertTrue(onOrders.stream().noneMatch(f -> SEED_RULES.contains(f.ruleId())), () -> "got " + onOrders);
        assertTrue(onOrders.stream().allMatch(f -> f.severity() == Severity.HINT), () -> "got " + onOrders);
    }
}
