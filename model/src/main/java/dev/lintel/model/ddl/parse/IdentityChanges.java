package dev.lintel.model.ddl.parse;

import dev.lintel.model.schema.Identity;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ALTER COLUMN c SET GENERATED ... | SET <sequence option> ... | RESTART [WITH n]}: changes
 * to an identity column and its implicit sequence, in any number and order. Options are merged
 * into the identity's (later ones win); RESTART moves the sequence's current value only, which
 * is state, not design.
 */
final class IdentityChanges {
    private static final String[] OPTION_WORDS = {"START", "INCREMENT", "MINVALUE", "MAXVALUE", "NO", "CACHE", "CYCLE", "AS"};

    private IdentityChanges() {
    }

    static boolean startsHere(TokenCursor in) {
        return in.peek().isWord("RESTART") || in.peek().isWord("SET")
                && (in.peek(1).isWord("GENERATED") || in.peek(1).isAnyWord(OPTION_WORDS));
    }

    static void read(TokenCursor in, SchemaBuilder schema, Table.Builder table, String column) {
        Identity.Generation generation = null;
        List<String> options = new ArrayList<>();
        while (startsHere(in)) {
            if (in.acceptWords("RESTART")) {
                in.acceptWords("WITH");
                if (!in.atEnd() && !in.peek().isSymbol(",") && !in.peek().isAnyWord("SET", "RESTART")) {
                    in.next();
                }
            } else if (in.acceptWords("SET", "GENERATED")) {
                generation = in.acceptWords("ALWAYS") ? Identity.Generation.ALWAYS : Identity.Generation.BY_DEFAULT;
                in.acceptWords("BY", "DEFAULT");
            } else {
                in.expectWords("SET");
                int from = in.position();
                while (!in.atEnd() && !in.peek().isSymbol(",") && !in.peek().isAnyWord("SET", "RESTART")) {
                    in.next();
                }
                options.add(in.textBetween(from, in.position()));
            }
        }
        Identity.Generation newGeneration = generation;
        boolean[] found = {false};
        AlterTableReader.updateColumn(table, column, c -> {
            if (c.identity() == null) {
                return c;
            }
            found[0] = true;
            String merged = SequenceOptions.identityOptions(join(c.identity().sequenceOptions(), options));
            return c.withIdentity(new Identity(newGeneration != null ? newGeneration : c.identity().generation(), merged));
        });
        if (!found[0]) {
            schema.warning("column " + column + " of " + table.name() + " is not an identity column");
        }
    }

    private static String join(String existing, List<String> more) {
        List<String> all = new ArrayList<>();
        if (existing != null) {
            all.add(existing);
        }
        all.addAll(more);
        return String.join(" ", all);
    }
}
