package dev.lintel.app.review;

/**
 * One comment thread in display form.
 *
 * @param target the object path or finding key the thread is on
 * @param replies how many replies the thread has
 * @param replyLines each reply as "author: first line", oldest first, shown under the thread
 */
public record CommentRow(String id, String target, String targetLabel, String author, String text, boolean resolved,
                         int replies, java.util.List<String> replyLines) {
    public CommentRow {
        replyLines = replyLines == null ? java.util.List.of() : java.util.List.copyOf(replyLines);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder((resolved ? "[resolved] " : "") + targetLabel + " \u2014 "
                + (author == null ? "?" : author) + ": " + text
                + (replies == 0 ? "" : " (" + replies + (replies == 1 ? " reply)" : " replies)")));
        replyLines.forEach(r -> s.append("\n    \u21b3 ").append(r));
        return s.toString();
    }
}
