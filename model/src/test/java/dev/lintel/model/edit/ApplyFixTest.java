package dev.lintel.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lintel.model.lint.Finding;
import dev.lintel.model.lint.LintSettings;
import dev.lintel.model.lint.Linter;
import dev.lintel.model.schema.Schema;
import org.junit.jupiter.api.Test;

class ApplyFixTest {
    private static final Schema SHOP = EditSchemas.parse("""
            CREATE TABLE users (id bigint PRIMARY KEY);
            CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id));
            """);

    @Test
    void aQuickFixIsAnUndoableEditNamedByItsTitleAndItsFindingGoes() {
        Finding unindexed = new Linter().lint(SHOP, LintSettings.defaults()).findingsOf("design-fk-without-index").get(0);
        ApplyFix edit = new ApplyFix(unindexed.fixes().get(0));
        assertEquals(unindexed.fixes().get(0).title(), edit.label());

        Edit.Applied applied = edit.apply(SHOP);
        assertEquals(1, applied.schema().table(unindexed.object().owner()).orElseThrow().indexes().size());
        assertFalse(new Linter().lint(applied.schema(), LintSettings.defaults()).findings().stream()
                .anyMatch(f -> f.ruleId().equals("design-fk-without-index")));
        assertEquals(SHOP, applied.inverse().apply(applied.schema()).schema());
        assertThrows(EditException.class, () -> edit.apply(applied.schema()), "a fix that changes nothing is not an edit");
    }
}
