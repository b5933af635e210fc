package dev.lintel.model.ddl.parse;

import dev.lintel.model.schema.ColumnRef;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Sequence;

/** CREATE SEQUENCE and ALTER SEQUENCE (options, OWNED BY, RENAME). */
final class SequenceStatements {
    private SequenceStatements() {
    }

    static void create(TokenCursor in, SchemaBuilder schema) {
        in.expectWords("CREATE");
        while (in.peek().isAnyWord("TEMPORARY", "TEMP", "UNLOGGED")) {
            in.next();
        }
        in.expectWords("SEQUENCE");
        boolean ifNotExists = in.acceptWords("IF", "NOT", "EXISTS");
        QualifiedName name = schema.qualify(in.qualifiedName());
        if (schema.sequences.containsKey(name)) {
            if (!ifNotExists) {
                schema.warning("sequence " + name + " is defined twice; the first definition is kept");
            }
            return;
        }
        SequenceOptions o = SequenceOptions.read(in, schema);
        Sequence sequence = new Sequence(name, o.type, o.start, o.increment, o.minValue, o.maxValue, o.cache, o.cycle,
                ownedBy(schema, o), null);
        schema.sequences.put(name, sequence);
        schema.reserveRelation(name.schema(), name.name());
        schema.locate(ObjectPath.of(ObjectPath.Kind.SEQUENCE, name));
    }

    /** ALTER SEQUENCE, also on the sequence of a serial column (explicit from its declaration on, see {@link OwnedSequences}). */
    static void alter(TokenCursor in, SchemaBuilder schema) {
        in.expectWords("ALTER", "SEQUENCE");
        boolean ifExists = in.acceptWords("IF", "EXISTS");
        QualifiedName name = schema.qualify(in.qualifiedName());
        Sequence existing = schema.sequences.get(name);
        if (in.acceptWords("OWNER", "TO")) {
            return;
        }
        if (existing == null && schema.implicitSequences.containsKey(name)) {
            schema.info("options of the implicit sequence of " + schema.implicitSequences.get(name) + " are not represented");
            return;
        }
        if (existing == null) {
            if (!ifExists) {
                schema.warning("ALTER SEQUENCE on unknown sequence " + name + " skipped");
            }
            return;
        }
        if (in.acceptWords("RENAME", "TO")) {
            OwnedSequences.sequenceRenamed(schema, name, name.withName(in.identifier()));
            return;
        }
        SequenceOptions o = SequenceOptions.read(in, schema);
        Sequence updated = new Sequence(name,
                o.type != null ? o.type : existing.type(),
                o.start != null ? o.start : existing.start(),
                o.increment != null ? o.increment : existing.increment(),
                o.minValue != null ? o.minValue : existing.minValue(),
                o.maxValue != null ? o.maxValue : existing.maxValue(),
                o.cache != null ? o.cache : existing.cache(),
                o.cycle || existing.cycle(),
                o.ownedByGiven ? ownedBy(schema, o) : existing.ownedBy(),
                existing.comment());
        schema.sequences.put(name, updated);
    }

    private static ColumnRef ownedBy(SchemaBuilder schema, SequenceOptions o) {
        if (o.ownedBy == null || o.ownedBy.size() < 2) {
            return null;
        }
        int n = o.ownedBy.size();
        QualifiedName table = new QualifiedName(n >= 3 ? o.ownedBy.get(n - 3) : null, o.ownedBy.get(n - 2));
        return new ColumnRef(schema.qualify(table), o.ownedBy.get(n - 1));
    }
}
