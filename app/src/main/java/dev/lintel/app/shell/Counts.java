package dev.lintel.app.shell;

import dev.lintel.model.schema.Schema;

/** Counts as the status bar and status messages say them: "1 table", "3 foreign keys". */
final class Counts {
    private Counts() {
    }

    static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** "9 tables · 43 columns · 9 foreign keys". */
    static String of(Schema s) {
        int columns = s.tables().stream().mapToInt(t -> t.columns().size()).sum();
        int foreignKeys = s.tables().stream().mapToInt(t -> t.foreignKeys().size()).sum();
        return plural(s.tables().size(), "table") + " \u00b7 " + plural(columns, "column") + " \u00b7 "
                + plural(foreignKeys, "foreign key");
    }
}
