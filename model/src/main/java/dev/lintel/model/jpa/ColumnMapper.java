package dev.lintel.model.jpa;

import com.github.javaparser.ast.body.EnumDeclaration;
import dev.lintel.model.ddl.parse.DdlImportResult;
import dev.lintel.model.ddl.parse.DdlImporter;
import dev.lintel.model.jpa.TableDraft.CheckDraft;
import dev.lintel.model.jpa.TableDraft.ColumnDraft;
import dev.lintel.model.jpa.TableDraft.UniqueDraft;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.Identity;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Basic and embedded attributes to columns, as Hibernate binds them: name, type, length,
 * precision, nullability (primitives, {@code @Column(nullable)}, {@code @Basic(optional)}, Bean
 * Validation), {@code unique}, and the CHECK constraints Hibernate adds (enum values, {@code @Min}/{@code @Max}).
 */
final class ColumnMapper {
    private final MappingContext ctx;

    ColumnMapper(MappingContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Where an attribute is mapped from.
     *
     * @param overrides {@code @AttributeOverride} columns by attribute path, relative to this level
     * @param inEmbeddable primitives of embeddables do not make a column NOT NULL
     * @param discriminatorGuard for a single-table subclass, {@code kind <> 'CAR'}: its primitives
     *        and Bean Validation constraints become a CHECK guarded by the discriminator, not NOT NULL
     * @param id the column is (part of) the primary key
     */
    record Where(TableDraft table, Map<String, Ann> overrides, boolean inEmbeddable, String discriminatorGuard, boolean id) {
        Where nested(String property) {
            Map<String, Ann> inner = new HashMap<>();
            String prefix = property + ".";
            overrides.forEach((k, v) -> {
                if (k.startsWith(prefix)) {
                    inner.put(k.substring(prefix.length()), v);
                }
            });
            return new Where(table, inner, true, discriminatorGuard, id);
        }

        /** Adds an attribute's own {@code @AttributeOverride}s; the outer ones (already relative) win. */
        Where withOverrides(Map<String, Ann> own, Where outer) {
            Map<String, Ann> merged = new HashMap<>(own);
            merged.putAll(overrides);
            return new Where(table, merged, inEmbeddable, discriminatorGuard, id);
        }
    }

    static Map<String, Ann> overridesOf(Attribute a) {
        Map<String, Ann> out = new HashMap<>();
        List<Ann> all = new ArrayList<>();
        Ann many = a.ann("AttributeOverrides");
        if (many != null) {
            all.addAll(many.annotations("value"));
        }
        Ann one = a.ann("AttributeOverride");
        if (one != null) {
            all.add(one);
        }
        for (Ann o : all) {
            String name = o.name("name");
            Ann column = o.annotation("column");
            if (name != null && column != null) {
                out.put(name, column);
            }
        }
        return out;
    }

    /** True when {@code a} is a basic or embedded attribute this mapper can take. */
    boolean canMap(Attribute a) {
        JavaClass t = ctx.resolve(a.type(), a.owner());
        return ctx.isEmbeddable(t) || ctx.isEnum(t) || BasicTypes.kindOf(a.rawTypeName(), a.owner()) != null
                || a.type().isArrayType() && BasicTypes.kindOf(a.type().asString(), a.owner()) != null;
    }

    /** Maps a basic or embedded attribute; returns its columns (none when it cannot be mapped, with a diagnostic). */
    List<ColumnDraft> map(Attribute a, Where where) {
        JavaClass t = ctx.resolve(a.type(), a.owner());
        if (a.has("Embedded") || a.has("EmbeddedId") || ctx.isEmbeddable(t)) {
            if (!ctx.isEmbeddable(t)) {
                ctx.error("embedded type " + a.rawTypeName() + " of " + a.owner().simpleName() + "." + a.name()
                        + " is not an @Embeddable in the sources; attribute not mapped", a.location());
                return List.of();
            }
            return embedded(t, where.nested(a.name()).withOverrides(overridesOf(a), where));
        }
        ColumnDraft c = basic(a, where, a.name());
        return c == null ? List.of() : List.of(c);
    }

    List<ColumnDraft> embedded(JavaClass embeddable, Where where) {
        List<ColumnDraft> out = new ArrayList<>();
        boolean property = Attributes.usesPropertyAccess(List.of(embeddable));
        for (Attribute inner : ctx.attributes(embeddable, property)) {
            if (inner.has("ManyToOne") || inner.has("OneToOne") || inner.has("OneToMany") || inner.has("ManyToMany")
                    || inner.has("ElementCollection")) {
                ctx.warn("associations inside embeddables are not mapped yet: " + embeddable.simpleName() + "." + inner.name(),
                        inner.location());
                continue;
            }
            JavaClass t = ctx.resolve(inner.type(), inner.owner());
            if (ctx.isEmbeddable(t)) {
                Where nested = where.nested(inner.name());
                out.addAll(embedded(t, nested.withOverrides(overridesOf(inner), nested)));
            } else {
                ColumnDraft c = basic(inner, where, inner.name());
                if (c != null) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** A basic attribute's column, or null (with a diagnostic) when its type is unknown. */
    ColumnDraft basic(Attribute a, Where where, String defaultName) {
        Ann column = where.overrides().getOrDefault(a.name(), a.ann("Column"));
        String logical = column != null && column.name("name") != null ? column.name("name") : defaultName;
        String physical = ctx.naming.physical(logical);
        String stored = ctx.naming.stored(physical);
        JavaClass t = ctx.resolve(a.type(), a.owner());
        List<String> checks = new ArrayList<>();
        ColumnType type;
        if (ctx.isEnum(t)) {
            type = enumType(a, t, stored, checks);
        } else {
            String typeName = a.type().isArrayType() ? a.type().asString() : a.rawTypeName();
            String kind = BasicTypes.kindOf(typeName, a.owner());
            if (kind == null) {
                ctx.error("cannot map " + a.owner().simpleName() + "." + a.name() + ": type " + a.type().asString()
                        + " is neither a basic type nor a class in the sources", a.location());
                return null;
            }
            long length = column == null ? -1 : column.number("length") == null ? -1 : column.number("length");
            // Hibernate applies Bean Validation to DDL for an entity's own attributes, not inside embeddables
            boolean validated = !where.inEmbeddable();
            Ann size = validated ? a.ann("Size") : null;
            if (size != null && size.number("max") != null && kind.equals("string")) {
                length = size.number("max");
            }
            int precision = column == null || column.number("precision") == null ? 0 : column.number("precision").intValue();
            int scale = column == null || column.number("scale") == null ? 0 : column.number("scale").intValue();
            Ann digits = validated ? a.ann("Digits") : null;
            if (digits != null && digits.number("integer") != null) {
                scale = digits.number("fraction") == null ? 0 : digits.number("fraction").intValue();
                precision = digits.number("integer").intValue() + scale;
            }
            Ann temporal = a.ann("Temporal");
            type = BasicTypes.of(kind, ctx.dialect, length, precision, scale, a.has("Lob"),
                    temporal == null ? null : temporal.constant("value"));
            if (validated) {
                minMax(a, stored, checks);
            }
        }
        if (ctx.six()) {
            type = BasicTypes.asHibernate6(type);
        }
        // Hibernate 7 makes a @Version column NOT NULL; 6 left a wrapper type (Long, Integer) nullable.
        boolean nullable = !where.id() && !(a.has("Version") && !ctx.six());
        if (column != null && !column.bool("nullable", true)) {
            nullable = false;
        }
        Ann basic = a.ann("Basic");
        if (basic != null && !basic.bool("optional", true)) {
            nullable = false;
        }
        boolean requiredByJava = a.isPrimitive() && !where.inEmbeddable();
        boolean requiredByValidation = !where.inEmbeddable() && (a.has("NotNull") || a.has("NotBlank") || a.has("NotEmpty"));
        if (where.discriminatorGuard() == null) {
            nullable &= !requiredByJava && !requiredByValidation;
        } else if (requiredByJava && nullable && !ctx.six()) { // 6 wrote no such check
            where.table().checks.add(new CheckDraft(where.discriminatorGuard() + " or (" + stored + " is not null)",
                    List.of(discriminatorOf(where.discriminatorGuard()), stored)));
        }
        String definitionDefault = null;
        if (column != null && column.name("columnDefinition") != null) {
            Column defined = columnDefinition(column.name("columnDefinition"), a);
            if (defined != null) {
                type = type.withType(defined.type());
                definitionDefault = defined.defaultExpression();
                nullable &= defined.nullable();
            }
        }
        ColumnDraft draft = where.table().add(new ColumnDraft(logical, physical, stored, type, nullable, null,
                definitionDefault, a.location()));
        ctx.locations.put(dev.lintel.model.schema.ObjectPath.column(where.table().name, stored).toString(), a.location());
        for (String check : checks) {
            where.table().checks.add(new CheckDraft(check, List.of(stored)));
        }
        if (column != null && column.bool("unique", false)) {
            where.table().uniques.add(new UniqueDraft(null, List.of(stored)));
        }
        return draft;
    }

    private static String discriminatorOf(String guard) {
        return guard.substring(0, guard.indexOf(' '));
    }

    ColumnDraft identity(ColumnDraft c) {
        return new ColumnDraft(c.logical(), c.physical(), c.stored(), c.type(), false, Identity.byDefault(),
                c.definitionDefault(), c.location());
    }

    private ColumnType enumType(Attribute a, JavaClass enumClass, String stored, List<String> checks) {
        List<String> constants = ((EnumDeclaration) enumClass.declaration()).getEntries().stream()
                .map(e -> e.getNameAsString()).toList();
        Ann enumerated = a.ann("Enumerated");
        boolean string = enumerated != null && "STRING".equals(enumerated.constant("value"));
        if (string && ctx.dialect == dev.lintel.model.dialect.Dialect.H2) {
            // Hibernate's H2Dialect maps STRING enums to H2's native ENUM type, no CHECK
            return new ColumnType(new DataType("enum", constants.stream().map(c -> "'" + c + "'").toList(), 0, null),
                    ColumnType.UNBOUNDED);
        }
        if (string) {
            Ann column = a.ann("Column");
            long length = column == null || column.number("length") == null ? -1 : column.number("length");
            checks.add(stored + " in (" + constants.stream().map(c -> "'" + c + "'").collect(Collectors.joining(",")) + ")");
            return BasicTypes.varchar(ctx.dialect, length);
        }
        checks.add(stored + " between 0 and " + (constants.size() - 1));
        return BasicTypes.ordinalEnum(ctx.dialect);
    }

    /** Bean Validation {@code @Max}/{@code @Min} as Hibernate writes them: one CHECK, max first. */
    private void minMax(Attribute a, String stored, List<String> checks) {
        Ann min = a.ann("Min");
        Ann max = a.ann("Max");
        List<String> parts = new ArrayList<>();
        if (max != null && max.number("value") != null) {
            parts.add("(" + stored + "<=" + max.number("value") + ")");
        }
        if (min != null && min.number("value") != null) {
            parts.add("(" + stored + ">=" + min.number("value") + ")");
        }
        if (parts.size() == 1) {
            checks.add(parts.get(0).substring(1, parts.get(0).length() - 1));
        } else if (parts.size() == 2) {
            checks.add(parts.get(0) + " and " + parts.get(1));
        }
    }

    /** {@code columnDefinition} is SQL written into the DDL as is: read it with the DDL importer. */
    private Column columnDefinition(String definition, Attribute a) {
        DdlImportResult r = new DdlImporter().importText("CREATE TABLE t (c " + definition + ");", null, ctx.dialect);
        List<Table> tables = r.schema().tables();
        if (tables.isEmpty() || tables.get(0).columns().isEmpty() || !r.diagnostics().isEmpty()) {
            ctx.warn("columnDefinition \"" + definition + "\" of " + a.owner().simpleName() + "." + a.name()
                    + " could not be read; the Java type's SQL type is used", a.location());
            return null;
        }
        return tables.get(0).columns().get(0);
    }

    static DataType typeOf(ColumnDraft c) {
        return c.type().type();
    }
}
