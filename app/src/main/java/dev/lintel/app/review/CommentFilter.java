package dev.lintel.app.review;

/** Which comment threads the Review tab lists. */
public enum CommentFilter {
    ALL("All"), OPEN("Open"), MINE("Mine"), SELECTED_TABLE("Selected table");

    private final String label;

    CommentFilter(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
