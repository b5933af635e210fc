package dev.lintel.app.canvas;

/**
 * How a foreign key's line is drawn, decided from its constraints: the child end shows "many"
 * (crow's foot) unless the FK columns are unique, and the parent end shows "optional" (circle)
 * when an FK column may be null; identifying keys (FK columns inside the child's primary key)
 * are solid, the others dashed; relationships the database does not enforce are dotted.
 *
 * @param id the FK's object path, also the layout edge id
 * @param parent the referenced table's path; {@code child} the referencing table's
 */
public record EdgeStyle(String id, String parent, String child, String label, boolean optional, boolean oneToOne,
                        boolean identifying, boolean enforced) {
}
