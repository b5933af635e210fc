package dev.lintel.app.shell;

/** Why the last import gave no schema: shown in the diagram's empty state and the status bar. */
public record LoadProblem(String title, String detail) {
    /** The title of {@code problem}, or null when there is none (the diagram shows its empty state). */
    static String titleOf(LoadProblem problem) {
        return problem == null ? null : problem.title();
    }

    static String detailOf(LoadProblem problem) {
        return problem == null ? null : problem.detail();
    }
}
