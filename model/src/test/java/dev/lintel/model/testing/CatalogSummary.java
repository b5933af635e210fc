package dev.lintel.model.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The {@code summary} block of a truth file: counts derived from the rest of the document.
 * Indexes count those of materialized views too (that is how the truth files count them).
 */
final class CatalogSummary {
    private CatalogSummary() {
    }

    static ObjectNode of(JsonNode doc) {
        List<JsonNode> tables = list(doc.get("tables"));
        List<JsonNode> columns = new ArrayList<>();
        tables.forEach(t -> columns.addAll(list(t.get("columns"))));
        List<JsonNode> indexes = new ArrayList<>();
        tables.forEach(t -> indexes.addAll(list(t.get("indexes"))));
        list(doc.get("views")).forEach(v -> indexes.addAll(list(v.get("indexes"))));
        List<JsonNode> views = list(doc.get("views"));

        ObjectNode s = JsonNodeFactory.instance.objectNode();
        s.put("schemas", list(doc.get("schemas")).size());
        s.put("tables", tables.size());
        s.put("partitioned_tables", count(tables, t -> t.path("kind").asText().equals("partitioned table")));
        s.put("partitions", count(tables, t -> t.has("partition_bound")));
        s.put("columns", columns.size());
        s.put("primary_keys", count(tables, t -> t.has("primary_key")));
        s.put("unique_constraints", sum(tables, "unique_constraints"));
        s.put("foreign_keys", sum(tables, "foreign_keys"));
        s.put("check_constraints", sum(tables, "check_constraints"));
        s.put("exclusion_constraints", sum(tables, "exclusion_constraints"));
        s.put("indexes", indexes.size());
        s.put("indexes_not_constraint_backed", count(indexes, i -> !i.path("constraint_backed").asBoolean()));
        s.put("partial_indexes", count(indexes, i -> i.has("predicate")));
        s.put("expression_indexes", count(indexes, i -> i.has("expressions")));
        s.put("enums", list(doc.get("enums")).size());
        s.put("domains", list(doc.get("domains")).size());
        s.put("views", count(views, v -> v.path("kind").asText().equals("view")));
        s.put("materialized_views", count(views, v -> v.path("kind").asText().equals("materialized view")));
        s.put("sequences", list(doc.get("sequences")).size());
        s.put("identity_columns", count(columns, c -> c.has("identity")));
        s.put("generated_columns", count(columns, c -> c.has("generated_stored")));
        s.put("triggers", list(doc.get("triggers")).size());
        s.put("functions", list(doc.get("functions")).size());
        s.put("table_comments", count(tables, t -> t.has("comment")));
        s.put("column_comments", count(columns, c -> c.has("comment")));
        return s;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(items::add);
        }
        return items;
    }

    private static int count(List<JsonNode> nodes, Predicate<JsonNode> test) {
        return (int) nodes.stream().filter(test).count();
    }

    private static int sum(List<JsonNode> tables, String field) {
        return tables.stream().mapToInt(t -> list(t.get(field)).size()).sum();
    }
}
