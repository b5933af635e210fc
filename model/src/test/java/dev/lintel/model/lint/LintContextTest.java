package dev.lintel.model.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The context live lint derives from the previous one after an edit answers exactly as a fresh one. */
class LintContextTest {
    @Test
    void contextAfterAnEditAnswersAsAFreshContext() {
        int derived = 0;
        for (long seed = 0; seed < 300; seed++) {
            RandomSchemas random = new RandomSchemas(seed);
            Schema schema = random.schema();
            LintContext ctx = new LintContext(schema, LintSettings.defaults());
            for (int step = 0; step < 20; step++) {
                Schema next = random.edit(schema);
                if (next.tables().isEmpty()) {
                    next = random.schema();
                }
                boolean sameNames = TableEdit.between(schema, next).sameNames;
                LintContext incremental = sameNames ? LintContext.afterEdit(ctx, next, LintSettings.defaults())
                        : new LintContext(next, LintSettings.defaults());
                assertSameAnswers(new LintContext(next, LintSettings.defaults()), incremental, "seed " + seed + " step " + step);
                derived += sameNames && !ctx.hasDuplicateNames() ? 1 : 0;
                schema = next;
                ctx = incremental;
            }
        }
        assertTrue(derived > 1000, "too few derived contexts to prove anything: " + derived);
    }

    private static void assertSameAnswers(LintContext fresh, LintContext incremental, String where) {
        Schema s = fresh.schema();
        Set<QualifiedName> names = new LinkedHashSet<>();
        Set<String> bareNames = new LinkedHashSet<>();
        for (Table t : s.tables()) {
            names.add(t.name());
            for (ForeignKey fk : t.foreignKeys()) {
                names.add(fk.referencedTable());
            }
        }
        names.add(QualifiedName.unqualified("t0"));
        names.add(QualifiedName.of("public", "t9"));
        names.forEach(n -> bareNames.add(n.name()));
        assertEquals(fresh.hasDuplicateNames(), incremental.hasDuplicateNames(), where);
        for (QualifiedName n : names) {
            assertEquals(fresh.resolve(n), incremental.resolve(n), where + " resolve " + n);
            assertEquals(fresh.referencing(n), incremental.referencing(n), where + " referencing " + n);
            assertEquals(fresh.positionOf(n), incremental.positionOf(n), where + " position of " + n);
        }
        for (String b : bareNames) {
            assertEquals(fresh.tablesNamed(b), incremental.tablesNamed(b), where + " tables named " + b);
            assertEquals(fresh.referrersOf(b), incremental.referrersOf(b), where + " referrers of " + b);
        }
    }
}
