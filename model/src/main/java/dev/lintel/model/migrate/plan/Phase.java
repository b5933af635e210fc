package dev.lintel.model.migrate.plan;

/**
 * When a step runs relative to the application deploy: {@code EXPAND} before it (old code keeps
 * working), {@code BACKFILL} data moves and validations that can run online, {@code CONTRACT}
 * after every instance runs the new code (renames, drops, constraints old code could violate).
 */
public enum Phase {
    EXPAND, BACKFILL, CONTRACT;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
