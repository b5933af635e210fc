package dev.lintel.app.review;

/**
 * One comment thread in display form.
 *
 * @param target the object path or finding key the thread is on
 * @param replies how many replies the thread has
 */
public record CommentRow(String id, String target, String targetLabel, String author, String text, boolean resolved,
                         int replies) {
    @Override
    public String toString() {
        return (resolved ? "[resolved] " : "") + targetLabel + " \u2014 " + (author == null ? "?" : author) + ": " + text
                + (replies == 0 ? "" : " (" + replies + (replies == 1 ? " reply)" : " replies)"));
    }
}
