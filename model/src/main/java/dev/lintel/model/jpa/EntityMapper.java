package dev.lintel.model.jpa;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.lintel.model.jpa.EntityInfo.KeyColumn;
import dev.lintel.model.jpa.TableDraft.CheckDraft;
import dev.lintel.model.jpa.TableDraft.ColumnDraft;
import dev.lintel.model.jpa.TableDraft.ForeignKeyDraft;
import dev.lintel.model.jpa.TableDraft.IndexDraft;
import dev.lintel.model.jpa.TableDraft.UniqueDraft;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Sequence;
import dev.lintel.model.schema.SourceLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Entities to tables, in Hibernate's order of work: hierarchies and their tables first
 * (SINGLE_TABLE, JOINED, TABLE_PER_CLASS), then primary keys and generators, then every other
 * attribute (which may reference another entity's key), then {@code @Table} constraints and indexes.
 */
final class EntityMapper {
    private final MappingContext ctx;
    private final ColumnMapper columns;
    private final AssociationMapper associations;

    EntityMapper(MappingContext ctx) {
        this.ctx = ctx;
        this.columns = new ColumnMapper(ctx);
        this.associations = new AssociationMapper(ctx, columns);
    }

    void run() {
        findEntities();
        List<EntityInfo> ordered = new ArrayList<>(ctx.entities.values());
        ordered.sort(Comparator.comparingInt(EntityMapper::depth));
        ordered.forEach(e -> guarded(e, this::createTable));
        // A derived identity (@MapsId) is the key of the entity it references: map those keys last.
        ordered.stream().filter(e -> mapsId(e) == null).forEach(e -> guarded(e, this::mapKey));
        ordered.stream().filter(e -> mapsId(e) != null).forEach(e -> guarded(e, this::mapKey));
        ordered.forEach(e -> guarded(e, this::mapAttributes));
        ordered.stream().filter(e -> e.parent == null).forEach(e -> guarded(e, this::discriminator));
        ordered.stream().filter(e -> e.table != null && !e.isSingleTableSubclass()).forEach(e -> guarded(e, this::tableAnnotations));
    }

    /** Source that defeats a mapping rule costs that entity's step, never the whole import. */
    private void guarded(EntityInfo e, java.util.function.Consumer<EntityInfo> step) {
        try {
            step.accept(e);
        } catch (RuntimeException ex) {
            ctx.error("could not map entity " + e.entityName + " completely (" + ex + "); the rest is mapped",
                    new SourceLocation(e.cls.file(), e.cls.line(), 0));
        }
    }

    private static int depth(EntityInfo e) {
        return e.parent == null ? 0 : 1 + depth(e.parent);
    }

    private void findEntities() {
        for (JavaClass c : ctx.sources.classes()) {
            Ann entity = Ann.find(c.declaration(), "Entity", c);
            if (entity == null) {
                continue;
            }
            SourceLocation at = new SourceLocation(c.file(), c.line(), 0);
            if (!(c.declaration() instanceof ClassOrInterfaceDeclaration decl) || decl.isInterface()) {
                ctx.error(c.simpleName() + " is annotated @Entity but is not a class (records, enums and interfaces"
                        + " cannot be entities); not mapped", at);
                continue;
            }
            String name = entity.name("name") != null ? entity.name("name") : c.simpleName();
            ctx.entities.put(c, new EntityInfo(c, name, decl.hasModifier(Modifier.Keyword.ABSTRACT)));
        }
        for (EntityInfo e : ctx.entities.values()) {
            JavaClass sup = superclass(e.cls);
            List<JavaClass> mapped = new ArrayList<>();
            while (sup != null && !ctx.entities.containsKey(sup)) {
                if (Ann.has(sup.declaration(), "MappedSuperclass")) {
                    mapped.add(0, sup);
                }
                sup = superclass(sup);
            }
            e.mappedSupers.addAll(mapped);
            if (sup != null) {
                e.parent = ctx.entities.get(sup);
                e.parent.children.add(e);
            }
        }
        for (EntityInfo e : ctx.entities.values()) {
            EntityInfo root = e.root();
            Ann inheritance = Ann.find(root.cls.declaration(), "Inheritance", root.cls);
            if (inheritance != null && inheritance.constant("strategy") != null) {
                root.strategy = inheritance.constant("strategy");
            }
            root.propertyAccess = Attributes.usesPropertyAccess(root.allClasses());
            e.propertyAccess = root.propertyAccess;
        }
    }

    private JavaClass superclass(JavaClass c) {
        if (!(c.declaration() instanceof ClassOrInterfaceDeclaration decl) || decl.getExtendedTypes().isEmpty()) {
            return null;
        }
        ClassOrInterfaceType ext = decl.getExtendedTypes().get(0);
        JavaClass sup = ctx.sources.resolve(ext, c.outer() != null ? c.outer() : c);
        if (sup == null && (Ann.has(c.declaration(), "Entity") || Ann.has(c.declaration(), "MappedSuperclass"))) {
            ctx.warn(c.simpleName() + " extends " + ext.getNameWithScope() + ", which is not in the sources;"
                    + " attributes it may map (an id?) are unknown", new SourceLocation(c.file(), c.line(), 0));
        }
        return sup;
    }

    private void createTable(EntityInfo e) {
        Ann table = Ann.find(e.cls.declaration(), "Table", e.cls);
        e.tableLogical = table != null && table.name("name") != null ? table.name("name") : e.entityName;
        String strategy = e.root().strategy;
        boolean ownTable = e.parent == null ? !(strategy.equals("TABLE_PER_CLASS") && e.isAbstract)
                : strategy.equals("JOINED") || strategy.equals("TABLE_PER_CLASS") && !e.isAbstract;
        if (e.parent != null && strategy.equals("SINGLE_TABLE")) {
            e.table = e.root().table;
            return;
        }
        if (ownTable) {
            SourceLocation at = new SourceLocation(e.cls.file(), e.cls.line(), 0);
            e.table = ctx.table(table == null ? null : table.name("schema"), e.tableLogical, at);
            ctx.locations.put(dev.lintel.model.schema.ObjectPath.table(e.table.name).toString(), at);
        }
    }

    private void mapKey(EntityInfo e) {
        EntityInfo root = e.root();
        if (e.parent != null && root.strategy.equals("SINGLE_TABLE")) {
            e.key = root.key;
            return;
        }
        if (e.parent != null && root.strategy.equals("JOINED")) {
            joinedKey(e);
            return;
        }
        // a root, or a TABLE_PER_CLASS class: the id attributes of the whole chain, in its own table
        List<Attribute> ids = new ArrayList<>();
        for (JavaClass c : e.allClasses()) {
            for (Attribute a : ctx.attributes(c, root.propertyAccess)) {
                if (a.has("Id") || a.has("EmbeddedId")) {
                    ids.add(a);
                }
            }
        }
        if (ids.isEmpty()) {
            if (e.table != null) {
                ctx.error("entity " + e.entityName + " has no @Id or @EmbeddedId in the sources; its table has no primary key",
                        new SourceLocation(e.cls.file(), e.cls.line(), 0));
            }
            return;
        }
        TableDraft table = e.table != null ? e.table : new TableDraft(ctx.naming.physical(e.tableLogical),
                ctx.qualified(null, ctx.naming.physical(e.tableLogical)), null); // abstract TPC root: key shape only
        List<ColumnDraft> keyCols = new ArrayList<>();
        ColumnMapper.Where where = new ColumnMapper.Where(table, Map.of(), false, null, true);
        Attribute derived = mapsId(e);
        if (derived != null) {
            // @MapsId: the association's join columns are the primary key; the @Id attribute has no column of its own
            ids = List.of(derived);
        }
        for (Attribute a : ids) {
            if (a.has("ManyToOne") || a.has("OneToOne")) {
                keyCols.addAll(associations.toOne(a, e, table, false, true));
                continue;
            }
            List<ColumnDraft> made = columns.map(a, where);
            if (a.has("GeneratedValue") && made.size() == 1) {
                made = List.of(generated(a, root, table, made.get(0)));
            }
            keyCols.addAll(made);
        }
        List<String> stored = table.ordered(keyCols.stream().map(ColumnDraft::stored).toList());
        table.primaryKey = stored;
        e.key = stored.stream().map(table.columns::get)
                .map(c -> new KeyColumn(c.logical(), c.physical(), c.stored(), c.type())).toList();
    }

    /** The {@code @MapsId} to-one association that shares the whole primary key, or null. */
    private Attribute mapsId(EntityInfo e) {
        if (e.parent != null) {
            return null;
        }
        List<Attribute> ids = e.allClasses().stream().flatMap(c -> ctx.attributes(c, e.propertyAccess).stream())
                .filter(a -> a.has("Id") || a.has("EmbeddedId")).toList();
        if (ids.size() != 1 || !ids.get(0).has("Id") || ids.get(0).has("ManyToOne") || ids.get(0).has("OneToOne")) {
            return null;
        }
        for (JavaClass c : e.allClasses()) {
            for (Attribute a : ctx.attributes(c, e.propertyAccess)) {
                if ((a.has("OneToOne") || a.has("ManyToOne")) && a.has("MapsId")) {
                    Ann m = a.ann("MapsId");
                    // @MapsId("part") maps one attribute of an embedded id: that shape is not mapped here
                    return m.string("value") == null || m.string("value").isEmpty() ? a : null;
                }
            }
        }
        return null;
    }

    private ColumnDraft generated(Attribute a, EntityInfo root, TableDraft table, ColumnDraft column) {
        Ann gv = a.ann("GeneratedValue");
        String strategy = gv.constant("strategy") == null ? "AUTO" : gv.constant("strategy");
        boolean numeric = List.of("bigint", "integer", "smallint", "numeric").contains(column.type().type().name());
        switch (strategy) {
            case "IDENTITY" -> {
                ColumnDraft c = columns.identity(column);
                table.columns.put(c.stored(), c);
                return c;
            }
            case "SEQUENCE", "AUTO" -> {
                if (numeric) {
                    sequence(gv.name("generator"), root, a);
                }
            }
            case "TABLE" -> ctx.warn("TABLE id generation (hibernate_sequences) is not mapped", a.location());
            default -> { } // UUID: generated in Java
        }
        return column;
    }

    private void sequence(String generator, EntityInfo root, Attribute a) {
        String name = root.tableLogical + "_SEQ";
        long start = 1;
        long increment = 50;
        if (generator != null) {
            name = generator;
            Ann sg = findSequenceGenerator(generator, a);
            if (sg != null) {
                name = sg.name("sequenceName") != null ? sg.name("sequenceName") : generator;
                start = sg.number("initialValue") == null ? 1 : sg.number("initialValue");
                increment = sg.number("allocationSize") == null ? 50 : sg.number("allocationSize");
            }
        } else {
            Ann sg = a.ann("SequenceGenerator");
            if (sg != null) {
                name = sg.name("sequenceName") != null ? sg.name("sequenceName") : sg.name("name") != null ? sg.name("name") : name;
                start = sg.number("initialValue") == null ? 1 : sg.number("initialValue");
                increment = sg.number("allocationSize") == null ? 50 : sg.number("allocationSize");
            }
        }
        QualifiedName qn = ctx.qualified(null, ctx.naming.physical(name));
        ctx.sequences.putIfAbsent(qn, new Sequence(qn, null, start, increment, null, null, null, false, null, null));
    }

    /** Generators are global in JPA: look on the attribute, then on every class of the sources. */
    private Ann findSequenceGenerator(String generator, Attribute a) {
        Ann onAttr = a.ann("SequenceGenerator");
        if (onAttr != null && generator.equals(onAttr.name("name"))) {
            return onAttr;
        }
        for (JavaClass c : ctx.sources.classes()) {
            Ann onClass = Ann.find(c.declaration(), "SequenceGenerator", c);
            if (onClass != null && generator.equals(onClass.name("name"))) {
                return onClass;
            }
            for (var f : c.declaration().getFields()) {
                Ann onField = Ann.find(f, "SequenceGenerator", c);
                if (onField != null && generator.equals(onField.name("name"))) {
                    return onField;
                }
            }
        }
        return null;
    }

    private void joinedKey(EntityInfo e) {
        EntityInfo parent = e.parent;
        List<Ann> pkjc = new ArrayList<>();
        Ann many = Ann.find(e.cls.declaration(), "PrimaryKeyJoinColumns", e.cls);
        if (many != null) {
            pkjc.addAll(many.annotations("value"));
        }
        Ann one = Ann.find(e.cls.declaration(), "PrimaryKeyJoinColumn", e.cls);
        if (one != null) {
            pkjc.add(one);
        }
        List<ColumnDraft> cols = new ArrayList<>();
        for (int i = 0; i < parent.key.size(); i++) {
            KeyColumn k = parent.key.get(i);
            String logical = i < pkjc.size() && pkjc.get(i).name("name") != null ? pkjc.get(i).name("name") : k.logical();
            String physical = ctx.naming.physical(logical);
            cols.add(e.table.add(new ColumnDraft(logical, physical, ctx.naming.stored(physical), k.type(), false, null, null,
                    new SourceLocation(e.cls.file(), e.cls.line(), 0))));
        }
        e.table.primaryKey = e.table.ordered(cols.stream().map(ColumnDraft::stored).toList());
        e.key = e.table.primaryKey.stream().map(e.table.columns::get)
                .map(c -> new KeyColumn(c.logical(), c.physical(), c.stored(), c.type())).toList();
        TableDraft parentTable = ctx.tableOf(parent);
        if (!cols.isEmpty() && parentTable != null) {
            e.table.foreignKeys.add(new ForeignKeyDraft(ctx.naming.stored(HibernateNames.foreignKey(e.table.physical,
                    parentTable.physical, cols.stream().map(ColumnDraft::physical).toList())),
                    cols.stream().map(ColumnDraft::stored).toList(), parentTable.name,
                    parent.key.stream().map(KeyColumn::stored).toList(), cols.get(0).location(), false));
        }
    }

    private void mapAttributes(EntityInfo e) {
        if (e.table == null) {
            return;
        }
        boolean tablePerClass = e.root().strategy.equals("TABLE_PER_CLASS");
        List<JavaClass> classes = tablePerClass ? e.allClasses() : e.ownClasses();
        String guard = e.isSingleTableSubclass() ? discriminatorColumn(e.root()) + " <> " + discriminatorLiteral(e) : null;
        ColumnMapper.Where where = new ColumnMapper.Where(e.table, Map.of(), false, guard, false);
        for (JavaClass c : classes) {
            EntityInfo declaring = ctx.entity(c) != null ? ctx.entity(c) : e;
            for (Attribute a : ctx.attributes(c, e.propertyAccess)) {
                if (a.has("Id") || a.has("EmbeddedId") || a == mapsId(e)) {
                    continue;
                }
                if (a.has("ManyToOne") || a.has("OneToOne")) {
                    associations.toOne(a, declaring, e.table, guard != null, false);
                } else if (a.has("OneToMany") || a.has("ManyToMany") || a.has("ElementCollection")) {
                    if (c == e.cls || !tablePerClass || ctx.entity(c) == null) {
                        associations.collection(a, e);
                    }
                } else if (columns.canMap(a) || a.has("Embedded")) {
                    columns.map(a, where);
                } else if (ctx.entity(ctx.resolve(a.type(), a.owner())) != null) {
                    ctx.error(e.entityName + "." + a.name() + " references an entity without @ManyToOne or @OneToOne;"
                            + " not mapped", a.location());
                } else {
                    columns.map(a, where); // reports why it cannot be mapped
                }
            }
        }
    }

    private String discriminatorColumn(EntityInfo root) {
        Ann dc = Ann.find(root.cls.declaration(), "DiscriminatorColumn", root.cls);
        String logical = dc != null && dc.name("name") != null ? dc.name("name") : "DTYPE";
        return ctx.naming.storedFromLogical(logical);
    }

    private String discriminatorLiteral(EntityInfo e) {
        Ann dv = Ann.find(e.cls.declaration(), "DiscriminatorValue", e.cls);
        String value = dv != null && dv.string("value") != null ? dv.string("value") : e.entityName;
        Ann dc = Ann.find(e.root().cls.declaration(), "DiscriminatorColumn", e.root().cls);
        boolean integer = dc != null && "INTEGER".equals(dc.constant("discriminatorType"));
        return integer ? value : "'" + value + "'";
    }

    private void discriminator(EntityInfo root) {
        if (!root.strategy.equals("SINGLE_TABLE") || root.children.isEmpty() || root.table == null) {
            return;
        }
        Ann dc = Ann.find(root.cls.declaration(), "DiscriminatorColumn", root.cls);
        String logical = dc != null && dc.name("name") != null ? dc.name("name") : "DTYPE";
        String kind = dc == null || dc.constant("discriminatorType") == null ? "STRING" : dc.constant("discriminatorType");
        ColumnType type = switch (kind) {
            case "INTEGER" -> BasicTypes.of("integer", ctx.dialect, -1, 0, 0, false, null);
            case "CHAR" -> BasicTypes.of("char", ctx.dialect, -1, 0, 0, false, null);
            default -> BasicTypes.varchar(ctx.dialect, dc == null || dc.number("length") == null ? 31 : dc.number("length"));
        };
        String physical = ctx.naming.physical(logical);
        String stored = ctx.naming.stored(physical);
        root.table.add(new ColumnDraft(logical, physical, stored, type, false, null, null, root.table.location));
        List<String> values = new ArrayList<>();
        collectConcrete(root, values);
        if (!ctx.six()) { // the discriminator's check of known values is new in Hibernate 7
            root.table.checks.add(new CheckDraft(stored + " in (" + String.join(",", values) + ")", List.of(stored)));
        }
    }

    private void collectConcrete(EntityInfo e, List<String> values) {
        if (!e.isAbstract) {
            values.add(discriminatorLiteral(e));
        }
        e.children.forEach(c -> collectConcrete(c, values));
    }

    /** {@code @Table(uniqueConstraints, indexes)}. */
    private void tableAnnotations(EntityInfo e) {
        Ann table = Ann.find(e.cls.declaration(), "Table", e.cls);
        if (table == null) {
            return;
        }
        TableDraft t = e.table;
        for (Ann uc : table.annotations("uniqueConstraints")) {
            List<String> cols = uc.strings("columnNames").stream().map(n -> storedColumn(t, n)).toList();
            String name = uc.name("name");
            addUnique(t, name == null ? null : ctx.naming.stored(name), t.ordered(cols));
        }
        for (Ann idx : table.annotations("indexes")) {
            String list = idx.string("columnList");
            if (list == null) {
                continue;
            }
            List<String> logical = new ArrayList<>();
            List<String> stored = new ArrayList<>();
            List<Boolean> desc = new ArrayList<>();
            for (String part : list.split(",")) {
                String[] words = part.trim().split("\\s+");
                logical.add(words[0]);
                stored.add(storedColumn(t, words[0]));
                desc.add(words.length > 1 && words[1].equalsIgnoreCase("desc"));
            }
            String name = idx.name("name") != null ? idx.name("name") : HibernateNames.constraint("IDX", t.physical, logical);
            if (idx.bool("unique", false)) {
                addUnique(t, ctx.naming.stored(name), stored);
            } else {
                t.indexes.add(new IndexDraft(ctx.naming.stored(name), stored, desc, new SourceLocation(e.cls.file(), idx.line(), 0)));
            }
        }
    }

    /** Hibernate keeps one unique key per column set: a second one on the same columns is dropped. */
    private static void addUnique(TableDraft t, String name, List<String> cols) {
        boolean exists = t.uniques.stream().anyMatch(u -> new java.util.HashSet<>(u.columns()).equals(new java.util.HashSet<>(cols)));
        if (!exists) {
            t.uniques.add(new UniqueDraft(name, cols));
        }
    }

    private String storedColumn(TableDraft t, String logical) {
        ColumnDraft c = t.byLogical(logical);
        return c != null ? c.stored() : ctx.naming.storedFromLogical(logical);
    }
}
