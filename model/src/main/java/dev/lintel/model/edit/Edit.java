package dev.lintel.model.edit;

import dev.lintel.model.schema.Schema;

/**
 * One change of a design, as a value: what the user did ({@link #label()}, shown as "Undo Add
 * column email") and how it changes a schema. {@link #apply} also returns the edit that undoes it,
 * computed against the schema it was applied to, so that undo gives back exactly that schema.
 *
 * <p>Edits are strict: one that does not fit the schema (its table is missing, its new name is
 * taken) throws {@link EditException} and changes nothing.
 */
public sealed interface Edit permits
        TableEdits.AddTable, TableEdits.RenameTable, TableEdits.MoveTable, TableEdits.DropTable,
        TableEdits.SetTableComment,
        ColumnEdits.AddColumn, ColumnEdits.RenameColumn, ColumnEdits.DropColumn, ColumnEdits.MoveColumn,
        ColumnEdits.SetColumnType, ColumnEdits.SetNullable, ColumnEdits.SetDefault, ColumnEdits.SetIdentity,
        ColumnEdits.SetColumnComment,
        ConstraintEdits.AddPrimaryKey, ConstraintEdits.DropPrimaryKey, ConstraintEdits.AddUnique,
        ConstraintEdits.DropUnique, ConstraintEdits.AddForeignKey, ConstraintEdits.DropForeignKey,
        ConstraintEdits.AddCheck, ConstraintEdits.DropCheck, ConstraintEdits.AddIndex, ConstraintEdits.DropIndex,
        EnumEdits.CreateEnum, EnumEdits.DropEnum, EnumEdits.AddEnumValue, EnumEdits.DropEnumValue,
        EnumEdits.RenameEnumValue,
        Composite, ApplyFix, RestoreTables, RestoreSchema, MoveCards {

    /** What the user did, for the Edit menu: "Add column email", "Rename table orders to purchases". */
    String label();

    /** The schema after this edit; no inverse is computed. */
    Schema change(Schema before);

    /**
     * The typed edit that undoes this one once applied to {@code before} ("rename back"), or null
     * when only restoring the touched tables is exact (a drop that also removed dependent keys).
     * {@link #apply} checks it and falls back to a restore, so a proposal need not be perfect.
     */
    default Edit inverseAgainst(Schema before) {
        return null;
    }

    /** Applies the edit and computes its exact inverse against {@code before}. */
    default Applied apply(Schema before) {
        Schema after = change(before);
        return new Applied(after, Inverses.exact(this, before, after));
    }

    /** The schema after an edit and the edit that takes it back to the schema before. */
    record Applied(Schema schema, Edit inverse) {
    }
}
