package dev.lintel.model.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The snapshot on constructs the corpus does not exercise (the corpus self-check covers the rest):
 * exclusion constraints, composite types, explicit collations, INCLUDE and NULLS NOT DISTINCT
 * indexes, overloads, and objects owned by extensions.
 */
class CatalogSnapshotTest {
    private static ObjectNode snapshot;

    @BeforeAll
    static void loadScript() throws Exception {
        try (TestDatabase db = PostgresServer.shared().createDatabase("snapshot_test")) {
            List<ScriptError> errors = db.executeScript("""
                    CREATE EXTENSION btree_gist;
                    CREATE SCHEMA app;
                    COMMENT ON SCHEMA app IS 'application';
                    CREATE TYPE app.money_pair AS (amount numeric(10,2), currency char(3));
                    CREATE TABLE app.booking (
                      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                      room int NOT NULL,
                      during tsrange,
                      label text COLLATE "C",
                      price app.money_pair,
                      total numeric GENERATED ALWAYS AS ((price).amount * 2) STORED,
                      EXCLUDE USING gist (room WITH =, during WITH &&) DEFERRABLE INITIALLY DEFERRED
                    );
                    CREATE UNIQUE INDEX booking_label ON app.booking (label) INCLUDE (room) NULLS NOT DISTINCT;
                    CREATE FUNCTION app.f(a int) RETURNS int LANGUAGE sql AS 'select a';
                    CREATE FUNCTION app.f(a text) RETURNS text LANGUAGE sql AS 'select a';
                    COMMENT ON COLUMN app.booking.room IS 'room number';
                    """, false);
            assertEquals(List.of(), errors);
            try (Connection c = db.connect()) {
                snapshot = CatalogSnapshot.take(c, "inline");
            }
        }
    }

    @Test
    void readsColumnsWithIdentityGeneratedCollationAndComments() {
        JsonNode columns = table("app", "booking").get("columns");
        assertEquals("ALWAYS", columns.get(0).get("identity").asText());
        assertFalse(columns.get(0).has("default"), "identity columns have no default expression");
        assertEquals("room number", columns.get(1).get("comment").asText());
        assertEquals("C", columns.get(3).get("collation").asText());
        assertFalse(columns.get(2).has("collation"), "only a collation that differs from the type's is recorded");
        assertEquals("app.money_pair", columns.get(4).get("type").asText());
        assertEquals("((price).amount * (2)::numeric)", columns.get(5).get("generated_stored").asText());
    }

    @Test
    void readsExclusionConstraintsAndIndexDetails() {
        JsonNode table = table("app", "booking");
        JsonNode exclusion = table.get("exclusion_constraints").get(0);
        assertEquals("EXCLUDE", exclusion.get("type").asText());
        assertEquals("EXCLUDE USING gist (room WITH =, during WITH &&) DEFERRABLE INITIALLY DEFERRED",
                exclusion.get("definition").asText());
        assertTrue(exclusion.get("deferrable").asBoolean());
        JsonNode label = find(table.get("indexes"), "booking_label");
        assertEquals("[\"label\"]", label.get("key_columns").toString());
        assertEquals("[\"room\"]", label.get("include_columns").toString());
        assertTrue(label.get("nulls_not_distinct").asBoolean());
        assertFalse(label.get("constraint_backed").asBoolean());
        assertTrue(find(table.get("indexes"), exclusion.get("index_name").asText()).get("constraint_backed").asBoolean());
    }

    @Test
    void readsCompositeTypesOverloadsAndIdentitySequences() {
        JsonNode type = snapshot.get("composite_types").get(0);
        assertEquals("money_pair", type.get("name").asText());
        assertEquals("[{\"name\":\"amount\",\"type\":\"numeric(10,2)\"},{\"name\":\"currency\",\"type\":\"character(3)\"}]",
                type.get("attributes").toString());
        assertEquals(2, snapshot.get("functions").size());
        assertEquals("a integer", snapshot.get("functions").get(0).get("arguments").asText());
        JsonNode sequence = snapshot.get("sequences").get(0);
        assertEquals("app.booking.id", sequence.get("owned_by").asText());
        assertTrue(sequence.get("identity").asBoolean());
    }

    @Test
    void leavesOutWhatExtensionsOwnButListsTheExtension() {
        assertEquals("btree_gist", snapshot.get("extensions").get(0).get("name").asText());
        assertEquals(List.of("app", "public"),
                List.of(snapshot.get("schemas").get(0).get("name").asText(), snapshot.get("schemas").get(1).get("name").asText()));
        snapshot.get("functions").forEach(f -> assertEquals("app", f.get("schema").asText(), f.toString()));
        assertEquals(1, snapshot.get("summary").get("exclusion_constraints").asInt());
    }

    private static JsonNode table(String schema, String name) {
        for (JsonNode t : snapshot.get("tables")) {
            if (t.get("schema").asText().equals(schema) && t.get("name").asText().equals(name)) {
                return t;
            }
        }
        throw new AssertionError("no table " + schema + "." + name + " in " + snapshot);
    }

    private static JsonNode find(JsonNode list, String name) {
        for (JsonNode item : list) {
            if (item.get("name").asText().equals(name)) {
                return item;
            }
        }
        throw new AssertionError("no " + name + " in " + list);
    }
}
