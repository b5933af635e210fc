package dev.lintel.model.jpa;

import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.Identity;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.SourceLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table while the mapping fills it: columns keyed by stored name, constraints in the order the
 * mapping meets them. {@code physical} is Hibernate's identifier (before the database folds it),
 * which its hashed constraint names are made of.
 */
final class TableDraft {
    final String physical;
    final QualifiedName name;
    final SourceLocation location;
    final Map<String, ColumnDraft> columns = new LinkedHashMap<>();
    List<String> primaryKey = List.of();
    final List<UniqueDraft> uniques = new ArrayList<>();
    final List<ForeignKeyDraft> foreignKeys = new ArrayList<>();
    final List<CheckDraft> checks = new ArrayList<>();
    final List<IndexDraft> indexes = new ArrayList<>();

    TableDraft(String physical, QualifiedName name, SourceLocation location) {
        this.physical = physical;
        this.name = name;
        this.location = location;
    }

    /** A column as the mapping makes it; {@code logical} is the name before the naming strategy. */
    record ColumnDraft(String logical, String physical, String stored, ColumnType type, boolean nullable,
                       Identity identity, String definitionDefault, SourceLocation location) {
        Column toColumn() {
            return new Column(stored, type.type(), nullable && identity == null, definitionDefault, identity,
                    Column.SerialKind.NONE, null, null, null);
        }

        ColumnDraft withNullable(boolean v) {
            return new ColumnDraft(logical, physical, stored, type, v, identity, definitionDefault, location);
        }
    }

    /** @param name the stored name, or null for a constraint the database names */
    record UniqueDraft(String name, List<String> columns) {
    }

    /** @param notEnforced mapped with {@code @ForeignKey(NO_CONSTRAINT)}: a relationship in code, no constraint in the database */
    record ForeignKeyDraft(String name, List<String> columns, QualifiedName target, List<String> targetColumns,
                           SourceLocation location, boolean notEnforced) {
    }

    /** @param columns the columns the expression mentions (PostgreSQL names the check after a single one) */
    record CheckDraft(String expression, List<String> columns) {
    }

    record IndexDraft(String name, List<String> columns, List<Boolean> descending, SourceLocation location) {
    }

    /** Adds a column unless one of that name exists (a single-table hierarchy maps shared names once). */
    ColumnDraft add(ColumnDraft c) {
        return columns.putIfAbsent(c.stored(), c) == null ? c : columns.get(c.stored());
    }

    ColumnDraft byLogical(String logical) {
        for (ColumnDraft c : columns.values()) {
            if (c.logical().equals(logical) || c.physical().equals(logical) || c.stored().equals(logical)) {
                return c;
            }
        }
        return null;
    }

    /** Hibernate's column order: {@code max(size, 4)}, then {@code size > 2048}, then physical name. */
    static final Comparator<ColumnDraft> HIBERNATE_ORDER = Comparator
            .<ColumnDraft>comparingLong(c -> Math.max(c.type().size(), 4))
            .thenComparing(c -> c.type().size() > 2048)
            .thenComparing(ColumnDraft::physical);

    List<ColumnDraft> orderedColumns() {
        List<ColumnDraft> out = new ArrayList<>(columns.values());
        out.sort(HIBERNATE_ORDER);
        return out;
    }

    /** Stored column names in Hibernate's order. */
    List<String> ordered(List<String> storedNames) {
        List<ColumnDraft> cs = new ArrayList<>();
        for (String n : storedNames) {
            ColumnDraft c = columns.get(n);
            if (c == null) {
                return storedNames;
            }
            cs.add(c);
        }
        cs.sort(HIBERNATE_ORDER);
        return cs.stream().map(ColumnDraft::stored).toList();
    }
}
