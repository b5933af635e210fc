package dev.lintel.model.migrate.plan;

/**
 * Why a step is held back until the caller acknowledges it ({@code --allow-destructive}):
 * it loses data, it breaks code still running on the old shape, it fails or blocks depending on
 * the rows present, or it is a known hazard with no online form.
 */
public enum Acknowledgement {
    NONE, DESTRUCTIVE, BREAKING, DATA_DEPENDENT, BLOCKING;

    public boolean required() {
        return this != NONE;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
