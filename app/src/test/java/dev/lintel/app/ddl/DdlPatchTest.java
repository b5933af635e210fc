package dev.lintel.app.ddl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A patch applied to the old text and colours gives exactly the new text and colours, whatever
 * the edit (random changes to DDL, including ones that open or close comments and strings), and
 * it stays on the lines that changed.
 */
class DdlPatchTest {
    private static final String DDL = """
            CREATE TABLE public.orders (
                id bigint NOT NULL,
                status text DEFAULT 'new' NOT NULL,
                total numeric(12, 2),
                CONSTRAINT orders_pkey PRIMARY KEY (id)
            );
            /* kept as it was
               over two lines */
            COMMENT ON COLUMN public.orders.status IS 'what the order waits for';
            CREATE INDEX orders_status_idx ON public.orders (status); -- the hot path
            """;

    @Test
    void anEditOfOneLineReplacesThatLineOnly() {
        RenderedDdl before = rendered(DDL);
        RenderedDdl after = rendered(DDL.replace("'what the order waits for'", "'what the order waits for, in cents'"));

        DdlPatch patch = DdlPatch.between(before, after);

        int line = DDL.indexOf("COMMENT ON COLUMN");
        assertEquals(line, patch.from());
        assertEquals(DDL.indexOf('\n', line) + 1, patch.baseTo(), "up to the end of the changed line");
        assertEquals("COMMENT ON COLUMN public.orders.status IS 'what the order waits for, in cents';\n", patch.text());
        assertApplies(before, after, patch);
    }

    @Test
    void theSameTextIsAnEmptyPatch() {
        DdlPatch patch = DdlPatch.between(rendered(DDL), rendered(DDL));
        assertTrue(patch.isEmpty());
    }

    @Test
    void aChangeThatRecoloursKeptLinesTakesThemIn() {
        // Opening a block comment turns every line after it into comment: those lines are in the patch.
        RenderedDdl before = rendered(DDL);
        RenderedDdl after = rendered(DDL.replace("total numeric(12, 2),", "total numeric(12, 2), /* open"));

        DdlPatch patch = DdlPatch.between(before, after);

        assertTrue(patch.resultTo() > after.sql().indexOf("CONSTRAINT orders_pkey"), "the recoloured lines are replaced too");
        assertApplies(before, after, patch);
    }

    @Test
    void randomEditsOfDdlAlwaysPatchToTheNewTextAndColours() {
        Random random = new Random(7);
        String[] pieces = {"'", "''", "--", "/*", "*/", "\n", "\"", " 12", "NOT NULL", "x", ";", "CHECK (a > 0)", "é"};
        String text = DDL;
        for (int round = 0; round < 3000; round++) {
            StringBuilder next = new StringBuilder(text);
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = next.isEmpty() ? 0 : random.nextInt(next.length() + 1);
                switch (random.nextInt(3)) {
                    case 0 -> next.insert(at, pieces[random.nextInt(pieces.length)]);
                    case 1 -> next.delete(at, Math.min(next.length(), at + 1 + random.nextInt(6)));
                    default -> next.replace(at, Math.min(next.length(), at + 1), pieces[random.nextInt(pieces.length)]);
                }
            }
            if (random.nextInt(50) == 0) {
                next = new StringBuilder(random.nextBoolean() ? "" : DDL); // to and from nothing, and back
            }
            RenderedDdl before = rendered(text);
            RenderedDdl after = rendered(next.toString());
            assertApplies(before, after, DdlPatch.between(before, after));
            text = next.toString();
        }
    }

    // Applies the patch as the pane does (text of the range replaced, the range coloured from the new spans).
    private static void assertApplies(RenderedDdl before, RenderedDdl after, DdlPatch patch) {
        String old = before.sql();
        String text = old.substring(0, patch.from()) + patch.text() + old.substring(patch.baseTo());
        assertEquals(after.sql(), text, "the text");
        String[] colours = colours(before);
        String[] patched = new String[text.length()];
        System.arraycopy(colours, 0, patched, 0, patch.from());
        System.arraycopy(colours, patch.baseTo(), patched, patch.resultTo(), old.length() - patch.baseTo());
        String[] fresh = colours(after);
        System.arraycopy(fresh, patch.from(), patched, patch.from(), patch.resultTo() - patch.from());
        assertArrayEquals(fresh, patched, () -> "the colours, patching " + patch.from() + ".." + patch.baseTo()
                + " of\n" + old + "\ninto\n" + after.sql());
    }

    private static String[] colours(RenderedDdl ddl) {
        String[] out = new String[ddl.sql().length()];
        Arrays.fill(out, "");
        for (HighlightSpan s : ddl.highlights()) {
            Arrays.fill(out, s.start(), s.start() + s.length(), s.styleClass());
        }
        return out;
    }

    private static RenderedDdl rendered(String sql) {
        return new RenderedDdl("public.orders", sql, SqlHighlighter.highlight(sql), new ArrayList<>(List.of()));
    }
}
