package dev.lintel.model.introspect;

import java.util.Map;

/**
 * Where the catalog columns the readers use differ between PostgreSQL 12 and 17, and the
 * expression each reader sends for a given {@code server_version_num}. Every use of a column
 * newer than 12 goes through here, so that a test can check the SQL sent for each version
 * names no column that version lacks (see PostgresCatalogVersionsTest).
 *
 * <p>Only PostgreSQL 15 runs in this project's tests: the 12-14 and 16-17 branches are checked
 * for the columns they name and run (as SQL) against 15, not against those servers themselves.
 * PostgreSQL 16 and 17 changed none of the columns read here (17's nullable
 * {@code attstattarget} and {@code datlocale} are not read); {@code attcompression} (14+) is
 * not read because the model has no column compression.
 */
final class PgCatalogVersions {
    /** Catalog columns added after PostgreSQL 12, with the version that added them. */
    static final Map<String, Integer> COLUMNS_NEWER_THAN_12 = Map.of(
            "tgparentid", 130000,
            "attcompression", 140000,
            "prosqlbody", 140000,
            "indnullsnotdistinct", 150000,
            "conperiod", 180000,
            "attnotnull_constraint", 180000);

    private PgCatalogVersions() {
    }

    /** UNIQUE ... NULLS NOT DISTINCT (15+) of index alias {@code index}; before 15 every unique index treats nulls as distinct. */
    static String nullsNotDistinct(int version, String index) {
        return version >= 150000 ? index + ".indnullsnotdistinct" : "false";
    }

    /**
     * Triggers that are not clones of a partitioned parent's trigger. 13+ marks clones with
     * {@code tgparentid}; 12 marks them {@code tgisinternal}, which every version filters anyway.
     */
    static String triggerNotCloned(int version) {
        return version >= 130000 ? "t.tgparentid = 0" : "true";
    }
}
