package dev.lintel.model.document;

import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.EnumType;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Tables copied from a design, as the clipboard carries them to another place, document or
 * window: the tables as they are (foreign keys to tables left behind included; the paste decides
 * whether they still fit), the enum types their columns use (so that a design without them can
 * take the tables), and where their cards were. Encoded in the document format: exact, where DDL
 * text would lose comments' placement, positions and names the dialect folds.
 */
public record CopiedTables(Schema schema, Map<String, Position> positions) {
    private static final String SOURCE = "the clipboard";

    public CopiedTables {
        Objects.requireNonNull(schema, "schema");
        positions = positions == null ? Map.of() : Map.copyOf(positions);
    }

    /**
     * The tables of {@code source} named in {@code tables} (in the design's order; unknown names
     * skipped), with the enum types they use and the positions of their cards.
     *
     * @param positions card positions by object path; only the copied tables' are kept
     */
    public static CopiedTables of(Schema source, Collection<QualifiedName> tables, Map<String, Position> positions) {
        Set<QualifiedName> wanted = new HashSet<>(tables);
        List<Table> copied = source.tables().stream().filter(t -> wanted.contains(t.name())).toList();
        Map<String, Position> kept = new LinkedHashMap<>();
        List<EnumType> enums = new ArrayList<>();
        for (Table t : copied) {
            String path = ObjectPath.table(t.name()).toString();
            if (positions.containsKey(path)) {
                kept.put(path, positions.get(path));
            }
            for (Column c : t.columns()) {
                enumOf(source, c.type().userType()).filter(e -> !enums.contains(e)).ifPresent(enums::add);
            }
        }
        return new CopiedTables(Schema.ofTables(copied).withEnums(enums), kept);
    }

    private static Optional<EnumType> enumOf(Schema s, QualifiedName type) {
        if (type == null) {
            return Optional.empty();
        }
        Optional<EnumType> exact = s.enumType(type);
        return exact.isPresent() || type.schema() != null ? exact
                : s.enums().stream().filter(e -> e.name().name().equals(type.name())).findFirst();
    }

    public boolean isEmpty() {
        return schema.tables().isEmpty();
    }

    /** The clipboard text: a document holding just these tables and their cards. */
    public String encode() {
        return DocumentCodec.write(new LintelDocument(schema, new Layout(positions, List.of()), Review.empty()));
    }

    /** Reads {@link #encode()}'s text back. */
    public static CopiedTables decode(String text) throws DocumentFormatException {
        LintelDocument doc = DocumentCodec.read(text, SOURCE);
        return new CopiedTables(doc.schema(), doc.layout().positions());
    }
}
