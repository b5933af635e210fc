package dev.lintel.app.editing;

import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Under the findings list: "Apply fix: Add index on orders(user_id)" for the selected finding. */
public final class QuickFixBar extends HBox {
    public QuickFixBar(QuickFixViewModel quickFixes) {
        super(6);
        setId("quick-fix-bar");
        Button apply = new Button(null, new FontIcon(Feather.ZAP));
        apply.setId("apply-fix-button");
        apply.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> quickFixes.fixTitleProperty().get().isEmpty() ? "Apply fix" : "Apply fix: " + quickFixes.fixTitleProperty().get(),
                quickFixes.fixTitleProperty()));
        apply.disableProperty().bind(quickFixes.fixTitleProperty().isEmpty());
        apply.setOnAction(e -> quickFixes.applySelectedFinding());
        getChildren().add(apply);
        visibleProperty().bind(quickFixes.fixTitleProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
