package dev.lintel.model.jpa;

import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.lintel.model.diagnostic.Diagnostic;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Sequence;
import dev.lintel.model.schema.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the mappers share: the sources, the naming, the entities found and the tables made so far. */
final class MappingContext {
    final SourceSet sources;
    final Naming naming;
    final Dialect dialect;
    final HibernateVersion hibernate;
    final List<Diagnostic> diagnostics = new ArrayList<>();
    final Map<JavaClass, EntityInfo> entities = new LinkedHashMap<>();
    final Map<QualifiedName, TableDraft> tables = new LinkedHashMap<>();
    final Map<QualifiedName, Sequence> sequences = new LinkedHashMap<>();
    final Map<String, SourceLocation> locations = new LinkedHashMap<>();

    MappingContext(SourceSet sources, Naming naming, HibernateVersion hibernate) {
        this.sources = sources;
        this.naming = naming;
        this.dialect = naming.dialect();
        this.hibernate = hibernate;
    }

    /** Hibernate 6.x's schema export, where it differs from 7.x (each place says how). */
    boolean six() {
        return hibernate == HibernateVersion.V6;
    }

    void warn(String message, SourceLocation at) {
        diagnostics.add(Diagnostic.warning(message, at, null));
    }

    void error(String message, SourceLocation at) {
        diagnostics.add(Diagnostic.error(message, at, null));
    }

    QualifiedName qualified(String schemaLogical, String tablePhysical) {
        String schema = schemaLogical == null ? dialect.defaultSchema() : naming.storedFromLogical(schemaLogical);
        return new QualifiedName(schema, naming.stored(tablePhysical));
    }

    /** A new table, or the existing one of that name (two mappings may share a join table). */
    TableDraft table(String schemaLogical, String logical, SourceLocation at) {
        String physical = naming.physical(logical);
        QualifiedName name = qualified(schemaLogical, physical);
        return tables.computeIfAbsent(name, n -> new TableDraft(physical, n, at));
    }

    /** The class a declared type names in the source set, or null. */
    JavaClass resolve(Type type, JavaClass context) {
        if (type instanceof ClassOrInterfaceType c) {
            return sources.resolve(c, context);
        }
        return null;
    }

    boolean isEmbeddable(JavaClass c) {
        return c != null && Ann.has(c.declaration(), "Embeddable");
    }

    boolean isEnum(JavaClass c) {
        return c != null && c.declaration().isEnumDeclaration();
    }

    /**
     * The persistent attributes {@code c} declares, read once per class and access mode: the
     * mappers ask again for every association that looks for its inverse side and for every
     * entity of an inheritance chain, and reading walks the class's whole member list.
     */
    List<Attribute> attributes(JavaClass c, boolean propertyAccess) {
        return (propertyAccess ? propertyAttributes : fieldAttributes)
                .computeIfAbsent(c, k -> List.copyOf(Attributes.declared(k, propertyAccess)));
    }

    private final Map<JavaClass, List<Attribute>> fieldAttributes = new java.util.HashMap<>();
    private final Map<JavaClass, List<Attribute>> propertyAttributes = new java.util.HashMap<>();

    EntityInfo entity(JavaClass c) {
        return c == null ? null : entities.get(c);
    }

    /** The table a reference to {@code target} points at: a single-table subclass points at its root's table. */
    TableDraft tableOf(EntityInfo target) {
        return target.table != null ? target.table : target.root().table;
    }
}
