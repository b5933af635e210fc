package dev.lintel.model.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The context live lint derives from the previous one after an edit answers exactly as a fresh one. */
class LintContextTest {
    @Test
    void contextAfterAnEditAnswersAsAFreshContext() {
        int derived = 0;
        for (long seed = 0; seed < 300; seed++) {
            RandomSchemas random = new RandomSchemas(seed);
            // A second t1 in another schema makes an unqualified reference to t1 ambiguous.
            Schema schema = random.schema().addTable(Table.of(QualifiedName.of("other", "t1"), List.of(Column.of("id", DataType.of("integer")))));
            LintContext ctx = new LintContext(schema, LintSettings.defaults());
            for (int step = 0; step < 20; step++) {
                Schema next = step % 4 == 3 ? requalifyReferences(schema, step) : random.edit(schema);
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

    /** The edit that keeps every key but changes what one table's keys denote: {@code t1} <-> {@code public.t1}. */
    private static Schema requalifyReferences(Schema s, int step) {
        Table t = s.tables().get(step % s.tables().size());
        return s.mapTable(t.name(), x -> x.toBuilder().foreignKeys(x.foreignKeys().stream().map(fk -> fk.withReferencedTable(
                fk.referencedTable().schema() == null ? QualifiedName.of("public", fk.referencedTable().name())
                        : QualifiedName.unqualified(fk.referencedTable().name()))).toList()).build());
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
