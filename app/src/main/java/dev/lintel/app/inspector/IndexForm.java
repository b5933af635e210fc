package dev.lintel.app.inspector;

/**
 * An index as the inspector's fields hold it: texts as typed. {@code keys} is comma-separated
 * columns or expressions ({@code email, lower(name), (a + b) DESC}); {@code include} is
 * comma-separated columns; {@code where} is the partial-index predicate, blank for none.
 * A blank {@code name} on a new index means "name it the way PostgreSQL would".
 */
public record IndexForm(String name, String keys, String method, boolean unique, String include, String where) {
    public IndexForm {
        name = name == null ? "" : name.strip();
        keys = keys == null ? "" : keys;
        method = method == null || method.isBlank() ? "btree" : method;
        include = include == null ? "" : include;
        where = where == null ? "" : where;
    }
}
