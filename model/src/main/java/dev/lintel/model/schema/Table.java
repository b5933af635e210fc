package dev.lintel.model.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A table with its columns (in declaration order), constraints and indexes.
 *
 * @param partitionBy the {@code PARTITION BY} clause body ({@code RANGE (created_at)}) of a partitioned table, or null
 * @param partitionOf the parent of a partition, or null; {@code partitionBound} is then its bound text
 *        ({@code FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')} or {@code DEFAULT})
 * @param inherits parents named by {@code INHERITS (...)}
 */
public record Table(
        QualifiedName name,
        List<Column> columns,
        PrimaryKey primaryKey,
        List<UniqueConstraint> uniqueConstraints,
        List<ForeignKey> foreignKeys,
        List<CheckConstraint> checks,
        List<ExclusionConstraint> exclusions,
        List<Index> indexes,
        String comment,
        boolean unlogged,
        String partitionBy,
        QualifiedName partitionOf,
        String partitionBound,
        List<QualifiedName> inherits) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = Lists.copy(columns);
        uniqueConstraints = Lists.copy(uniqueConstraints);
        foreignKeys = Lists.copy(foreignKeys);
        checks = Lists.copy(checks);
        exclusions = Lists.copy(exclusions);
        indexes = Lists.copy(indexes);
        partitionBy = Lists.blankToNull(partitionBy);
        partitionBound = Lists.blankToNull(partitionBound);
        inherits = Lists.copy(inherits);
    }

    public static Table of(QualifiedName name, List<Column> columns) {
        return new Table(name, columns, null, List.of(), List.of(), List.of(), List.of(), List.of(), null, false,
                null, null, null, List.of());
    }

    public static Builder builder(QualifiedName name) {
        return new Builder(name);
    }

    public Builder toBuilder() {
        Builder b = new Builder(name);
        b.columns.addAll(columns);
        b.primaryKey = primaryKey;
        b.uniqueConstraints.addAll(uniqueConstraints);
        b.foreignKeys.addAll(foreignKeys);
        b.checks.addAll(checks);
        b.exclusions.addAll(exclusions);
        b.indexes.addAll(indexes);
        b.comment = comment;
        b.unlogged = unlogged;
        b.partitionBy = partitionBy;
        b.partitionOf = partitionOf;
        b.partitionBound = partitionBound;
        b.inherits.addAll(inherits);
        return b;
    }

    public Optional<Column> column(String columnName) {
        for (Column c : columns) {
            if (c.name().equals(columnName)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public boolean hasColumn(String columnName) {
        return column(columnName).isPresent();
    }

    public boolean isPartitioned() {
        return partitionBy != null;
    }

    public boolean isPartition() {
        return partitionOf != null;
    }

    /** Every named constraint of the table, primary key first. */
    public List<Constraint> constraints() {
        List<Constraint> all = new ArrayList<>();
        if (primaryKey != null) {
            all.add(primaryKey);
        }
        all.addAll(uniqueConstraints);
        all.addAll(foreignKeys);
        all.addAll(checks);
        all.addAll(exclusions);
        return all;
    }

    public boolean isPrimaryKeyColumn(String columnName) {
        return primaryKey != null && primaryKey.columns().contains(columnName);
    }

    /** Column sets that are guaranteed unique: the primary key, unique constraints, unique non-partial indexes. */
    public List<List<String>> uniqueColumnSets() {
        return Stream.of(
                        Stream.ofNullable(primaryKey).map(PrimaryKey::columns),
                        uniqueConstraints.stream().map(UniqueConstraint::columns),
                        indexes.stream().filter(i -> i.unique() && !i.isPartial()
                                        && i.keys().stream().allMatch(IndexKey::isColumn))
                                .map(Index::leadingColumns))
                .flatMap(s -> s)
                .toList();
    }

    public Table withName(QualifiedName v) {
        return toBuilder().name(v).build();
    }

    public Table withColumns(List<Column> v) {
        return toBuilder().columns(v).build();
    }

    public Table withComment(String v) {
        return toBuilder().comment(v).build();
    }

    /** Canonical order: constraints and indexes by name; columns keep declaration order (it is meaningful). */
    public Table normalize() {
        Comparator<String> nullsFirst = Comparator.nullsFirst(Comparator.naturalOrder());
        return new Table(name, columns, primaryKey,
                Lists.sorted(uniqueConstraints, Comparator.comparing(UniqueConstraint::name, nullsFirst)
                        .thenComparing(u -> u.columns().toString())),
                Lists.sorted(foreignKeys, Comparator.comparing(ForeignKey::name, nullsFirst)
                        .thenComparing(f -> f.columns().toString())),
                Lists.sorted(checks, Comparator.comparing(CheckConstraint::name, nullsFirst)
                        .thenComparing(CheckConstraint::expression)),
                Lists.sorted(exclusions, Comparator.comparing(ExclusionConstraint::name, nullsFirst)
                        .thenComparing(ExclusionConstraint::definition)),
                Lists.sorted(indexes, Comparator.comparing(Index::name)),
                comment, unlogged, partitionBy, partitionOf, partitionBound, inherits);
    }

    /** Mutable builder for importers and edits; {@link #build()} gives the immutable value. */
    public static final class Builder {
        private QualifiedName name;
        private final List<Column> columns = new ArrayList<>();
        private PrimaryKey primaryKey;
        private final List<UniqueConstraint> uniqueConstraints = new ArrayList<>();
        private final List<ForeignKey> foreignKeys = new ArrayList<>();
        private final List<CheckConstraint> checks = new ArrayList<>();
        private final List<ExclusionConstraint> exclusions = new ArrayList<>();
        private final List<Index> indexes = new ArrayList<>();
        private String comment;
        private boolean unlogged;
        private String partitionBy;
        private QualifiedName partitionOf;
        private String partitionBound;
        private final List<QualifiedName> inherits = new ArrayList<>();

        private Builder(QualifiedName name) {
            this.name = name;
        }

        public Builder name(QualifiedName v) { name = v; return this; }
        public Builder columns(List<Column> v) { columns.clear(); columns.addAll(v); return this; }
        public Builder addColumn(Column v) { columns.add(v); return this; }
        public Builder primaryKey(PrimaryKey v) { primaryKey = v; return this; }
        public Builder uniqueConstraints(List<UniqueConstraint> v) { uniqueConstraints.clear(); uniqueConstraints.addAll(v); return this; }
        public Builder addUnique(UniqueConstraint v) { uniqueConstraints.add(v); return this; }
        public Builder foreignKeys(List<ForeignKey> v) { foreignKeys.clear(); foreignKeys.addAll(v); return this; }
        public Builder addForeignKey(ForeignKey v) { foreignKeys.add(v); return this; }
        public Builder checks(List<CheckConstraint> v) { checks.clear(); checks.addAll(v); return this; }
        public Builder addCheck(CheckConstraint v) { checks.add(v); return this; }
        public Builder exclusions(List<ExclusionConstraint> v) { exclusions.clear(); exclusions.addAll(v); return this; }
        public Builder addExclusion(ExclusionConstraint v) { exclusions.add(v); return this; }
        public Builder indexes(List<Index> v) { indexes.clear(); indexes.addAll(v); return this; }
        public Builder addIndex(Index v) { indexes.add(v); return this; }
        public Builder comment(String v) { comment = v; return this; }
        public Builder unlogged(boolean v) { unlogged = v; return this; }
        public Builder partitionBy(String v) { partitionBy = v; return this; }
        public Builder partitionOf(QualifiedName parent, String bound) { partitionOf = parent; partitionBound = bound; return this; }
        public Builder inherits(List<QualifiedName> v) { inherits.clear(); inherits.addAll(v); return this; }

        public List<Column> columns() { return columns; }
        public List<Index> indexes() { return indexes; }
        public List<UniqueConstraint> uniqueConstraints() { return uniqueConstraints; }
        public List<ForeignKey> foreignKeys() { return foreignKeys; }
        public List<CheckConstraint> checks() { return checks; }
        public PrimaryKey primaryKey() { return primaryKey; }
        public QualifiedName name() { return name; }

        public Table build() {
            return new Table(name, columns, primaryKey, uniqueConstraints, foreignKeys, checks, exclusions, indexes,
                    comment, unlogged, partitionBy, partitionOf, partitionBound, inherits);
        }
    }
}
