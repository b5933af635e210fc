package dev.lintel.app.shell;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Tweaks;
import java.util.List;
import java.util.Objects;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The schema outline on the left: a filter box over a tree of schemas, tables, views and enum types. */
public final class OutlineView extends VBox {
    private final OutlineViewModel viewModel;
    private final TreeView<OutlineNode> tree = new TreeView<>(new TreeItem<>());

    public OutlineView(OutlineViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("outline");
        setMinWidth(180);

        CustomTextField filter = new CustomTextField();
        filter.setId("outline-filter");
        filter.setPromptText("Filter tables, views, types");
        filter.setLeft(new FontIcon(Feather.SEARCH));
        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        filter.getStyleClass().add("outline-filter");

        tree.setId("outline-tree");
        tree.setShowRoot(false);
        tree.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        tree.setCellFactory(t -> new OutlineCell());
        // Several tables can be picked (Ctrl/Shift+click) to make a subject area of them.
        tree.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        Label empty = new Label("No tables to show");
        empty.getStyleClass().add("placeholder-text");
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> viewModel.rootsProperty().get().isEmpty(), viewModel.rootsProperty()));
        empty.setMouseTransparent(true);
        StackPane treeArea = new StackPane(tree, empty);
        VBox.setVgrow(treeArea, Priority.ALWAYS);
        getChildren().addAll(filter, treeArea);

        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now.getValue() != null && now.getValue().objectPath() != null
                    && now.getValue().kind() != OutlineNode.Kind.AREA) {
                viewModel.select(now.getValue().objectPath());
            }
        });
        viewModel.rootsProperty().addListener((obs, old, now) -> showRoots(now));
        viewModel.selectedObjectProperty().addListener((obs, old, now) -> reflectSelection(now));
        showRoots(viewModel.rootsProperty().get());
    }

    TreeView<OutlineNode> tree() {
        return tree;
    }

    /** The nodes selected in the tree (several with Ctrl/Shift+click). */
    List<OutlineNode> selectedNodes() {
        return tree.getSelectionModel().getSelectedItems().stream().filter(i -> i != null && i.getValue() != null)
                .map(TreeItem::getValue).toList();
    }

    private void showRoots(List<OutlineNode> roots) {
        tree.getRoot().getChildren().setAll(roots.stream().map(OutlineView::item).toList());
        reflectSelection(viewModel.selectedObjectProperty().get());
    }

    private static TreeItem<OutlineNode> item(OutlineNode node) {
        TreeItem<OutlineNode> item = new TreeItem<>(node);
        item.getChildren().setAll(node.children().stream().map(OutlineView::item).toList());
        item.setExpanded(true);
        return item;
    }

    // Keeps the tree's highlight in step with selections made elsewhere (a click on a diagram card).
    private void reflectSelection(String objectPath) {
        TreeItem<OutlineNode> current = tree.getSelectionModel().getSelectedItem();
        if (current != null && current.getValue() != null && Objects.equals(current.getValue().objectPath(), objectPath)) {
            return;
        }
        TreeItem<OutlineNode> match = objectPath == null ? null : find(tree.getRoot(), objectPath);
        if (match == null) {
            tree.getSelectionModel().clearSelection();
        } else {
            tree.getSelectionModel().clearAndSelect(tree.getRow(match));
            int row = tree.getRow(match);
            if (row >= 0) {
                tree.scrollTo(Math.max(0, row - 3));
            }
        }
    }

    private static TreeItem<OutlineNode> find(TreeItem<OutlineNode> item, String objectPath) {
        if (item.getValue() != null && objectPath.equals(item.getValue().objectPath())) {
            return item;
        }
        for (TreeItem<OutlineNode> child : item.getChildren()) {
            TreeItem<OutlineNode> found = find(child, objectPath);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static final class OutlineCell extends TreeCell<OutlineNode> {
        @Override
        protected void updateItem(OutlineNode node, boolean empty) {
            super.updateItem(node, empty);
            if (empty || node == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(node.label());
            setGraphic(new FontIcon(switch (node.kind()) {
                case SCHEMA -> Feather.DATABASE;
                case GROUP -> Feather.FOLDER;
                case TABLE -> Feather.GRID;
                case VIEW -> Feather.EYE;
                case ENUM -> Feather.LIST;
                case AREA -> Feather.LAYERS;
            }));
            getStyleClass().removeAll("outline-group", "outline-schema");
            if (node.kind() == OutlineNode.Kind.GROUP) {
                getStyleClass().add("outline-group");
            } else if (node.kind() == OutlineNode.Kind.SCHEMA) {
                getStyleClass().add("outline-schema");
            }
        }
    }
}
