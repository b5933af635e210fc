package dev.lintel.model.jpa;

import com.github.javaparser.ast.type.Type;
import dev.lintel.model.jpa.EntityInfo.KeyColumn;
import dev.lintel.model.jpa.TableDraft.ColumnDraft;
import dev.lintel.model.jpa.TableDraft.CheckDraft;
import dev.lintel.model.jpa.TableDraft.ForeignKeyDraft;
import dev.lintel.model.jpa.TableDraft.UniqueDraft;
import dev.lintel.model.schema.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Associations and collections as Hibernate maps them: join columns with JPA's default names
 * ({@code <attribute>_<referenced column>}), foreign keys named {@code FK<hash>}, a unique key for
 * one-to-one, join tables for unidirectional one-to-many and many-to-many, collection tables
 * for element collections.
 */
final class AssociationMapper {
    private static final Set<String> SETS = Set.of("Set", "HashSet", "LinkedHashSet", "SortedSet", "TreeSet",
            "java.util.Set", "java.util.SortedSet");
    private final MappingContext ctx;
    private final ColumnMapper columns;

    AssociationMapper(MappingContext ctx, ColumnMapper columns) {
        this.ctx = ctx;
        this.columns = columns;
    }

    /** {@code @ManyToOne} / owning {@code @OneToOne}: join columns and FK in the owner's table; returns the columns. */
    List<ColumnDraft> toOne(Attribute a, EntityInfo owner, TableDraft table, boolean stSubclass, boolean id) {
        boolean oneToOne = a.has("OneToOne");
        Ann assoc = a.ann(oneToOne ? "OneToOne" : "ManyToOne");
        if (assoc.name("mappedBy") != null) {
            return List.of();
        }
        EntityInfo target = targetEntity(a, a.type());
        if (target == null) {
            return List.of();
        }
        List<Ann> joinColumns = joinColumns(a);
        boolean optional = assoc.bool("optional", true) && !(a.has("NotNull") && !stSubclass) && !id;
        List<ColumnDraft> made = joinColumnsFor(joinColumns, a.name(), target, table, optional, a.location());
        if (made.isEmpty()) {
            return made;
        }
        List<String> names = made.stream().map(ColumnDraft::stored).toList();
        Ann fkAnn = joinColumns.isEmpty() ? null : joinColumns.get(0).annotation("foreignKey");
        Ann many = a.ann("JoinColumns");
        if (fkAnn == null && many != null) {
            fkAnn = many.annotation("foreignKey");
        }
        addForeignKey(table, made, target, fkAnn, a.location());
        if (oneToOne && !id) {
            table.uniques.add(new UniqueDraft(null, names));
        }
        return made;
    }

    /** {@code @OneToMany}, {@code @ManyToMany} (owning sides) and {@code @ElementCollection}. */
    void collection(Attribute a, EntityInfo owner) {
        Type element = elementType(a);
        boolean set = SETS.contains(a.rawTypeName());
        if (a.has("ElementCollection")) {
            elementCollection(a, owner, element, set);
            return;
        }
        boolean manyToMany = a.has("ManyToMany");
        Ann assoc = a.ann(manyToMany ? "ManyToMany" : "OneToMany");
        if (element == null) {
            return;
        }
        if (assoc.name("mappedBy") != null) {
            EntityInfo target = !manyToMany && a.has("OrderColumn") ? targetEntity(a, element) : null;
            if (target != null) {
                // the owning @ManyToOne keeps the list's positions: a nullable order column in the target's table
                orderColumn(a, ctx.tableOf(target), false);
            }
            return;
        }
        EntityInfo target = targetEntity(a, element);
        if (target == null) {
            return;
        }
        TableDraft ownerTable = ctx.tableOf(owner);
        TableDraft targetTable = ctx.tableOf(target);
        if (!manyToMany && (a.has("JoinColumn") || a.has("JoinColumns")) && !a.has("JoinTable")) {
            // unidirectional one-to-many with a foreign key in the target's table
            List<ColumnDraft> made = joinColumnsFor(joinColumns(a), a.name(), owner, targetTable, true, a.location());
            addForeignKey(targetTable, made, owner, null, a.location());
            orderColumn(a, targetTable, false);
            return;
        }
        Ann joinTable = a.ann("JoinTable");
        String tableName = joinTable != null && joinTable.name("name") != null ? joinTable.name("name")
                : ctx.naming.strategy() == JpaNaming.SPRING ? ownerTable.physical + "_" + a.name()
                : ownerTable.physical + "_" + targetTable.physical;
        TableDraft jt = ctx.table(joinTable == null ? null : joinTable.name("schema"), tableName, a.location());
        String ownerPrefix = owner.entityName;
        if (manyToMany) {
            String inverse = inverseAttribute(target, owner, a.name());
            if (inverse != null) {
                ownerPrefix = inverse;
            }
        }
        List<ColumnDraft> ownerCols = joinColumnsFor(joinTable == null ? List.of() : joinTable.annotations("joinColumns"),
                ownerPrefix, owner, jt, false, a.location());
        List<ColumnDraft> targetCols = joinColumnsFor(joinTable == null ? List.of() : joinTable.annotations("inverseJoinColumns"),
                a.name(), target, jt, false, a.location());
        addForeignKey(jt, ownerCols, owner, joinTable == null ? null : joinTable.annotation("foreignKey"), a.location());
        addForeignKey(jt, targetCols, target, joinTable == null ? null : joinTable.annotation("inverseForeignKey"), a.location());
        List<String> targetNames = targetCols.stream().map(ColumnDraft::stored).toList();
        ColumnDraft position = set ? null : orderColumn(a, jt, true);
        ColumnDraft key = set ? null : mapKeyColumn(a, jt);
        if (position != null || key != null) {
            // an indexed list or a map: a row is the owner plus its position (or key)
            List<String> pk = new ArrayList<>(ownerCols.stream().map(ColumnDraft::stored).toList());
            pk.add((position != null ? position : key).stored());
            jt.primaryKey = jt.ordered(pk);
            if (!manyToMany) {
                jt.uniques.add(new UniqueDraft(null, targetNames));
            }
            return;
        }
        if (manyToMany) {
            if (set) {
                List<String> all = new ArrayList<>(ownerCols.stream().map(ColumnDraft::stored).toList());
                all.addAll(targetNames);
                jt.primaryKey = jt.ordered(all);
            }
        } else if (set && ctx.six()) {
            // Hibernate 6: the owner and the element make the key, and each element belongs to one owner
            List<String> all = new ArrayList<>(ownerCols.stream().map(ColumnDraft::stored).toList());
            all.addAll(targetNames);
            jt.primaryKey = jt.ordered(all);
            jt.uniques.add(new UniqueDraft(null, targetNames));
        } else if (set) {
            jt.primaryKey = targetNames;
        } else {
            jt.uniques.add(new UniqueDraft(null, targetNames));
        }
    }

    private void elementCollection(Attribute a, EntityInfo owner, Type element, boolean set) {
        if (element == null) {
            ctx.warn("element collection " + a.owner().simpleName() + "." + a.name() + " has no element type; not mapped", a.location());
            return;
        }
        TableDraft ownerTable = ctx.tableOf(owner);
        Ann collectionTable = a.ann("CollectionTable");
        String tableName = collectionTable != null && collectionTable.name("name") != null ? collectionTable.name("name")
                : owner.entityName + "_" + a.name();
        TableDraft ct = ctx.table(collectionTable == null ? null : collectionTable.name("schema"), tableName, a.location());
        List<ColumnDraft> keyCols = joinColumnsFor(collectionTable == null ? List.of() : collectionTable.annotations("joinColumns"),
                owner.entityName, owner, ct, false, a.location());
        addForeignKey(ct, keyCols, owner, collectionTable == null ? null : collectionTable.annotation("foreignKey"), a.location());
        JavaClass elementClass = ctx.resolve(element, a.owner());
        ColumnMapper.Where where = new ColumnMapper.Where(ct, ColumnMapper.overridesOf(a), true, null, false);
        List<ColumnDraft> values;
        if (ctx.isEmbeddable(elementClass)) {
            values = columns.embedded(elementClass, where);
        } else {
            Attribute asElement = new Attribute(a.name(), element, a.annotated(), a.owner(), a.line());
            ColumnDraft c = columns.basic(asElement, where, a.name());
            values = c == null ? List.of() : List.of(c);
        }
        ColumnDraft position = set ? null : orderColumn(a, ct, true);
        ColumnDraft key = set ? null : mapKeyColumn(a, ct);
        if (position != null || key != null) {
            List<String> pk = new ArrayList<>(keyCols.stream().map(ColumnDraft::stored).toList());
            pk.add((position != null ? position : key).stored());
            ct.primaryKey = ct.ordered(pk);
            return;
        }
        if (set && !values.isEmpty()) {
            List<String> all = new ArrayList<>(keyCols.stream().map(ColumnDraft::stored).toList());
            values.forEach(v -> all.add(v.stored()));
            if (values.stream().noneMatch(ColumnDraft::nullable)) {
                ct.primaryKey = ct.ordered(all);
            } else if (!ctx.six()) { // Hibernate 6 left a set of nullable values without any key
                ct.uniques.add(new UniqueDraft(null, all));
            }
        }
    }

    /**
     * The {@code @OrderColumn} of an indexed list: {@code <attribute>_ORDER} unless named, an
     * integer Hibernate checks to be {@code >= 0}; not null when it is part of a key.
     */
    private ColumnDraft orderColumn(Attribute a, TableDraft table, boolean keyPart) {
        Ann order = a.ann("OrderColumn");
        if (order == null) {
            return null;
        }
        String logical = order.name("name") != null ? order.name("name") : a.name() + "_ORDER";
        String physical = ctx.naming.physical(logical);
        String stored = ctx.naming.stored(physical);
        boolean nullable = !keyPart && order.bool("nullable", true);
        ColumnDraft c = table.add(new ColumnDraft(logical, physical, stored,
                BasicTypes.of("integer", ctx.dialect, -1, 0, 0, false, null), nullable, null, null, a.location()));
        if (!ctx.six()) { // the order column's check is new in Hibernate 7
            table.checks.add(new CheckDraft(stored + ">=0", List.of(stored)));
        }
        return c;
    }

    /**
     * The key column of a {@code Map} collection: {@code @MapKeyColumn} or {@code <attribute>_KEY},
     * typed by the map's key type, never null. Null when the attribute is not a map of a basic key.
     */
    private ColumnDraft mapKeyColumn(Attribute a, TableDraft table) {
        List<Type> args = a.typeArguments();
        if (!MAPS.contains(a.rawTypeName()) || args.size() != 2) {
            return null;
        }
        Type keyType = args.get(0);
        String kind = keyType instanceof com.github.javaparser.ast.type.ClassOrInterfaceType k
                ? BasicTypes.kindOf(k.getNameWithScope(), a.owner()) : null;
        if (kind == null) {
            ctx.warn("map " + a.owner().simpleName() + "." + a.name() + " has a key type (" + keyType.asString()
                    + ") that is not a basic type; its key column is not mapped", a.location());
            return null;
        }
        Ann mk = a.ann("MapKeyColumn");
        String logical = mk != null && mk.name("name") != null ? mk.name("name") : a.name() + "_KEY";
        long length = mk == null || mk.number("length") == null ? -1 : mk.number("length");
        String physical = ctx.naming.physical(logical);
        return table.add(new ColumnDraft(logical, physical, ctx.naming.stored(physical),
                BasicTypes.of(kind, ctx.dialect, length, 0, 0, false, null), false, null, null, a.location()));
    }

    private static final Set<String> MAPS = Set.of("Map", "HashMap", "LinkedHashMap", "SortedMap", "TreeMap",
            "java.util.Map", "java.util.HashMap", "java.util.LinkedHashMap", "java.util.SortedMap", "java.util.TreeMap");

    private static List<Ann> joinColumns(Attribute a) {
        Ann many = a.ann("JoinColumns");
        if (many != null) {
            return many.annotations("value");
        }
        Ann one = a.ann("JoinColumn");
        return one == null ? List.of() : List.of(one);
    }

    /**
     * Columns referencing {@code target}'s key: named by the join column annotations or
     * {@code <prefix>_<referenced column>}, in the order of the target's key.
     */
    private List<ColumnDraft> joinColumnsFor(List<Ann> joinColumns, String prefix, EntityInfo target, TableDraft table,
                                             boolean optional, SourceLocation at) {
        List<ColumnDraft> out = new ArrayList<>();
        List<KeyColumn> key = target.key;
        if (key.isEmpty()) {
            ctx.error("entity " + target.entityName + " has no primary key in the sources; its references are not mapped", at);
            return out;
        }
        for (int i = 0; i < key.size(); i++) {
            KeyColumn k = key.get(i);
            Ann jc = matching(joinColumns, k, i, key.size());
            String logical = jc != null && jc.name("name") != null ? jc.name("name") : prefix + "_" + k.logical();
            boolean nullable = optional && (jc == null || jc.bool("nullable", true));
            String physical = ctx.naming.physical(logical);
            ColumnDraft c = table.add(new ColumnDraft(logical, physical, ctx.naming.stored(physical), k.type(), nullable,
                    null, null, at));
            if (!nullable && c.nullable()) {
                c = c.withNullable(false);
                table.columns.put(c.stored(), c);
            }
            out.add(c);
        }
        return out;
    }

    private static Ann matching(List<Ann> joinColumns, KeyColumn k, int index, int keySize) {
        for (Ann jc : joinColumns) {
            String ref = jc.name("referencedColumnName");
            if (ref != null && (ref.equals(k.logical()) || ref.equals(k.physical()) || ref.equals(k.stored()))) {
                return jc;
            }
        }
        if (joinColumns.size() == keySize && joinColumns.stream().allMatch(j -> j.name("referencedColumnName") == null)) {
            return joinColumns.get(index);
        }
        return joinColumns.size() == 1 && keySize == 1 ? joinColumns.get(0) : null;
    }

    private void addForeignKey(TableDraft table, List<ColumnDraft> cols, EntityInfo target, Ann foreignKey, SourceLocation at) {
        if (cols.isEmpty()) {
            return;
        }
        // NO_CONSTRAINT: Hibernate creates no constraint, but the relationship exists in code and lint must see it
        boolean notEnforced = foreignKey != null && "NO_CONSTRAINT".equals(foreignKey.constant("value"));
        TableDraft targetTable = ctx.tableOf(target);
        List<String> physical = cols.stream().map(ColumnDraft::physical).toList();
        String name = foreignKey != null && foreignKey.name("name") != null ? foreignKey.name("name")
                : HibernateNames.foreignKey(table.physical, targetTable.physical, physical);
        table.foreignKeys.add(new ForeignKeyDraft(ctx.naming.stored(name), cols.stream().map(ColumnDraft::stored).toList(),
                targetTable.name, target.key.stream().map(KeyColumn::stored).toList(), at, notEnforced));
    }

    private EntityInfo targetEntity(Attribute a, Type type) {
        Ann assoc = a.ann("ManyToOne");
        for (String kind : List.of("OneToOne", "OneToMany", "ManyToMany")) {
            if (assoc == null) {
                assoc = a.ann(kind);
            }
        }
        JavaClass c = ctx.resolve(type, a.owner());
        EntityInfo target = ctx.entity(c);
        if (target == null) {
            ctx.error("association " + a.owner().simpleName() + "." + a.name() + " targets " + type.asString()
                    + ", which is not an entity in the sources; not mapped", a.location());
        }
        return target;
    }

    /** The attribute of {@code target} that is {@code mappedBy} this one, or null for a unidirectional association. */
    private String inverseAttribute(EntityInfo target, EntityInfo owner, String attribute) {
        for (JavaClass c : target.allClasses()) {
            for (Attribute x : ctx.attributes(c, target.root().propertyAccess)) {
                Ann m = x.ann("ManyToMany");
                if (m != null && attribute.equals(m.name("mappedBy"))) {
                    return x.name();
                }
            }
        }
        return null;
    }

    private static Type elementType(Attribute a) {
        List<Type> args = a.typeArguments();
        if (args.isEmpty()) {
            return null;
        }
        return args.get(args.size() - 1); // Map<K, V>: the value
    }
}
