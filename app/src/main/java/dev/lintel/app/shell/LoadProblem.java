package dev.lintel.app.shell;

/** Why the last import gave no schema: shown in the diagram's empty state and the status bar. */
public record LoadProblem(String title, String detail) {
}
