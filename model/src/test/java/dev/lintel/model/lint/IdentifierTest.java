package dev.lintel.model.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.QualifiedName;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one-pass spelling classification means exactly what the regular expressions it replaced meant. */
class IdentifierTest {
    private static final Pattern LOWER_PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");
    private static final Pattern UPPER_PLAIN = Pattern.compile("[A-Z_][A-Z0-9_$]*");
    private static final Pattern LOWER_SNAKE = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9_]*");
    // Letters from both cases and scripts whose case mapping is not ASCII's (dotless i, sharp s,
    // Kelvin sign), digits, the punctuation identifiers may hold, a line break.
    private static final String ALPHABET = "aAzZ_$09 -.\"\nßıİKéÉ€";

    @Test
    void spellingAgreesWithTheRegularExpressionsOnRandomNames() {
        Random random = new Random(42);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(6);
            for (int i = 0; i < length; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            check(sb.toString());
        }
        for (String name : new String[] {"", "id", "_x", "$x", "x$", "ID", "userId", "t1_c0", "1abc", "straße", "STRASSE"}) {
            check(name);
        }
    }

    private static void check(String name) {
        Identifier id = Identifier.of(ObjectPath.table(new QualifiedName("public", "t")), "Column", name);
        String why = "name <" + name + ">";
        assertEquals(LOWER_PLAIN.matcher(name).matches(), id.is(Identifier.LOWER_PLAIN), why);
        assertEquals(UPPER_PLAIN.matcher(name).matches(), id.is(Identifier.UPPER_PLAIN), why);
        assertEquals(LOWER_SNAKE.matcher(name).matches(), id.is(Identifier.LOWER_SNAKE), why);
        assertEquals(UPPER_SNAKE.matcher(name).matches(), id.is(Identifier.UPPER_SNAKE), why);
        assertEquals(name.equals(name.toLowerCase(Locale.ROOT)), id.is(Identifier.LOWER_FOLDED), why);
        assertEquals(name.equals(name.toUpperCase(Locale.ROOT)), id.is(Identifier.UPPER_FOLDED), why);
        assertEquals(name.getBytes(StandardCharsets.UTF_8).length, id.utf8Bytes(), why);
    }
}
