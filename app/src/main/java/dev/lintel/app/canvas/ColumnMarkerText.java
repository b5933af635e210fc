package dev.lintel.app.canvas;

import java.util.ArrayList;
import java.util.List;

/** The key markers of a column row as text ("PK FK"), for painted cards and the SVG export. */
final class ColumnMarkerText {
    private ColumnMarkerText() {
    }

    static String of(ColumnLine c) {
        List<String> m = new ArrayList<>();
        if (c.primaryKey()) {
            m.add("PK");
        }
        if (c.foreignKey()) {
            m.add("FK");
        }
        if (c.unique()) {
            m.add("UQ");
        }
        if (c.notNull()) {
            m.add("NN");
        }
        if (c.indexed() && !c.primaryKey()) {
            m.add("IX");
        }
        return String.join(" ", m);
    }
}
