package dev.lintel.app.shell;

import dev.lintel.app.theme.ThemeManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.collections.ListChangeListener;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;

/**
 * What the window remembers between runs (java.util.prefs, per user): size and place, split
 * positions, the theme and the recent files. Preferences writes are in memory and flushed by the
 * JDK's own background timer, so saving here does no I/O on the UI thread.
 */
final class WindowPreferences {
    private final Preferences node;

    WindowPreferences(Preferences node) {
        this.node = node;
    }

    static WindowPreferences forUser() {
        return new WindowPreferences(userNode());
    }

    private static Preferences userNode() {
        return Preferences.userRoot().node("dev/lintel/app");
    }

    /**
     * Reads the user's preferences into memory on a thread of its own, before the window exists:
     * the first read parses the preferences file (XML), I/O and parsing the UI thread then skips.
     */
    static void preload() {
        dev.lintel.app.task.EarlyStart.run("lintel-preferences", () -> userNode().keys());
    }

    void restore(Stage stage, MainWindowView view, MainWindowViewModel viewModel, ThemeManager theme) {
        theme.darkProperty().set(node.getBoolean("dark", false));
        double w = node.getDouble("width", 1440);
        double h = node.getDouble("height", 900);
        stage.setWidth(w);
        stage.setHeight(h);
        double x = node.getDouble("x", Double.NaN);
        double y = node.getDouble("y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(node.getBoolean("maximized", false));
        List<SplitPane> splits = view.splitPanes();
        for (int i = 0; i < splits.size(); i++) {
            String stored = node.get("split" + i, null);
            if (stored != null) {
                double[] positions = java.util.Arrays.stream(stored.split(",")).mapToDouble(Double::parseDouble).toArray();
                if (positions.length == splits.get(i).getDividers().size()) {
                    splits.get(i).setDividerPositions(positions);
                }
            }
        }
        List<Path> recent = new ArrayList<>();
        for (String p : node.get("recent", "").split("\n")) {
            if (!p.isBlank()) {
                recent.add(Path.of(p));
            }
        }
        // Missing files stay (a folder on an unplugged drive comes back); the menu shows them
        // disabled once the background check has run.
        viewModel.recentFiles().setAll(recent);
        viewModel.session().refreshRecentFiles();

        theme.darkProperty().addListener((obs, o, now) -> node.putBoolean("dark", now));
        viewModel.recentFiles().addListener((ListChangeListener<Path>) c -> node.put("recent",
                String.join("\n", viewModel.recentFiles().stream().map(Path::toString).toList())));
    }

    void save(Stage stage, MainWindowView view) {
        node.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            node.putDouble("width", stage.getWidth());
            node.putDouble("height", stage.getHeight());
            node.putDouble("x", stage.getX());
            node.putDouble("y", stage.getY());
        }
        List<SplitPane> splits = view.splitPanes();
        for (int i = 0; i < splits.size(); i++) {
            node.put("split" + i, String.join(",", java.util.Arrays.stream(splits.get(i).getDividerPositions())
                    .mapToObj(Double::toString).toList()));
        }
    }
}
