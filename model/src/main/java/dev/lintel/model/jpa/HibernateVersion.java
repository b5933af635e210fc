package dev.lintel.model.jpa;

/**
 * Which Hibernate's schema export the JPA import reproduces: current 7.x (the default) or 6.x
 * where the two differ (each difference is named where it is mapped).
 */
public enum HibernateVersion {
    V7, V6;

    /** From the command line's {@code --hibernate 6|7}. */
    public static HibernateVersion parse(String text) {
        return switch (text.trim()) {
            case "6", "6.x", "v6", "V6" -> V6;
            case "7", "7.x", "v7", "V7" -> V7;
            default -> throw new IllegalArgumentException("unknown Hibernate version " + text + " (6 or 7)");
        };
    }
}
