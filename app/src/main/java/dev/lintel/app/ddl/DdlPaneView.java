package dev.lintel.app.ddl;

import javafx.scene.control.TextArea;

/** The DDL pane. DDL export is a later issue; a read-only text area holds its place. */
public final class DdlPaneView extends TextArea {
    public DdlPaneView() {
        setId("ddl-text");
        setEditable(false);
        setWrapText(false);
        getStyleClass().add("code-area");
        setPromptText("The DDL of the selection and of the whole schema will appear here once DDL export is part of the build.");
    }
}
