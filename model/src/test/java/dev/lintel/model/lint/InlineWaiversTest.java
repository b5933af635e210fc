package dev.lintel.model.lint;

import static org.junit.jupiter.api.Assertions.*;

import dev.lintel.model.ddl.parse.DdlImportResult;
import dev.lintel.model.ddl.parse.DdlImporter;
import dev.lintel.model.dialect.Dialect;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineWaiversTest {
    private static final String SQL = """
            CREATE TABLE users (
              id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
              email varchar(255)
            );
            -- lintel:ignore design-email-not-unique uniqueness is enforced by the identity provider
            CREATE TABLE accounts (
              id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
              email varchar(255) -- lintel:ignore design-nullable-boolean nothing to waive here
            );
            CREATE TABLE members (id bigint PRIMARY KEY, email text); -- lintel:ignore design-email-not-unique,design-all-columns-nullable legacy
            """;

    private static LintResult lint(String sql) {
        DdlImportResult imported = new DdlImporter().importText(sql, "schema.sql", Dialect.POSTGRES);
        LintSettings settings = LintSettings.defaults().plusWaivers(InlineWaivers.parse(sql, imported.sourceMap()));
        return new Linter().lint(imported.schema(), imported.sourceMap(), settings);
    }

    @Test
    void commentOnTheLineBeforeWaivesTheRuleForTheObjectsOfTheNextStatementOnly() {
        LintResult result = lint(SQL);
        List<String> active = result.active().stream().filter(f -> f.ruleId().equals("design-email-not-unique"))
                .map(f -> f.object().toString()).toList();
        assertEquals(List.of("column:public.users.email"), active);
        Finding waived = result.findingsOn(dev.lintel.model.schema.ObjectPath.parse("column:public.accounts.email")).stream()
                .filter(f -> f.ruleId().equals("design-email-not-unique")).findFirst().orElseThrow();
        assertEquals("uniqueness is enforced by the identity provider", waived.waiver().reason());
        assertEquals(InlineWaivers.AUTHOR, waived.waiver().author());
    }

    @Test
    void commentOnTheStatementsOwnLineMayListSeveralRules() {
        LintResult result = lint(SQL);
        assertTrue(result.findings().stream().filter(f -> f.object().owner().name().equals("members"))
                .filter(f -> f.ruleId().equals("design-email-not-unique")).allMatch(Finding::waived));
    }

    @Test
    void aDirectiveThatWaivesNothingIsStale() {
        DdlImportResult imported = new DdlImporter().importText(SQL, "schema.sql", Dialect.POSTGRES);
        List<InlineWaivers.Directive> directives = InlineWaivers.directives(SQL, imported.sourceMap());
        assertEquals(List.of(5, 8, 10), directives.stream().map(InlineWaivers.Directive::line).toList());
        LintResult result = lint(SQL);
        assertEquals(List.of(8), directives.stream().filter(d -> d.isStaleIn(result)).map(InlineWaivers.Directive::line).toList());
    }

    @Test
    void semicolonsInStringsCommentsAndDollarBodiesDoNotSplitStatements() {
        String sql = "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\n"
                + "/* a; b */ CREATE TABLE t (\n  a text DEFAULT ';'\n);\n";
        assertEquals(List.of("1-1", "2-4"), InlineWaivers.statementSpans(sql).stream().map(s -> s[0] + "-" + s[1]).toList());
    }
}
