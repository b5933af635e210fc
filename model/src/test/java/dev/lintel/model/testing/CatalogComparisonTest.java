package dev.lintel.model.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogComparisonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    // Facts: table exists(1) + kind + parents (2); column id exists + attnum + type + not_null (4);
    // column rating exists + attnum + type + not_null + default (5); primary key exists + name + columns (3);
    // index exists + definition (2); view exists + definition (2). server/summary are not facts.
    private static final String DOC = """
            {"database": "x", "server": {"version": "15"}, "summary": {"tables": 1},
             "tables": [{"schema": "public", "name": "film", "kind": "table", "parents": [],
               "columns": [{"attnum": 1, "name": "id", "type": "integer", "not_null": true},
                           {"attnum": 2, "name": "rating", "type": "mpaa_rating", "not_null": false,
                            "default": "'G'::mpaa_rating"}],
               "primary_key": {"name": "film_pkey", "columns": ["id"]},
               "foreign_keys": [],
               "indexes": [{"name": "film_pkey", "definition": "CREATE UNIQUE INDEX film_pkey ON public.film (id)"}]}],
             "views": [{"schema": "public", "name": "v", "definition": " SELECT 1;"}],
             "domains": [{"schema": "public", "name": "d", "constraints": null}]}
            """;

    @Test
    void identicalDocumentsMatchEveryFactAndIgnoreWhereTheyCameFrom() throws Exception {
        ObjectNode other = doc();
        other.put("database", "y");
        ((ObjectNode) other.get("server")).put("version", "16");
        ((ObjectNode) other.get("summary")).put("tables", 7);

        CatalogComparison c = CatalogComparison.compare(doc(), other);

        // 3 + 4 + 5 + 3 + 2 + 2 + domain exists(1) = 20
        assertEquals(20, c.totalFacts());
        assertEquals(20, c.matchedFacts());
        assertTrue(c.isPerfect());
        assertEquals(List.of(), c.mismatches());
    }

    @Test
    void aChangedFieldIsOneMismatchNamingTheFact() throws Exception {
        ObjectNode actual = doc();
        column(actual, 1).put("type", "text");

        CatalogComparison c = CatalogComparison.compare(doc(), actual);

        assertEquals(List.of("table public.film column rating: type expected 'mpaa_rating' got 'text'"), c.mismatches());
        assertEquals(19, c.matchedFacts());
        assertEquals(20, c.totalFacts());
    }

    @Test
    void aFieldPresentOnOneSideOnlyIsAMismatch() throws Exception {
        ObjectNode actual = doc();
        column(actual, 1).remove("default");
        column(actual, 0).put("default", "0");

        CatalogComparison c = CatalogComparison.compare(doc(), actual);

        assertEquals(List.of("table public.film column id: default expected absent got '0'",
                "table public.film column rating: default expected ''G'::mpaa_rating' got absent"), c.mismatches());
        assertEquals(21, c.totalFacts(), "the extra default is a fact of its own");
        assertEquals(19, c.matchedFacts());
    }

    @Test
    void listsAreMatchedByNameNotPositionButPlainValueListsKeepTheirOrder() throws Exception {
        ObjectNode actual = doc();
        ArrayNode columns = (ArrayNode) actual.get("tables").get(0).get("columns");
        JsonNode first = columns.remove(0);
        columns.add(first);
        CatalogComparison reordered = CatalogComparison.compare(doc(), actual);
        assertTrue(reordered.isPerfect(), reordered.report(5));

        ((ObjectNode) actual.get("tables").get(0).get("primary_key")).putArray("columns").add("rating").add("id");
        CatalogComparison c = CatalogComparison.compare(doc(), actual);
        assertEquals(List.of("table public.film primary key: columns expected [\"id\"] got [\"rating\",\"id\"]"),
                c.mismatches());
    }

    @Test
    void aMissingObjectLosesAllItsFactsAndAnUnexpectedOneAddsOne() throws Exception {
        ObjectNode actual = doc();
        ((ArrayNode) actual.get("tables").get(0).get("columns")).remove(1);
        ((ArrayNode) actual.get("tables").get(0).get("indexes")).addObject().put("name", "extra").put("definition", "x");
        actual.remove("views");

        CatalogComparison c = CatalogComparison.compare(doc(), actual);

        assertEquals(List.of("table public.film column rating: missing", "table public.film index extra: unexpected",
                "view public.v: missing"), c.mismatches());
        assertEquals(21, c.totalFacts());
        assertEquals(20 - 5 - 2, c.matchedFacts());
        assertFalse(c.isPerfect());
    }

    @Test
    void numbersCompareByValueWhateverTheirJsonWidth() throws Exception {
        ObjectNode actual = doc();
        column(actual, 0).put("attnum", 1L);
        assertTrue(CatalogComparison.compare(doc(), actual).isPerfect());
        column(actual, 0).put("attnum", 3L);
        assertEquals(List.of("table public.film column id: attnum expected 1 got 3"),
                CatalogComparison.compare(doc(), actual).mismatches());
    }

    @Test
    void theReportShowsTheCountsThenTheFirstMismatches() throws Exception {
        ObjectNode actual = doc();
        column(actual, 0).put("type", "bigint");
        column(actual, 1).put("type", "text");

        String report = CatalogComparison.compare(doc(), actual).report(1);

        assertEquals("""
                18/20 facts
                  table public.film column id: type expected 'integer' got 'bigint'
                  ... and 1 more mismatches""", report);
    }

    private static ObjectNode doc() throws Exception {
        return (ObjectNode) MAPPER.readTree(DOC);
    }

    private static ObjectNode column(ObjectNode doc, int index) {
        return (ObjectNode) doc.get("tables").get(0).get("columns").get(index);
    }
}
