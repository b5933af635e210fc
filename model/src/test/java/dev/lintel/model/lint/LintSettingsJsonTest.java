package dev.lintel.model.lint;

import static org.junit.jupiter.api.Assertions.*;

import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.ObjectPath;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

public class LintSettingsJsonTest {
    public static LintSettings configured() {
        return LintSettings.defaults().withTargetDialect(Dialect.H2)
                .withRule("design-wide-table", r -> r.withThreshold("max-columns", 40).withSeverity(Severity.WARNING))
                .withRule("design-naming-convention", r -> r.withEnabled(true))
                .withWaivers(List.of(
                        new Waiver("design-email-not-unique", ObjectPath.parse("column:public.users.email"), "IdP",
                                "ana", LocalDate.parse("2026-11-02")),
                        new Waiver("design-char-type", ObjectPath.parse("column:public.a.code"), "ISO code", null, null)));
    }

    @Test
    void settingsRoundTripThroughJson() {
        LintSettings s = configured();
        assertEquals(s, LintSettingsJson.fromTree(LintSettingsJson.toTree(s)));
    }

    @Test
    void defaultsWriteAsAnEmptyObjectAndAbsentSectionsReadAsDefaults() {
        assertEquals("{}", LintSettingsJson.toTree(LintSettings.defaults()).toString());
        assertEquals(LintSettings.defaults(), LintSettingsJson.read("{}", "x.json"));
    }

    @Test
    void waiversAreKeptInOneCanonicalOrder() {
        LintSettings s = configured();
        assertEquals(List.of("design-char-type", "design-email-not-unique"), s.waivers().stream().map(Waiver::ruleId).toList());
    }

    @Test
    void badSeverityIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LintSettingsJson.read("{\"rules\":{\"x\":{\"severity\":\"fatal\"}}}", "c.json"));
        assertTrue(e.getMessage().contains("fatal"), e.getMessage());
    }
}
