package dev.lintel.app.canvas;

import atlantafx.base.controls.Spacer;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** One table drawn as a card: a header with its name, then one row per column with key markers and type. */
public final class TableCardView extends VBox {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private final TableCard card;

    public TableCardView(TableCard card, Consumer<String> onSelect) {
        this.card = card;
        getStyleClass().add("table-card");
        setMaxHeight(USE_PREF_SIZE); // a short table stays short next to a tall one in the same row
        setId("card-" + card.name());

        Label name = new Label(card.name(), new FontIcon(Feather.GRID));
        name.getStyleClass().add("table-card-name");
        Label schema = new Label(card.schemaName());
        schema.getStyleClass().add("table-card-schema");
        HBox header = new HBox(6, name, new Spacer(), schema);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("table-card-header");

        GridPane rows = new GridPane();
        rows.getStyleClass().add("table-card-columns");
        ColumnConstraints markers = new ColumnConstraints();
        markers.setMinWidth(56);
        ColumnConstraints columnName = new ColumnConstraints();
        columnName.setHgrow(Priority.ALWAYS);
        rows.getColumnConstraints().addAll(markers, columnName, new ColumnConstraints());
        int r = 0;
        for (ColumnLine line : card.columns()) {
            Label colName = new Label(line.name());
            colName.getStyleClass().add("table-card-column-name");
            if (line.primaryKey()) {
                colName.getStyleClass().add("primary-key");
            }
            Label type = new Label(line.type());
            type.getStyleClass().add("table-card-column-type");
            rows.addRow(r++, markersOf(line), colName, type);
        }
        getChildren().addAll(header, rows);
        if (!card.comment().isEmpty()) {
            Tooltip.install(this, new Tooltip(card.comment()));
        }
        setOnMouseClicked(e -> onSelect.accept(card.objectPath()));
    }

    public TableCard card() {
        return card;
    }

    public void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    private static HBox markersOf(ColumnLine line) {
        HBox box = new HBox(2);
        box.setAlignment(Pos.CENTER_LEFT);
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
        return box;
    }

    private static Label marker(String text, String styleClass, String meaning) {
        Label label = new Label(text);
        label.getStyleClass().addAll("marker", styleClass);
        label.setTooltip(new Tooltip(meaning));
        return label;
    }
}
