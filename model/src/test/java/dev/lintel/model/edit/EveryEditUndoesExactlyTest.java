package dev.lintel.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lintel.model.lint.Finding;
import dev.lintel.model.lint.Fix;
import dev.lintel.model.lint.LintSettings;
import dev.lintel.model.lint.Linter;
import dev.lintel.model.schema.CheckConstraint;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.EnumType;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Identity;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.PrimaryKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The property behind undo: for every kind of edit, on every table and column of real schemas,
 * applying the edit changes the schema, applying its inverse gives back an equal schema, and
 * applying the edit again (redo) gives the same result as the first time.
 */
class EveryEditUndoesExactlyTest {
    enum Kind {
        ADD_TABLE, RENAME_TABLE, MOVE_TABLE, DROP_TABLE, TABLE_COMMENT,
        ADD_COLUMN, RENAME_COLUMN, DROP_COLUMN, MOVE_COLUMN, COLUMN_TYPE, NULLABILITY, DEFAULT, IDENTITY, COLUMN_COMMENT,
        ADD_PRIMARY_KEY, DROP_PRIMARY_KEY, ADD_UNIQUE, DROP_UNIQUE, ADD_FOREIGN_KEY, DROP_FOREIGN_KEY,
        ADD_CHECK, DROP_CHECK, ADD_INDEX, DROP_INDEX,
        CREATE_ENUM, DROP_ENUM, ADD_ENUM_VALUE, RENAME_ENUM_VALUE, COMPOSITE, QUICK_FIX
    }

    static Stream<Arguments> schemas() {
        // The sample gets an enum that no column uses, so that dropping an enum is covered too.
        EnumType spare = new EnumType(QualifiedName.of("public", "spare_kind"), List.of("a", "b"), null);
        return EditSchemas.all().stream().map(e -> Arguments.of(e.getKey(), e.getKey().equals("sample.postgres")
                ? e.getValue().withEnums(Stream.concat(e.getValue().enums().stream(), Stream.of(spare)).toList())
                : e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void everyEditIsUndoneExactlyAndRedoneIdentically(String name, Schema schema) {
        List<String> failures = new ArrayList<>();
        Set<Kind> exercised = EnumSet.noneOf(Kind.class);
        for (Map.Entry<Kind, Edit> e : editsOf(schema)) {
            exercised.add(e.getKey());
            Edit edit = e.getValue();
            try {
                Edit.Applied applied = edit.apply(schema);
                if (applied.schema().equals(schema)) {
                    failures.add(edit + ": changed nothing");
                    continue;
                }
                Schema undone = applied.inverse().apply(applied.schema()).schema();
                if (!undone.equals(schema)) {
                    failures.add(edit + ": undo gave a different schema");
                }
                if (!edit.apply(undone).schema().equals(applied.schema())) {
                    failures.add(edit + ": redo gave a different schema");
                }
            } catch (RuntimeException ex) {
                failures.add(edit + ": " + ex);
            }
        }
        assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())), name + ": " + failures.size() + " failures");
        if (name.equals("sample.postgres")) {
            // The always-present sample exercises every kind, so no kind goes untested on a fresh clone.
            assertEquals(EnumSet.allOf(Kind.class), exercised);
        }
    }

    private static List<Map.Entry<Kind, Edit>> editsOf(Schema s) {
        List<Map.Entry<Kind, Edit>> out = new ArrayList<>();
        for (Table t : s.tables()) {
            QualifiedName n = t.name();
            add(out, Kind.ADD_TABLE, TableEdits.AddTable.atEnd(t.withName(n.withName(n.name() + "_copy"))));
            add(out, Kind.ADD_TABLE, new TableEdits.AddTable(Table.of(n.withName(n.name() + "_new"), List.of()), 0));
            add(out, Kind.RENAME_TABLE, new TableEdits.RenameTable(n, n.name() + "_renamed"));
            add(out, Kind.MOVE_TABLE, new TableEdits.MoveTable(n, "elsewhere"));
            add(out, Kind.DROP_TABLE, new TableEdits.DropTable(n));
            add(out, Kind.TABLE_COMMENT, new TableEdits.SetTableComment(n, "edited " + t.comment()));
            for (int i = 0; i < t.columns().size(); i++) {
                Column c = t.columns().get(i);
                add(out, Kind.ADD_COLUMN, new ColumnEdits.AddColumn(n, Column.of(c.name() + "_extra", DataType.of("text")), i));
                add(out, Kind.RENAME_COLUMN, new ColumnEdits.RenameColumn(n, c.name(), c.name() + "_renamed"));
                add(out, Kind.DROP_COLUMN, new ColumnEdits.DropColumn(n, c.name()));
                if (t.columns().size() > 1) {
                    add(out, Kind.MOVE_COLUMN, new ColumnEdits.MoveColumn(n, c.name(), i == 0 ? t.columns().size() - 1 : 0));
                }
                add(out, Kind.COLUMN_TYPE, new ColumnEdits.SetColumnType(n, c.name(),
                        c.type().equals(DataType.of("text")) ? DataType.of("varchar", "10") : DataType.of("text")));
                if (!t.isPrimaryKeyColumn(c.name())) {
                    add(out, Kind.NULLABILITY, new ColumnEdits.SetNullable(n, c.name(), !c.nullable()));
                }
                add(out, Kind.DEFAULT, new ColumnEdits.SetDefault(n, c.name(), c.defaultExpression() == null ? "42" : null));
                add(out, Kind.IDENTITY, new ColumnEdits.SetIdentity(n, c.name(), c.identity() == null ? Identity.byDefault() : null));
                add(out, Kind.COLUMN_COMMENT, new ColumnEdits.SetColumnComment(n, c.name(), "about " + c.name()));
            }
            constraintEdits(s, t, out);
        }
        for (EnumType e : s.enums()) {
            add(out, Kind.CREATE_ENUM, new EnumEdits.CreateEnum(new EnumType(e.name().withName(e.name().name() + "_2"),
                    e.values(), null), 0));
            boolean used = s.tables().stream().flatMap(t -> t.columns().stream()).anyMatch(c -> e.name().equals(c.type().userType()));
            if (!used) {
                add(out, Kind.DROP_ENUM, new EnumEdits.DropEnum(e.name()));
            }
            add(out, Kind.ADD_ENUM_VALUE, new EnumEdits.AddEnumValue(e.name(), "new_value", 0));
            for (String v : e.values()) {
                add(out, Kind.RENAME_ENUM_VALUE, new EnumEdits.RenameEnumValue(e.name(), v, v + "_renamed"));
            }
        }
        for (Finding f : new Linter().lint(s, LintSettings.defaults()).findings()) {
            for (Fix fix : f.fixes()) {
                if (!fix.apply(s).equals(s)) {
                    add(out, Kind.QUICK_FIX, new ApplyFix(fix));
                }
            }
        }
        return out;
    }

    private static void constraintEdits(Schema s, Table t, List<Map.Entry<Kind, Edit>> out) {
        QualifiedName n = t.name();
        String first = t.columns().isEmpty() ? null : t.columns().get(0).name();
        if (t.primaryKey() != null) {
            add(out, Kind.DROP_PRIMARY_KEY, new ConstraintEdits.DropPrimaryKey(n));
        } else if (first != null) {
            add(out, Kind.ADD_PRIMARY_KEY, new ConstraintEdits.AddPrimaryKey(n, PrimaryKey.of(n.name() + "_new_pkey", first)));
        }
        t.uniqueConstraints().forEach(u -> add(out, Kind.DROP_UNIQUE, new ConstraintEdits.DropUnique(n, u.name())));
        t.foreignKeys().forEach(f -> add(out, Kind.DROP_FOREIGN_KEY, new ConstraintEdits.DropForeignKey(n, f.name())));
        t.checks().forEach(c -> add(out, Kind.DROP_CHECK, new ConstraintEdits.DropCheck(n, c.name())));
        t.indexes().forEach(i -> add(out, Kind.DROP_INDEX, new ConstraintEdits.DropIndex(n, i.name())));
        if (first != null) {
            add(out, Kind.ADD_UNIQUE, new ConstraintEdits.AddUnique(n, UniqueConstraint.of(n.name() + "_new_key", first)));
            add(out, Kind.ADD_CHECK, new ConstraintEdits.AddCheck(n, CheckConstraint.of(n.name() + "_new_check",
                    first + " IS NOT NULL")));
            add(out, Kind.ADD_INDEX, new ConstraintEdits.AddIndex(n, Index.on(n.name() + "_new_idx", false, first)));
            add(out, Kind.ADD_FOREIGN_KEY, new ConstraintEdits.AddForeignKey(n,
                    ForeignKey.of(n.name() + "_new_fkey", List.of(first), n, List.of(first))));
            add(out, Kind.COMPOSITE, Composite.of("Add foreign key + index",
                    new ConstraintEdits.AddForeignKey(n, ForeignKey.of(n.name() + "_self_fkey", List.of(first), n, List.of(first))),
                    new ConstraintEdits.AddIndex(n, Index.on(n.name() + "_self_idx", false, first))));
        }
    }

    private static void add(List<Map.Entry<Kind, Edit>> out, Kind kind, Edit edit) {
        out.add(Map.entry(kind, edit));
    }
}
