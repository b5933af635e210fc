package dev.lintel.model.lint;

import static dev.lintel.model.lint.Schemas.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.lintel.model.lint.rules.ForeignKeyWithoutIndex;
import dev.lintel.model.lint.rules.TableWithoutPrimaryKey;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.PrimaryKey;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.SourceLocation;
import dev.lintel.model.schema.SourceMap;
import dev.lintel.model.schema.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinterTest {
    private final Linter linter = new Linter(List.of(new TableWithoutPrimaryKey(), new ForeignKeyWithoutIndex()));
    private final Schema schema = schema(
            table("logs", col("line", "text")),
            table("users", req("id", "bigint")).primaryKey(PrimaryKey.of("users_pkey", "id")));
    private final ObjectPath logs = ObjectPath.table(q("logs"));

    @Test
    void reportsEachProblemOnceWithRuleIdSeverityAndObject() {
        List<Finding> findings = linter.lint(schema, LintSettings.defaults()).findings();
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("design-table-without-pk", f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(logs, f.object());
        assertNull(f.confidence());
        assertFalse(f.fixes().isEmpty());
    }

    @Test
    void switchedOffRuleReportsNothing() {
        LintSettings off = LintSettings.defaults().withRule("design-table-without-pk", r -> r.withEnabled(false));
        assertTrue(linter.lint(schema, off).findings().isEmpty());
    }

    @Test
    void severityOverrideReplacesTheRulesSeverity() {
        LintSettings info = LintSettings.defaults().withRule("design-table-without-pk", r -> r.withSeverity(Severity.INFO));
        assertEquals(Severity.INFO, linter.lint(schema, info).findings().get(0).severity());
    }

    @Test
    void findingCarriesTheSourceLocationOfItsObject() {
        SourceLocation at = new SourceLocation("schema.sql", 12, 1);
        SourceMap sources = new SourceMap(Map.of(logs.toString(), at));
        assertEquals(at, linter.lint(schema, sources, LintSettings.defaults()).findings().get(0).location());
    }

    @Test
    void waivedFindingIsKeptAndMarkedWithItsWaiver() {
        Waiver w = new Waiver("design-table-without-pk", logs, "append-only log", "ana", LocalDate.of(2025, 1, 2));
        LintResult r = linter.lint(schema, LintSettings.defaults().withWaivers(List.of(w)));
        assertEquals(1, r.findings().size());
        assertEquals(w, r.findings().get(0).waiver());
        assertTrue(r.active().isEmpty());
        assertTrue(r.staleWaivers().isEmpty());
    }

    @Test
    void waiverOfAVanishedObjectIsStale() {
        Waiver w = new Waiver("design-table-without-pk", ObjectPath.table(q("gone")), "r", "ana", null);
        LintResult r = linter.lint(schema, LintSettings.defaults().withWaivers(List.of(w)));
        assertEquals(List.of(new StaleWaiver(w, StaleWaiver.Reason.OBJECT_MISSING)), r.staleWaivers());
    }

    @Test
    void waiverThatMatchesNoFindingIsStale() {
        Waiver w = new Waiver("design-table-without-pk", ObjectPath.table(q("users")), "r", "ana", null);
        LintResult r = linter.lint(schema, LintSettings.defaults().withWaivers(List.of(w)));
        assertEquals(List.of(new StaleWaiver(w, StaleWaiver.Reason.NO_MATCH)), r.staleWaivers());
    }

    @Test
    void waiverOfAnUnknownRuleIsStaleButOfASwitchedOffRuleIsDormant() {
        Waiver unknown = new Waiver("no-such-rule", logs, "r", "ana", null);
        Waiver dormant = new Waiver("design-fk-without-index", logs, "r", "ana", null);
        LintSettings s = LintSettings.defaults().withWaivers(List.of(unknown, dormant))
                .withRule("design-fk-without-index", r -> r.withEnabled(false));
        assertEquals(List.of(new StaleWaiver(unknown, StaleWaiver.Reason.UNKNOWN_RULE)), linter.lint(schema, s).staleWaivers());
    }

    @Test
    void ruleThatThrowsIsReportedAsFailureWithoutHidingOtherFindings() {
        TableRule broken = new TableRule("test-broken", Category.KEYS, Severity.ERROR, Scope.TABLE) {
            @Override
            public void check(Table table, LintContext ctx, FindingCollector out) {
                throw new IllegalStateException("boom");
            }
        };
        LintResult r = new Linter(List.of(broken, new TableWithoutPrimaryKey())).lint(schema, LintSettings.defaults());
        assertEquals(2, r.failures().size());
        assertEquals(1, r.findings().size());
    }

    @Test
    void fixIsAPureEditThatRemovesTheFinding() {
        Finding f = linter.lint(schema, LintSettings.defaults()).findings().get(0);
        Schema fixed = f.fixes().get(0).apply(schema);
        assertTrue(linter.lint(fixed, LintSettings.defaults()).findings().isEmpty());
        assertNull(schema.table(q("logs")).orElseThrow().primaryKey(), "the original schema is untouched");
    }
}
