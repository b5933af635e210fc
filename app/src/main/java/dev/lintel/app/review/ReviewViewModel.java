package dev.lintel.app.review;

import dev.lintel.model.document.LintelDocument;
import dev.lintel.model.lint.Finding;
import dev.lintel.model.lint.LintResult;
import dev.lintel.model.review.FindingKey;
import dev.lintel.model.review.ReviewActions;
import dev.lintel.model.review.SignOffStatus;
import dev.lintel.model.schema.ObjectPath;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the Review tab: comment threads with filters (all, open, mine, the selected
 * table), add a comment on the selected object, resolve, waive a finding with a reason, sign off,
 * and the sign-off banner (current, or outdated with what changed). Every edit goes through
 * {@code edit}, which replaces the window's document; the review logic itself is the model's
 * {@link ReviewActions}.
 */
public final class ReviewViewModel {
    private final Supplier<LintelDocument> document;
    private final Consumer<UnaryOperator<LintelDocument>> edit;
    private final ObservableValue<LintResult> lint;
    private final ObservableValue<String> selectedObject;
    private final ReviewActions actions;
    private final Clock clock;

    // Properties ------------------------------------------------------------------------------
    private final StringProperty user = new SimpleStringProperty(this, "user", System.getProperty("user.name", "me"));
    private final ObjectProperty<CommentFilter> filter = new SimpleObjectProperty<>(this, "filter", CommentFilter.ALL);
    private final ObservableList<CommentRow> threads = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper(this, "banner", "");
    private final ReadOnlyBooleanWrapper outdated = new ReadOnlyBooleanWrapper(this, "outdated");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public ReviewViewModel(Supplier<LintelDocument> document, Consumer<UnaryOperator<LintelDocument>> edit,
                           ObservableValue<LintResult> lint, ObservableValue<String> selectedObject,
                           ReviewActions actions, Clock clock) {
        this.document = Objects.requireNonNull(document, "document");
        this.edit = Objects.requireNonNull(edit, "edit");
        this.lint = lint;
        this.selectedObject = selectedObject;
        this.actions = actions;
        this.clock = clock;
        filter.addListener((o, a, b) -> refresh());
        user.addListener((o, a, b) -> refresh());
        selectedObject.addListener((o, a, b) -> {
            if (filter.get() == CommentFilter.SELECTED_TABLE) {
                refresh();
            }
        });
    }

    public StringProperty userProperty() {
        return user;
    }

    public ObjectProperty<CommentFilter> filterProperty() {
        return filter;
    }

    public ObservableList<CommentRow> threads() {
        return FXCollections.unmodifiableObservableList(threads);
    }

    /** The latest sign-off's state for a banner; empty when nobody signed off. */
    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty outdatedProperty() {
        return outdated.getReadOnlyProperty();
    }

    /** Why the last command did nothing (missing text, reason ...), or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    // Commands --------------------------------------------------------------------------------

    /** Recomputes the list and the banner from the current document (after any document or schema change). */
    public void refresh() {
        LintelDocument doc = document.get();
        String me = user.get();
        String table = selectedTable();
        threads.setAll(doc.review().threads().stream()
                .filter(c -> switch (filter.get()) {
                    case ALL -> true;
                    case OPEN -> !c.resolved();
                    case MINE -> Objects.equals(me, c.author())
                            || doc.review().replies(c.id()).stream().anyMatch(r -> Objects.equals(me, r.author()));
                    case SELECTED_TABLE -> table != null && table.equals(tableOf(c.target()));
                })
                .map(c -> new CommentRow(c.id(), c.target(), label(c.target()), c.author(), firstLine(c.text()), c.resolved(),
                        doc.review().replies(c.id()).size(), doc.review().replies(c.id()).stream()
                        .map(r -> (r.author() == null ? "?" : r.author()) + ": " + firstLine(r.text())).toList()))
                .toList());
        SignOffStatus status = ReviewActions.status(doc);
        outdated.set(status != null && status.outdated());
        banner.set(status == null ? "" : status.headline()
                + (status.outdated() && status.changes() != null ? "\n" + status.changes().describe() : ""));
    }

    /** Starts a thread on the selected object; returns false (with a message) when there is no object or text. */
    public boolean addComment(String text) {
        String target = selectedObject.getValue();
        if (target == null) {
            message.set("Select a table or column to comment on.");
            return false;
        }
        return addComment(target, text);
    }

    public boolean addComment(String target, String text) {
        if (text == null || text.isBlank()) {
            message.set("Write a comment first.");
            return false;
        }
        apply(doc -> actions.comment(doc, target, user.get(), clock.instant(), text));
        return true;
    }

    /** Answers the thread {@code threadId} belongs to; returns false (with a message) when there is no text. */
    public boolean reply(String threadId, String text) {
        if (text == null || text.isBlank()) {
            message.set("Write a reply first.");
            return false;
        }
        apply(doc -> actions.reply(doc, threadId, user.get(), clock.instant(), text));
        return true;
    }

    /** Starts a thread on the finding of {@code ruleId} on {@code objectPath} (its {@link FindingKey}). */
    public boolean commentOnFinding(String ruleId, String objectPath, String text) {
        String key;
        try {
            key = new FindingKey(ruleId, ObjectPath.parse(objectPath)).toString();
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return false;
        }
        return addComment(key, text);
    }

    public void setResolved(String commentId, boolean resolved) {
        apply(doc -> actions.resolve(doc, commentId, resolved));
    }

    /** Waives the current lint's finding of {@code ruleId} on {@code objectPath}; the reason is mandatory. */
    public boolean waive(String ruleId, String objectPath, String reason) {
        if (reason == null || reason.isBlank()) {
            message.set("A waiver needs a reason.");
            return false;
        }
        LintResult r = lint.getValue();
        Optional<Finding> finding = r == null ? Optional.empty() : r.findings().stream()
                .filter(f -> f.ruleId().equals(ruleId) && f.object().toString().equals(objectPath)).findFirst();
        if (finding.isEmpty()) {
            message.set("That finding is no longer reported.");
            return false;
        }
        apply(doc -> actions.waive(doc, finding.get(), reason, user.get(), ReviewActions.today(clock.instant())));
        return true;
    }

    /** Signs the current schema off by the current user, recording the open threads and open findings. */
    public void signOff(String note) {
        apply(doc -> actions.signOff(doc, List.of(user.get()), clock.instant(),
                note == null || note.isBlank() ? null : note, lint.getValue()));
    }

    private void apply(UnaryOperator<LintelDocument> change) {
        try {
            edit.accept(change);
            message.set("");
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
        }
        refresh();
    }

    private String selectedTable() {
        String s = selectedObject.getValue();
        return s == null ? null : tableOf(s);
    }

    private static String tableOf(String target) {
        try {
            return FindingKey.objectOf(target).ownerPath().toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String label(String target) {
        try {
            return FindingKey.parse(target).map(k -> k.ruleId() + " on " + k.object().display())
                    .orElseGet(() -> ObjectPath.parse(target).display());
        } catch (IllegalArgumentException e) {
            return target;
        }
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl) + " \u2026";
    }
}
