package dev.lintel.model.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.testing.PostgresServer;
import dev.lintel.model.testing.TestDatabase;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The queries branch on server_version_num where the catalogs of PostgreSQL 12 to 17 differ.
 * Only 15 is installed here, so each version's branch is run against 15 (its SQL must be valid
 * and read the schema) and its text is checked to name no catalog column newer than that
 * version ({@link PgCatalogVersions#COLUMNS_NEWER_THAN_12}). What a real 12, 13, 14, 16 or 17
 * server answers is not tested here.
 */
class PostgresCatalogVersionsTest {
    @ParameterizedTest
    @ValueSource(ints = {120000, 130000, 140000, 150000, 160000, 170000})
    void eachVersionsQueriesNameOnlyColumnsThatVersionHas(int version) throws Exception {
        try (TestDatabase db = PostgresServer.shared().createDatabase("v" + version / 10000); Connection c = db.connect()) {
            db.executeScript("""
                    CREATE TABLE account (id bigint PRIMARY KEY, email text);
                    CREATE UNIQUE INDEX account_email ON account (email) NULLS NOT DISTINCT;
                    CREATE TABLE event (id bigint, at date NOT NULL) PARTITION BY RANGE (at);
                    CREATE TABLE event_2026 PARTITION OF event FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
                    CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
                    CREATE TRIGGER event_touch BEFORE UPDATE ON event FOR EACH ROW EXECUTE FUNCTION touch();
                    """, true);
            List<String> sent = new ArrayList<>();
            Schema schema = new PostgresIntrospector(version, sent::add)
                    .introspect(c, IntrospectionOptions.defaults(), db.jdbcUrl()).schema();

            for (Map.Entry<String, Integer> column : PgCatalogVersions.COLUMNS_NEWER_THAN_12.entrySet()) {
                if (column.getValue() > version) {
                    Pattern word = Pattern.compile("\\b" + column.getKey() + "\\b");
                    for (String sql : sent) {
                        assertFalse(word.matcher(sql).find(), column.getKey() + " (from " + column.getValue()
                                + ") is sent to a " + version + " server:\n" + sql);
                    }
                }
            }
            Index email = schema.tables().stream().filter(t -> t.name().name().equals("account")).findFirst().orElseThrow()
                    .indexes().get(0);
            // NULLS NOT DISTINCT exists from 15 on; an older server cannot have it, so its branch reads false.
            assertEquals(version >= 150000, email.nullsNotDistinct());
            if (version >= 130000) { // on 12 the clone is tgisinternal; on 15 only tgparentid tells it apart
                long triggers = schema.opaqueObjects().stream().filter(o -> o.kind().equals("TRIGGER")).count();
                assertEquals(1, triggers, "the partition's cloned trigger is implied by the parent's");
            }
        }
    }
}
