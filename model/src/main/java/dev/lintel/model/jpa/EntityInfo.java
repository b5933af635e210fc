package dev.lintel.model.jpa;

import java.util.ArrayList;
import java.util.List;

/** An entity class and its place in its hierarchy, filled in as the mapping proceeds. */
final class EntityInfo {
    final JavaClass cls;
    final String entityName;
    final boolean isAbstract;
    /** The @MappedSuperclass classes between this entity and its parent entity, top-down. */
    final List<JavaClass> mappedSupers = new ArrayList<>();
    final List<EntityInfo> children = new ArrayList<>();
    EntityInfo parent;
    String strategy = "SINGLE_TABLE";
    boolean propertyAccess;
    /** The table its own attributes go into; null for an abstract TABLE_PER_CLASS class. */
    TableDraft table;
    /** Primary key columns of {@link #table}, in Hibernate's order. */
    List<KeyColumn> key = List.of();
    String tableLogical;

    EntityInfo(JavaClass cls, String entityName, boolean isAbstract) {
        this.cls = cls;
        this.entityName = entityName;
        this.isAbstract = isAbstract;
    }

    /** A key column: its logical name (for derived join column names), Hibernate's identifier, stored name, type. */
    record KeyColumn(String logical, String physical, String stored, ColumnType type) {
    }

    EntityInfo root() {
        EntityInfo e = this;
        while (e.parent != null) {
            e = e.parent;
        }
        return e;
    }

    boolean isSingleTableSubclass() {
        return parent != null && root().strategy.equals("SINGLE_TABLE");
    }

    /** The classes whose attributes this entity declares: its mapped superclasses, then itself. */
    List<JavaClass> ownClasses() {
        List<JavaClass> out = new ArrayList<>(mappedSupers);
        out.add(cls);
        return out;
    }

    /** Every class from the hierarchy root down to this entity (entities and mapped superclasses). */
    List<JavaClass> allClasses() {
        List<JavaClass> out = parent == null ? new ArrayList<>() : parent.allClasses();
        out.addAll(ownClasses());
        return out;
    }
}
