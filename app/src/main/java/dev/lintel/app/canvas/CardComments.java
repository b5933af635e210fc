package dev.lintel.app.canvas;

import java.util.List;

/**
 * The open comment threads on one table and its members (columns, constraints, indexes, findings),
 * as its card's speech-bubble badge shows them.
 *
 * @param firstLines each open thread's first line, oldest first, for the badge's tooltip
 */
public record CardComments(int open, List<String> firstLines) {
    public CardComments {
        firstLines = List.copyOf(firstLines);
    }
}
