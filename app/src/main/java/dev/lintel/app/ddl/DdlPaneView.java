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
    // What the code area shows: a patch from exactly this rendering may be applied line by line.
    private RenderedDdl shown;

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

    // The same subject again (an edit of the table shown): only the changed lines are replaced, so
    // the code area keeps the others' paragraphs (each a few nodes to build and style) and its
    // scroll position. Anything else is shown from the top.
    private void show(RenderedDdl ddl) {
        DdlPatch patch = viewModel.patch();
        boolean sameSubject = shown != null && shown.subject().equals(ddl.subject());
        if (sameSubject && patch != null && patch.base() == shown && patch.result() == ddl) {
            shown = ddl;
            if (!patch.isEmpty()) {
                code.replaceText(patch.from(), patch.baseTo(), patch.text());
                if (patch.resultTo() > patch.from()) {
                    code.setStyleSpans(patch.from(), spans(ddl, patch.from(), patch.resultTo()));
                }
            }
            return;
        }
        shown = ddl;
        code.replaceText(ddl.sql());
        if (!ddl.sql().isEmpty()) {
            code.setStyleSpans(0, spans(ddl, 0, ddl.sql().length()));
        }
        code.moveTo(0);
        code.requestFollowCaret();
    }

    // The colours of the text from..to (the spans cut to it), from its own start.
    private static StyleSpans<Collection<String>> spans(RenderedDdl ddl, int from, int to) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        List<HighlightSpan> highlights = ddl.highlights();
        int at = from;
        for (int i = firstEndingAfter(highlights, from); i < highlights.size() && highlights.get(i).start() < to; i++) {
            HighlightSpan span = highlights.get(i);
            int start = Math.max(span.start(), from);
            int end = Math.min(span.start() + span.length(), to);
            builder.add(List.of(), start - at);
            builder.add(List.of(span.styleClass()), end - start);
            at = end;
        }
        builder.add(List.of(), to - at);
        return builder.create();
    }

    // Spans are in text order and do not overlap: a binary search finds where the range begins.
    private static int firstEndingAfter(List<HighlightSpan> spans, int offset) {
        int low = 0;
        int high = spans.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            HighlightSpan s = spans.get(mid);
            if (s.start() + s.length() <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
