package dev.lintel.model.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two catalog documents (a truth file and a {@link CatalogSnapshot}, or two
 * {@link H2CatalogSnapshot}s) fact by fact.
 *
 * <h2>What a fact is</h2>
 * <ul>
 *   <li>Objects in lists are matched by identity, never by position: {@code schema.name} for
 *       tables, views, sequences, types; {@code name} within a table (columns, constraints,
 *       indexes) or a domain; {@code name on schema.table} for triggers;
 *       {@code schema.name(arguments)} for functions (overloads).</li>
 *   <li>Each matched object is one fact ("it exists"), and each of its other fields is one fact:
 *       every column field (attnum, ordinal, type, not_null, default, identity, generated_stored,
 *       is_local, comment, ...), every constraint field (columns, definition, deferrable, ...),
 *       every index field (definition, key_columns, predicate, ...), a view's definition, each
 *       sequence field, a function's body_md5, and so on. A list of plain values (parents,
 *       key_columns, a constraint's columns, enum labels, reloptions) is one fact, order included. Nested single objects
 *       (a table's {@code primary_key}) are objects of their own: existence plus fields.</li>
 *   <li>A field counts only when at least one side has a non-null value: a column without a
 *       default on both sides adds no fact, but a default on one side only is a mismatch.</li>
 *   <li>A missing object counts as its existence plus all its facts, all unmatched, reported once
 *       ({@code ...: missing}). An unexpected object (only in the actual document) adds one
 *       unmatched fact ({@code ...: unexpected}). So 100% means the documents are the same.</li>
 *   <li>Not facts: {@code database}, {@code source}, {@code server} (where a document came from)
 *       and {@code summary} (counts derived from the facts themselves).</li>
 * </ul>
 * Numbers compare by value (a truth file's 1 equals a snapshot's 1L).
 */
public final class CatalogComparison {
    private static final Set<String> NOT_FACTS = Set.of("database", "source", "server", "summary");

    /**
     * Per kind of object (its label; "" for the document), the fields holding lists of objects and
     * the label their elements get. Any other list is a plain value: a table's {@code columns} are
     * objects, a constraint's {@code columns} are names.
     */
    private static final Map<String, Map<String, String>> OBJECT_LISTS = Map.of(
            "", Map.of("schemas", "schema", "extensions", "extension", "tables", "table", "enums", "enum",
                    "domains", "domain", "composite_types", "type", "views", "view", "sequences", "sequence",
                    "triggers", "trigger", "functions", "function"),
            "table", Map.of("columns", "column", "unique_constraints", "unique", "foreign_keys", "foreign key",
                    "check_constraints", "check", "exclusion_constraints", "exclusion", "indexes", "index"),
            "view", Map.of("columns", "column", "indexes", "index"),
            "domain", Map.of("constraints", "constraint"),
            "type", Map.of("attributes", "attribute"));

    /** Fields that make up an element's identity (part of its fact name, not facts themselves). */
    private static final Set<String> IDENTITY = Set.of("schema", "name", "table", "arguments");

    private int total;
    private int matched;
    private final List<String> mismatches = new ArrayList<>();

    private CatalogComparison() {
    }

    public static CatalogComparison compare(JsonNode expected, JsonNode actual) {
        CatalogComparison c = new CatalogComparison();
        c.compareFields("", "", expected, actual, Set.of(), NOT_FACTS);
        return c;
    }

    public int totalFacts() {
        return total;
    }

    public int matchedFacts() {
        return matched;
    }

    public List<String> mismatches() {
        return List.copyOf(mismatches);
    }

    public boolean isPerfect() {
        return matched == total;
    }

    /** {@code matched/total facts}, then the first {@code limit} mismatches, one a line. */
    public String report(int limit) {
        StringBuilder sb = new StringBuilder(matched + "/" + total + " facts");
        mismatches.stream().limit(limit).forEach(m -> sb.append("\n  ").append(m));
        if (mismatches.size() > limit) {
            sb.append("\n  ... and ").append(mismatches.size() - limit).append(" more mismatches");
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return report(30);
    }

    private void compareFields(String path, String kind, JsonNode expected, JsonNode actual, Set<String> identity,
                               Set<String> skip) {
        Map<String, String> objectLists = OBJECT_LISTS.getOrDefault(kind, Map.of());
        Set<String> fields = new LinkedHashSet<>();
        expected.fieldNames().forEachRemaining(fields::add);
        actual.fieldNames().forEachRemaining(fields::add);
        for (String field : fields) {
            if (identity.contains(field) || skip.contains(field)) {
                continue;
            }
            JsonNode e = expected.get(field);
            JsonNode a = actual.get(field);
            if (objectLists.containsKey(field)) {
                compareLists(path, objectLists.get(field), field, e, a);
            } else if (isObject(e) || isObject(a)) {
                String label = field.replace('_', ' ');
                compareObject(join(path, label), label, e, a, Set.of());
            } else if (!isAbsent(e) || !isAbsent(a)) {
                total++;
                if (sameValue(e, a)) {
                    matched++;
                } else {
                    mismatches.add(path + ": " + field + " expected " + show(e) + " got " + show(a));
                }
            }
        }
    }

    private void compareLists(String path, String label, String field, JsonNode expected, JsonNode actual) {
        Map<String, JsonNode> e = byIdentity(field, expected);
        Map<String, JsonNode> a = byIdentity(field, actual);
        e.forEach((key, node) -> compareObject(join(path, label + " " + key), label, node, a.get(key), IDENTITY));
        a.forEach((key, node) -> {
            if (!e.containsKey(key)) {
                compareObject(join(path, label + " " + key), label, null, node, IDENTITY);
            }
        });
    }

    private void compareObject(String path, String kind, JsonNode expected, JsonNode actual, Set<String> identity) {
        if (isAbsent(expected)) {
            total++;
            mismatches.add(path + ": unexpected");
        } else if (isAbsent(actual)) {
            int facts = 1 + countFacts(kind, expected, identity);
            total += facts;
            mismatches.add(path + ": missing");
        } else {
            total++;
            matched++;
            compareFields(path, kind, expected, actual, identity, Set.of());
        }
    }

    /** How many facts an object holds (itself excluded), for counting a missing object. */
    private static int countFacts(String kind, JsonNode node, Set<String> identity) {
        Map<String, String> objectLists = OBJECT_LISTS.getOrDefault(kind, Map.of());
        int facts = 0;
        var fields = node.fields();
        while (fields.hasNext()) {
            var f = fields.next();
            if (identity.contains(f.getKey()) || isAbsent(f.getValue())) {
                continue;
            }
            if (objectLists.containsKey(f.getKey())) {
                for (JsonNode element : f.getValue()) {
                    facts += 1 + countFacts(objectLists.get(f.getKey()), element, IDENTITY);
                }
            } else if (f.getValue().isObject()) {
                facts += 1 + countFacts(f.getKey().replace('_', ' '), f.getValue(), Set.of());
            } else {
                facts++;
            }
        }
        return facts;
    }

    private static Map<String, JsonNode> byIdentity(String field, JsonNode list) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        if (list == null || !list.isArray()) {
            return map; // null (a domain without constraints) is an empty list
        }
        int position = 0;
        for (JsonNode element : list) {
            position++;
            String key = identityOf(field, element, position);
            String unique = key;
            for (int n = 2; map.containsKey(unique); n++) {
                unique = key + " #" + n;
            }
            map.put(unique, element);
        }
        return map;
    }

    private static String identityOf(String field, JsonNode element, int position) {
        String name = element.path("name").asText("#" + position);
        String schema = element.hasNonNull("schema") ? element.get("schema").asText() + "." : "";
        return switch (field) {
            case "triggers" -> name + " on " + schema + element.path("table").asText();
            case "functions" -> schema + name + "(" + element.path("arguments").asText() + ")";
            default -> schema + name;
        };
    }

    private static String join(String path, String part) {
        return path.isEmpty() ? part : path + " " + part;
    }

    private static boolean isObject(JsonNode node) {
        return node != null && node.isObject();
    }

    private static boolean isAbsent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    private static boolean sameValue(JsonNode e, JsonNode a) {
        if (isAbsent(e) || isAbsent(a)) {
            return isAbsent(e) && isAbsent(a);
        }
        if (e.isNumber() && a.isNumber()) {
            return e.decimalValue().compareTo(a.decimalValue()) == 0;
        }
        if (e.isArray() && a.isArray()) {
            if (e.size() != a.size()) {
                return false;
            }
            for (int i = 0; i < e.size(); i++) {
                if (!sameValue(e.get(i), a.get(i)) && !(isAbsent(e.get(i)) && isAbsent(a.get(i)))) {
                    return false;
                }
            }
            return true;
        }
        return e.equals(a);
    }

    private static String show(JsonNode node) {
        if (isAbsent(node)) {
            return "absent";
        }
        String text = node.isTextual() ? "'" + node.asText() + "'" : node.toString();
        return text.length() > 400 ? text.substring(0, 400) + "...(" + text.length() + " chars)" : text;
    }
}
