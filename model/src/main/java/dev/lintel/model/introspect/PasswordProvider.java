package dev.lintel.model.introspect;

/**
 * Where a database password comes from. The password is used for the connection only: never put
 * into the model, a message or an exception, and the array is wiped after use.
 */
public interface PasswordProvider {
    PasswordProvider NONE = new PasswordProvider() {
    };

    /** A password known without asking anyone (an environment variable), or null. */
    default char[] known() {
        return null;
    }

    /**
     * Asked only when the server wants a password and none was known (or ~/.pgpass had none):
     * a prompt, or null when no one can answer.
     */
    default char[] ask(String redactedUrl) {
        return null;
    }

    static PasswordProvider of(char[] password) {
        return new PasswordProvider() {
            @Override
            public char[] known() {
                return password == null ? null : password.clone();
            }
        };
    }
}
