package dev.lintel.app.ddl;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import java.util.Collection;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The DDL pane: a bar with selection/whole-schema, the dialect picker and Copy over a read-only,
 * highlighted code area. The text and its colours arrive together from the view-model.
 */
public final class DdlPaneView extends BorderPane {
    private final CodeArea code = new CodeArea();
    private final DdlPaneViewModel viewModel;

    public DdlPaneView(DdlPaneViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("ddl-pane");

        code.setId("ddl-text");
        code.setEditable(false);
        code.getStyleClass().add("ddl-code");
        code.setParagraphGraphicFactory(LineNumberFactory.get(code));
        setTop(bar());
        setCenter(new VirtualizedScrollPane<>(code));
        setBottom(notes());

        viewModel.renderedProperty().addListener((obs, old, now) -> show(now));
        show(viewModel.renderedProperty().get());
    }

    private HBox bar() {
        ToggleGroup scope = new ToggleGroup();
        ToggleButton selection = new ToggleButton("Selection");
        selection.setId("ddl-scope-selection");
        ToggleButton whole = new ToggleButton("Whole schema");
        whole.setId("ddl-scope-schema");
        selection.setToggleGroup(scope);
        whole.setToggleGroup(scope);
        selection.getStyleClass().addAll(Styles.SMALL, Styles.LEFT_PILL);
        whole.getStyleClass().addAll(Styles.SMALL, Styles.RIGHT_PILL);
        (viewModel.wholeSchemaProperty().get() ? whole : selection).setSelected(true);
        scope.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one of the two is always chosen
            } else {
                viewModel.wholeSchemaProperty().set(now == whole);
            }
        });
        viewModel.wholeSchemaProperty().addListener((obs, old, now) -> (now ? whole : selection).setSelected(true));

        ComboBox<DdlDialectChoice> dialect = new ComboBox<>();
        dialect.setId("ddl-dialect");
        dialect.getItems().setAll(DdlDialectChoice.values());
        dialect.valueProperty().bindBidirectional(viewModel.dialectProperty());
        dialect.getStyleClass().add(Styles.SMALL);
        dialect.setTooltip(new Tooltip("Dialect to write"));

        Label subject = new Label();
        subject.setId("ddl-subject");
        subject.getStyleClass().add("ddl-subject");
        subject.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.renderedProperty().get().subject(), viewModel.renderedProperty()));

        Button copy = new Button("Copy", new FontIcon(Feather.COPY));
        copy.setId("ddl-copy");
        copy.getStyleClass().add(Styles.SMALL);
        copy.setTooltip(new Tooltip("Copy the DDL to the clipboard"));
        copy.disableProperty().bind(Bindings.createBooleanBinding(
                () -> viewModel.renderedProperty().get().sql().isEmpty(), viewModel.renderedProperty()));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(viewModel.renderedProperty().get().sql());
            Clipboard.getSystemClipboard().setContent(content);
        });

        HBox scopeBox = new HBox(selection, whole);
        HBox bar = new HBox(10, scopeBox, dialect, subject, new Spacer(), copy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.getStyleClass().add("ddl-bar");
        return bar;
    }

    private Label notes() {
        Label notes = new Label();
        notes.setId("ddl-notes");
        notes.getStyleClass().add("ddl-notes");
        notes.setWrapText(true);
        notes.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        notes.textProperty().bind(Bindings.createStringBinding(() -> {
            List<String> n = viewModel.renderedProperty().get().notes();
            return n.isEmpty() ? "" : n.size() == 1 ? n.get(0) : n.size() + " things the dialect cannot express: " + n.get(0) + " \u2026";
        }, viewModel.renderedProperty()));
        notes.visibleProperty().bind(notes.textProperty().isNotEmpty());
        notes.managedProperty().bind(notes.visibleProperty());
        notes.setPadding(new Insets(4, 8, 4, 8));
        return notes;
    }

    private void show(RenderedDdl ddl) {
        code.replaceText(ddl.sql());
        if (!ddl.sql().isEmpty()) {
            code.setStyleSpans(0, spans(ddl));
        }
        code.moveTo(0);
        code.requestFollowCaret();
    }

    private static StyleSpans<Collection<String>> spans(RenderedDdl ddl) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int at = 0;
        for (HighlightSpan span : ddl.highlights()) {
            builder.add(List.of(), span.start() - at);
            builder.add(List.of(span.styleClass()), span.length());
            at = span.start() + span.length();
        }
        builder.add(List.of(), ddl.sql().length() - at);
        return builder.create();
    }
}
