package dev.lintel.app.shell;

/**
 * The naming choice the Import JPA Sources dialog offers, as the user reads it. A view-side value
 * so the view can show the choice without touching the model; the view-model maps it onto
 * {@link dev.lintel.model.jpa.JpaNaming}.
 */
public enum JpaNamingChoice {
    SPRING("Spring Boot names (camelCase to snake_case)"),
    AS_WRITTEN("JPA/Hibernate names (as written)");

    private final String label;

    JpaNamingChoice(String label) {
        this.label = label;
    }

    /** What the dialog's choice box shows. */
    @Override
    public String toString() {
        return label;
    }
}
