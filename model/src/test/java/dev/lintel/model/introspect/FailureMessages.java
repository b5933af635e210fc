package dev.lintel.model.introspect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every introspection failure message must be: one line, naming the (redacted) target, no secret. */
final class FailureMessages {
    private FailureMessages() {
    }

    /**
     * @param fix words of the likely fix the message must contain
     * @param secret the password that was in play and must not appear
     */
    static void assertUserMessage(IntrospectionException e, String where, String fix, String secret) {
        String message = e.getMessage();
        System.out.println(message);
        assertFalse(message.contains("\n") || message.contains("\r"), "not one line: " + message);
        assertTrue(message.contains(where), "does not name " + where + ": " + message);
        assertTrue(message.contains(fix), "no likely fix '" + fix + "': " + message);
        if (secret != null) {
            assertFalse(message.contains(secret), "leaks the password: " + message);
        }
        assertFalse(message.startsWith("cannot read"), "fell through to the generic message: " + message);
        assertTrue(e.getCause() == null, "the driver's exception (which may echo the URL) is chained");
    }
}
