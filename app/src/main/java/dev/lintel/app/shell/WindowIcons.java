package dev.lintel.app.shell;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/**
 * The application icon (icons/lintel.svg, rendered by icons/render.sh) in the sizes window
 * managers pick from: 16/32 for title bars and task lists, 48-256 for switchers and docks.
 */
public final class WindowIcons {
    static final int[] SIZES = {16, 32, 48, 64, 128, 256};
    private static final String FOLDER = "/dev/lintel/app/icons/";

    private WindowIcons() {
    }

    public static List<Image> load() {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream in = WindowIcons.class.getResourceAsStream(FOLDER + "lintel-" + size + ".png")) {
                if (in != null) {
                    icons.add(new Image(in));
                }
            } catch (java.io.IOException e) {
                // A missing icon must never stop the window from opening; the WM then uses its default.
            }
        }
        return icons;
    }
}
