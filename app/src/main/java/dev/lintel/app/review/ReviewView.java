package dev.lintel.app.review;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Review tab: sign-off banner, filtered comment threads, add/resolve, sign off. */
public final class ReviewView extends VBox {
    public ReviewView(ReviewViewModel vm) {
        setSpacing(6);
        setPadding(new Insets(6));
        setId("review-view");

        Label banner = new Label();
        banner.setId("review-banner");
        banner.setWrapText(true);
        banner.textProperty().bind(vm.bannerProperty());
        banner.visibleProperty().bind(vm.bannerProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        vm.outdatedProperty().addListener((o, a, now) -> style(banner, now));
        style(banner, vm.outdatedProperty().get());

        ChoiceBox<CommentFilter> filter = new ChoiceBox<>();
        filter.setId("review-filter");
        filter.getItems().setAll(CommentFilter.values());
        filter.valueProperty().bindBidirectional(vm.filterProperty());
        TextField user = new TextField();
        user.setId("review-user");
        user.setPrefColumnCount(10);
        user.textProperty().bindBidirectional(vm.userProperty());
        HBox top = new HBox(6, new Label("Show"), filter, new Label("Me"), user);

        ListView<CommentRow> list = new ListView<>(vm.threads());
        list.setId("review-comments");
        VBox.setVgrow(list, Priority.ALWAYS);
        // The list is rebuilt after every edit and filter change: keep the selected thread selected
        // (by id), so that a reply or a second reply does not need a new click.
        String[] selectedId = {null};
        list.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> {
            if (now != null) {
                selectedId[0] = now.id();
            }
        });
        // On the list's own items: vm.threads() hands out a fresh unmodifiable wrapper that only
        // holds its source weakly, so a listener on it would stop when the wrapper is collected.
        list.getItems().addListener((javafx.collections.ListChangeListener<CommentRow>) change -> {
            if (list.getSelectionModel().getSelectedItem() == null && selectedId[0] != null) {
                list.getItems().stream().filter(r -> r.id().equals(selectedId[0])).findFirst()
                        .ifPresent(r -> list.getSelectionModel().select(r));
            }
        });

        TextArea text = new TextArea();
        text.setId("review-text");
        text.setPromptText("Comment on the selected object (Markdown)");
        text.setPrefRowCount(2);
        Button add = new Button("Comment");
        add.setId("review-add");
        add.setOnAction(e -> {
            if (vm.addComment(text.getText())) {
                text.clear();
            }
        });
        Button resolve = new Button("Resolve");
        resolve.setId("review-resolve");
        resolve.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        resolve.setOnAction(e -> {
            CommentRow row = list.getSelectionModel().getSelectedItem();
            if (row != null) {
                vm.setResolved(row.id(), !row.resolved());
            }
        });
        // A reply takes the text area's text, like a new comment, and answers the selected thread.
        Button reply = new Button("Reply");
        reply.setId("review-reply");
        reply.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        reply.setOnAction(e -> {
            CommentRow row = list.getSelectionModel().getSelectedItem();
            if (row != null && vm.reply(row.id(), text.getText())) {
                text.clear();
            }
        });
        TextField note = new TextField();
        note.setId("review-signoff-note");
        note.setPromptText("Sign-off note");
        Button signOff = new Button("Sign off");
        signOff.setId("review-signoff");
        signOff.setOnAction(e -> vm.signOff(note.getText()));
        Label message = new Label();
        message.setId("review-message");
        message.textProperty().bind(vm.messageProperty());
        HBox actions = new HBox(6, add, reply, resolve, note, signOff, message);
        HBox.setHgrow(note, Priority.SOMETIMES);
        getChildren().addAll(banner, top, list, text, actions);
        vm.refresh();
    }

    private static void style(Label banner, boolean outdated) {
        banner.setStyle(outdated ? "-fx-background-color: #fff8c5; -fx-padding: 6; -fx-font-weight: bold;"
                : "-fx-background-color: #dafbe1; -fx-padding: 6;");
    }
}
