package dev.lintel.model.ddl.roundtrip;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Sets {@code attnum} aside before a round-trip comparison, and counts what that hides.
 *
 * <p>PostgreSQL never renumbers columns: after {@code ALTER TABLE ... DROP COLUMN} the dropped
 * column's slot stays, so {@code attnum} records the table's history, while {@code ordinal}
 * (position among live columns, still compared) records its design. A schema model, and any
 * DDL written from one, can only recreate the design (pg_dump has the same property). The
 * oracle's own self-check ({@code CorpusTruthSelfCheckTest}) still compares {@code attnum}.
 */
final class DroppedColumnGaps {
    private DroppedColumnGaps() {
    }

    /** Removes {@code attnum} from every table and view column of {@code catalog}; returns how many differed from {@code ordinal}. */
    static int strip(JsonNode catalog) {
        int gaps = 0;
        for (String list : new String[]{"tables", "views"}) {
            for (JsonNode relation : catalog.path(list)) {
                for (JsonNode column : relation.path("columns")) {
                    if (column instanceof ObjectNode o && o.has("attnum")) {
                        if (o.path("attnum").asLong() != o.path("ordinal").asLong()) {
                            gaps++;
                        }
                        o.remove("attnum");
                    }
                }
            }
        }
        return gaps;
    }
}
