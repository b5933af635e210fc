package dev.lintel.app.findings;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The selected finding's details beside the list: its message and fixes, then its rule's doc
 * ("what", "why it matters", "how to fix", examples) drawn from the doc's blocks.
 */
public final class RuleDocView extends ScrollPane {
    private final VBox content = new VBox(6);

    public RuleDocView(FindingsViewModel viewModel) {
        setId("rule-doc");
        getStyleClass().add("rule-doc");
        setFitToWidth(true);
        content.getStyleClass().add("rule-doc-content");
        setContent(content);
        viewModel.ruleDocProperty().addListener((obs, old, now) -> show(viewModel.selectedFindingProperty().get(), now));
        viewModel.selectedFindingProperty().addListener((obs, old, now) -> show(now, viewModel.ruleDocProperty().get()));
        show(null, null);
    }

    private void show(FindingRow finding, RuleDoc doc) {
        content.getChildren().clear();
        if (finding == null) {
            Label hint = new Label("Select a finding to see why it matters and how to fix it.");
            hint.setWrapText(true);
            hint.getStyleClass().add("placeholder-text");
            content.getChildren().add(hint);
            return;
        }
        Label message = new Label(finding.message(), SeverityIcons.of(finding.severity()));
        message.setId("rule-doc-message");
        message.setWrapText(true);
        message.getStyleClass().add("rule-doc-message");
        content.getChildren().add(message);
        for (String fix : finding.fixes()) {
            Label fixLabel = new Label("Fix: " + fix);
            fixLabel.setWrapText(true);
            fixLabel.getStyleClass().add("rule-doc-fix");
            content.getChildren().add(fixLabel);
        }
        if (doc == null) {
            return;
        }
        Label title = new Label(doc.title());
        title.setId("rule-doc-title");
        title.setWrapText(true);
        title.getStyleClass().add("rule-doc-title");
        content.getChildren().add(title);
        for (RuleDoc.Block block : doc.blocks()) {
            content.getChildren().add(switch (block.kind()) {
                case HEADING -> heading(block.text());
                case PARAGRAPH -> flow(block.text(), "");
                case BULLET -> flow(block.text(), "\u2022 ");
                case CODE -> code(block.text());
            });
        }
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("rule-doc-heading");
        return label;
    }

    private static Label code(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll("rule-doc-code", "code");
        return label;
    }

    // Backticks alternate between prose and inline code: odd segments are code.
    private TextFlow flow(String text, String prefix) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("rule-doc-paragraph");
        if (!prefix.isEmpty()) {
            flow.getChildren().add(styled(prefix, "rule-doc-text"));
        }
        String[] parts = text.split("`", -1);
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                flow.getChildren().add(styled(parts[i], i % 2 == 1 ? "rule-doc-inline-code" : "rule-doc-text"));
            }
        }
        flow.prefWidthProperty().bind(widthProperty().subtract(40));
        return flow;
    }

    private static Text styled(String text, String styleClass) {
        Text t = new Text(text);
        t.getStyleClass().add(styleClass);
        return t;
    }
}
