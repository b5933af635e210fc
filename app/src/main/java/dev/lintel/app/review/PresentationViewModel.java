package dev.lintel.app.review;

import dev.lintel.model.document.LintelDocument;
import dev.lintel.model.document.ReviewComment;
import dev.lintel.model.lint.Finding;
import dev.lintel.model.lint.LintResult;
import dev.lintel.model.review.FindingKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Presentation mode for review meetings: the open findings and open comment threads as a deck,
 * stepped through one by one; each step selects its object in the window (which centres and
 * highlights it). The deck is taken when the mode starts, so it does not reshuffle mid-meeting.
 */
public final class PresentationViewModel {
    /** One step: what to show and which object to select. */
    public record Item(String kind, String title, String body, String objectPath) {
    }

    private final Consumer<String> select;
    private final List<Item> items = new ArrayList<>();
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", -1);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper body = new ReadOnlyStringWrapper(this, "body", "");
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper(this, "position", "");

    public PresentationViewModel(Consumer<String> select) {
        this.select = select;
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bodyProperty() {
        return body.getReadOnlyProperty();
    }

    /** "3 / 12". */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public List<Item> items() {
        return List.copyOf(items);
    }

    /** Builds the deck: open findings by severity, then open threads oldest first; shows the first. */
    public void start(LintelDocument doc, LintResult lint) {
        items.clear();
        if (lint != null) {
            lint.active().stream().sorted(java.util.Comparator.comparing(Finding::severity)
                    .thenComparing(f -> f.object().toString())).forEach(f -> items.add(new Item("finding",
                    f.severity().name().toLowerCase(Locale.ROOT) + ": " + f.object().display(),
                    f.message() + "\n[" + f.ruleId() + "]", f.object().toString())));
        }
        for (ReviewComment c : doc.review().openThreads()) {
            String object;
            try {
                object = FindingKey.objectOf(c.target()).toString();
            } catch (IllegalArgumentException e) {
                object = null;
            }
            StringBuilder text = new StringBuilder(c.author() == null ? "" : c.author() + ": ").append(c.text());
            doc.review().replies(c.id()).forEach(r -> text.append("\n\n").append(r.author() == null ? "" : r.author() + ": ")
                    .append(r.text()));
            items.add(new Item("comment", "Comment on " + (object == null ? c.target() : c.target().replaceFirst("^[a-z]+:", "")),
                    text.toString(), object));
        }
        show(items.isEmpty() ? -1 : 0);
    }

    /**
     * Narrows the deck to the items on {@code cards} (object paths of tables, views, enum types: a
     * subject area) and starts again at its first item.
     */
    public void keepOnly(java.util.Set<String> cards) {
        items.removeIf(item -> item.objectPath() == null || !cards.contains(cardOf(item.objectPath())));
        show(items.isEmpty() ? -1 : 0);
    }

    // The table (view, enum type) whose card shows an object: itself, or the owner of a column or key.
    private static String cardOf(String objectPath) {
        try {
            return dev.lintel.model.schema.ObjectPath.parse(objectPath).ownerPath().toString();
        } catch (IllegalArgumentException notAPath) {
            return objectPath;
        }
    }

    public void next() {
        if (index.get() + 1 < items.size()) {
            show(index.get() + 1);
        }
    }

    public void previous() {
        if (index.get() > 0) {
            show(index.get() - 1);
        }
    }

    private void show(int i) {
        index.set(i);
        if (i < 0) {
            heading.set("Nothing open");
            body.set("No open findings or comment threads.");
            position.set("");
            return;
        }
        Item item = items.get(i);
        heading.set(item.title());
        body.set(item.body());
        position.set((i + 1) + " / " + items.size());
        if (item.objectPath() != null) {
            // The window selects the object's table: a column or finding path selects its owner card.
            select.accept(cardOf(item.objectPath()));
        }
    }
}
