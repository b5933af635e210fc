package dev.lintel.app.canvas;

import atlantafx.base.controls.Spacer;
import dev.lintel.app.findings.FindingSeverity;
import dev.lintel.app.findings.SeverityIcons;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One table drawn as a card: a header with its name (and a severity badge when the lint found
 * something), then one row per column with key markers, name, type and a finding marker. The card
 * is as wide as its content up to the stylesheet's max width; longer texts keep their full form
 * in a tooltip.
 */
public final class TableCardView extends VBox {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass MATCH = PseudoClass.getPseudoClass("search-match");
    private static final PseudoClass FADED = PseudoClass.getPseudoClass("search-faded");
    private static final PseudoClass ADDED = PseudoClass.getPseudoClass("baseline-added");
    private static final PseudoClass MODIFIED = PseudoClass.getPseudoClass("baseline-modified");
    // Key of the header's change tooltip in its properties, so that the next change replaces it.
    private static final String CHANGE_TIP = "lintel-change-tooltip";
    // Beyond these lengths a name or type may be cut at the card's max width: give it a tooltip.
    private static final int LONG_NAME = 26;
    private static final int LONG_TYPE = 20;
    // Key of the column name in the properties of a column row's nodes (drag a column to make a key).
    private static final String COLUMN = "lintel-column";

    private TableCard card;
    private Tooltip commentTip;
    // What the badges show now: the same again (the next lint, the next review edit) changes nothing.
    private CardFindings findingsShown;
    private final Label badge = new Label();
    private final Label commentBadge = new Label();
    private Runnable onOpenComments = () -> { };
    private final Map<String, StackPane> columnMarkerSlots = new HashMap<>();
    private final Map<String, Label> columnNames = new HashMap<>();
    private final HBox header;
    private CardChange change;

    public TableCardView(TableCard card) {
        this.card = card;
        getStyleClass().add("table-card");
        if (card.kind() != TableCard.Kind.TABLE) {
            getStyleClass().add(card.kind() == TableCard.Kind.ENUM ? "enum-card" : "view-card");
        }
        setId("card-" + card.name());
        // Exactly the size the layout was computed with (CardGeometry), so edges meet the borders.
        dev.lintel.model.layout.Size size = CardGeometry.sizeOf(card);
        setMinSize(size.width(), size.height());
        setPrefSize(size.width(), size.height());
        setMaxSize(size.width(), size.height());

        Label name = new Label(card.name(), new FontIcon(switch (card.kind()) {
            case TABLE -> Feather.GRID;
            case VIEW, MATERIALIZED_VIEW -> Feather.EYE;
            case ENUM -> Feather.LIST;
        }));
        name.getStyleClass().add("table-card-name");
        name.setId("card-name-" + card.name());
        name.setMinWidth(60);
        if (card.name().length() > LONG_NAME) {
            name.setTooltip(new Tooltip(card.name()));
        }
        Label schema = new Label(card.schemaName());
        schema.getStyleClass().add("table-card-schema");
        schema.setMinWidth(USE_PREF_SIZE);
        badge.setId("badge-" + card.name());
        badge.getStyleClass().add("finding-badge");
        badge.setMinWidth(USE_PREF_SIZE);
        badge.setVisible(false);
        badge.setManaged(false);
        commentBadge.setId("comments-" + card.name());
        commentBadge.getStyleClass().add("comment-badge");
        commentBadge.setGraphic(new FontIcon(Feather.MESSAGE_CIRCLE));
        commentBadge.setMinWidth(USE_PREF_SIZE);
        commentBadge.setVisible(false);
        commentBadge.setManaged(false);
        commentBadge.setOnMouseClicked(e -> {
            onOpenComments.run();
            e.consume();
        });
        header = new HBox(6, name, new Spacer(), schema, commentBadge, badge);
        if (!card.kind().label().isEmpty()) {
            Label kind = new Label(card.kind().label());
            kind.getStyleClass().add("table-card-kind");
            kind.setMinWidth(USE_PREF_SIZE);
            header.getChildren().add(2, kind);
        }
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("table-card-header");
        header.setMinHeight(CardGeometry.HEADER);
        header.setPrefHeight(CardGeometry.HEADER);
        header.setMaxHeight(CardGeometry.HEADER);

        GridPane rows = new GridPane();
        rows.getStyleClass().add("table-card-columns");
        ColumnConstraints markers = new ColumnConstraints();
        markers.setMinWidth(USE_PREF_SIZE);
        ColumnConstraints columnName = new ColumnConstraints();
        columnName.setHgrow(Priority.ALWAYS);
        ColumnConstraints type = new ColumnConstraints();
        ColumnConstraints finding = new ColumnConstraints();
        // Min and pref alike: a min above the pref would take its width from the name column at layout.
        finding.setMinWidth(14);
        finding.setPrefWidth(14);
        rows.getColumnConstraints().addAll(markers, columnName, type, finding);
        int r = 0;
        for (ColumnLine line : card.columns()) {
            Label colName = new Label(line.name());
            colName.getStyleClass().add("table-card-column-name");
            colName.setMinWidth(40);
            if (line.primaryKey()) {
                colName.getStyleClass().add("primary-key");
            }
            if (line.name().length() > LONG_NAME) {
                colName.setTooltip(new Tooltip(line.name()));
            }
            Label typeLabel = new Label(line.type());
            typeLabel.getStyleClass().add("table-card-column-type");
            typeLabel.setMinWidth(40);
            if (line.type().length() > LONG_TYPE) {
                typeLabel.setTooltip(new Tooltip(line.type()));
            }
            StackPane slot = new StackPane();
            slot.getStyleClass().add("column-finding-slot");
            columnMarkerSlots.put(line.name(), slot);
            columnNames.put(line.name(), colName);
            if (!line.comment().isEmpty()) {
                colName.setTooltip(new Tooltip(columnTip(line)));
            }
            javafx.scene.Node rowMarkers = markersOf(line);
            for (javafx.scene.Node n : List.of(rowMarkers, colName, typeLabel, slot)) {
                n.getProperties().put(COLUMN, line.name());
            }
            rows.addRow(r++, rowMarkers, colName, typeLabel, slot);
            javafx.scene.layout.RowConstraints fixed = new javafx.scene.layout.RowConstraints(CardGeometry.ROW,
                    CardGeometry.ROW, CardGeometry.ROW);
            rows.getRowConstraints().add(fixed);
        }
        getChildren().addAll(header, rows);
        if (!card.comment().isEmpty()) {
            commentTip = new Tooltip(card.comment());
            Tooltip.install(this, commentTip);
        }
    }

    public TableCard card() {
        return card;
    }

    /**
     * Shows {@code next} in this card when it differs from the one shown in comments only (the
     * table's, its columns'): they are tooltips, changed in place. False when anything drawn
     * differs and the card must be built again. Typing comments then costs no new nodes.
     */
    public boolean adopt(TableCard next) {
        if (!withoutComments(card).equals(withoutComments(next))) {
            return false;
        }
        if (commentTip != null) {
            Tooltip.uninstall(this, commentTip);
            commentTip = null;
        }
        if (!next.comment().isEmpty()) {
            commentTip = new Tooltip(next.comment());
            Tooltip.install(this, commentTip);
        }
        for (ColumnLine line : next.columns()) {
            Label name = columnNames.get(line.name());
            String tip = !line.comment().isEmpty() ? columnTip(line) : line.name().length() > LONG_NAME ? line.name() : null;
            if (tip == null) {
                name.setTooltip(null);
            } else if (name.getTooltip() == null) {
                name.setTooltip(new Tooltip(tip));
            } else {
                name.getTooltip().setText(tip);
            }
        }
        card = next;
        return true;
    }

    private static TableCard withoutComments(TableCard c) {
        return new TableCard(c.objectPath(), c.name(), c.schemaName(), "", c.columns().stream()
                .map(l -> new ColumnLine(l.name(), l.type(), l.primaryKey(), l.foreignKey(), l.unique(), l.notNull(),
                        l.indexed(), "")).toList(), c.kind());
    }

    private static String columnTip(ColumnLine line) {
        return line.name() + ": " + line.comment();
    }

    /** The column whose row holds {@code picked} (a node under the pointer), or null. */
    public String columnAt(javafx.scene.Node picked) {
        for (javafx.scene.Node n = picked; n != null && n != this; n = n.getParent()) {
            Object column = n.getProperties().get(COLUMN);
            if (column != null) {
                return (String) column;
            }
        }
        return null;
    }

    /** True when {@code picked} is the card's header (its name), where a double-click renames. */
    public boolean isInHeader(javafx.scene.Node picked) {
        for (javafx.scene.Node n = picked; n != null && n != this; n = n.getParent()) {
            if (n == badge || n == commentBadge) {
                return false;
            }
            if (n == header) {
                return true;
            }
        }
        return false;
    }

    /** What a click on the findings badge does (the canvas lists the findings with their fixes). */
    public void setOnOpenFindings(Runnable action) {
        badge.setOnMouseClicked(e -> {
            action.run();
            e.consume();
        });
    }

    /** The findings badge, where the findings popover is anchored. */
    public javafx.scene.Node findingsBadge() {
        return badge;
    }

    public void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    /** Search state: null while no search is active, else whether this table matches (the rest fade). */
    public void showSearchMatch(Boolean match) {
        pseudoClassStateChanged(MATCH, Boolean.TRUE.equals(match));
        pseudoClassStateChanged(FADED, Boolean.FALSE.equals(match));
    }

    /** True while a search is active and this table does not match it. */
    public boolean isFaded() {
        return getPseudoClassStates().contains(FADED);
    }

    /** Shows the lint's findings on this table; null clears them. */
    public void showFindings(CardFindings findings) {
        if (java.util.Objects.equals(findings, findingsShown)) {
            return; // each change below restyles the badge or adds marker nodes: none for the same findings
        }
        findingsShown = findings;
        badge.getStyleClass().removeIf(s -> s.startsWith("finding-badge-"));
        columnMarkerSlots.values().forEach(slot -> slot.getChildren().clear());
        boolean any = findings != null;
        badge.setVisible(any);
        badge.setManaged(any);
        if (!any) {
            badge.setTooltip(null);
            return;
        }
        badge.setGraphic(SeverityIcons.of(findings.worst()));
        badge.setText(String.valueOf(findings.messages().size()));
        badge.getStyleClass().add("finding-badge-" + findings.worst().styleClass());
        badge.setTooltip(messagesTooltip(findings.messages()));
        findings.columns().forEach((column, found) -> {
            StackPane slot = columnMarkerSlots.get(column);
            if (slot != null) {
                slot.getChildren().setAll(columnMarker(found.worst(), found.messages()));
            }
        });
    }

    /**
     * Shows what changed on this table since the baseline: the card is tinted for a new or a
     * modified table, new and changed columns are marked, and the header's tooltip says what
     * changed; null clears it.
     */
    public void showChange(CardChange change) {
        this.change = change;
        CardChange.Mark mark = change == null ? null : change.mark();
        pseudoClassStateChanged(ADDED, mark == CardChange.Mark.ADDED);
        pseudoClassStateChanged(MODIFIED, mark == CardChange.Mark.MODIFIED);
        columnNames.forEach((column, label) -> {
            CardChange.Mark m = change == null ? null : change.columns().get(column);
            label.pseudoClassStateChanged(ADDED, m == CardChange.Mark.ADDED);
            label.pseudoClassStateChanged(MODIFIED, m == CardChange.Mark.MODIFIED);
        });
        Tooltip.uninstall(header, (Tooltip) header.getProperties().get(CHANGE_TIP));
        header.getProperties().remove(CHANGE_TIP);
        if (change != null && !change.lines().isEmpty()) {
            Tooltip tip = messagesTooltip(change.lines());
            Tooltip.install(header, tip);
            header.getProperties().put(CHANGE_TIP, tip);
        }
    }

    /** "added" or "modified" while the card shows a change since the baseline, else null; for tests and accessibility. */
    public String changeMark() {
        return change == null ? null : change.mark().word();
    }

    /** Column name to "added" or "modified", for the columns marked as changed since the baseline. */
    public Map<String, String> changedColumns() {
        Map<String, String> out = new java.util.TreeMap<>();
        if (change != null) {
            change.columns().forEach((column, m) -> {
                if (columnNames.containsKey(column)) {
                    out.put(column, m.word());
                }
            });
        }
        return out;
    }

    /** What a click on the comment badge does. */
    public void setOnOpenComments(Runnable action) {
        onOpenComments = action;
    }

    /** Shows the open comment threads on this table (speech bubble with their count); null hides the badge. */
    public void showComments(CardComments comments) {
        boolean any = comments != null && comments.open() > 0;
        commentBadge.setVisible(any);
        commentBadge.setManaged(any);
        if (!any) {
            commentBadge.setTooltip(null);
            return;
        }
        commentBadge.setText(String.valueOf(comments.open()));
        commentBadge.setTooltip(messagesTooltip(comments.firstLines()));
    }

    /** The comment badge's text ("2") when the table has open threads, else null; for tests and accessibility. */
    public String commentBadgeText() {
        return commentBadge.isVisible() ? commentBadge.getText() : null;
    }

    /** The badge's text ("3") when the card shows findings, else null; for tests and accessibility. */
    public String badgeText() {
        return badge.isVisible() ? badge.getText() : null;
    }

    /** Names of the columns whose rows carry a finding marker. */
    public List<String> markedColumns() {
        return columnMarkerSlots.entrySet().stream().filter(e -> !e.getValue().getChildren().isEmpty())
                .map(Map.Entry::getKey).sorted().toList();
    }

    private static Label columnMarker(FindingSeverity severity, List<String> messages) {
        FontIcon icon = SeverityIcons.of(severity);
        icon.getStyleClass().add("column-finding-icon");
        Label marker = new Label(null, icon);
        marker.getStyleClass().add("column-finding");
        marker.setTooltip(messagesTooltip(messages));
        return marker;
    }

    private static Tooltip messagesTooltip(List<String> messages) {
        Tooltip tip = new Tooltip(messages.size() == 1 ? messages.get(0)
                : messages.stream().map(m -> "\u2022 " + m).collect(Collectors.joining("\n")));
        tip.setShowDelay(Duration.millis(250));
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        return tip;
    }

    // One tooltip per kind of marker ("primary key"), shared by every card: a tooltip is a popup
    // window with a scene of its own, and one per marker made the sample's first cards build ~90.
    // UI thread only, like the cards.
    private static final Map<String, Tooltip> MARKER_TIPS = new HashMap<>();

    private static HBox markersOf(ColumnLine line) {
        HBox box = new HBox(2);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(USE_PREF_SIZE);
        if (line.primaryKey()) {
            box.getChildren().add(marker("PK", "marker-pk", "primary key"));
        }
        if (line.foreignKey()) {
            box.getChildren().add(marker("FK", "marker-fk", "foreign key"));
        }
        if (line.unique()) {
            box.getChildren().add(marker("UQ", "marker-uq", "unique"));
        }
        if (line.notNull()) {
            box.getChildren().add(marker("NN", "marker-nn", "not null"));
        }
        if (line.indexed() && !line.primaryKey()) {
            box.getChildren().add(marker("IX", "marker-ix", "leads an index"));
        }
        return box;
    }

    private static Label marker(String text, String styleClass, String meaning) {
        Label label = new Label(text);
        label.getStyleClass().addAll("marker", styleClass);
        label.setMinWidth(USE_PREF_SIZE);
        label.setTooltip(MARKER_TIPS.computeIfAbsent(meaning, Tooltip::new));
        return label;
    }
}
