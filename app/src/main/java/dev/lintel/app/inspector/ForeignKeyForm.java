package dev.lintel.app.inspector;

/**
 * A new foreign key as the inspector's fields hold it. {@code columns} and {@code targetColumns}
 * are comma-separated; blank target columns mean the target's primary key. {@code targetTable} is
 * {@code users} (the selected table's schema) or {@code schema.users}. The actions are written as
 * in SQL ({@code NO ACTION}, {@code CASCADE}, ...), one of {@link ConstraintEditing#ACTIONS}.
 */
public record ForeignKeyForm(String name, String columns, String targetTable, String targetColumns,
                             String onDelete, String onUpdate) {
    public ForeignKeyForm {
        name = name == null ? "" : name.strip();
        columns = columns == null ? "" : columns;
        targetTable = targetTable == null ? "" : targetTable.strip();
        targetColumns = targetColumns == null ? "" : targetColumns;
        onDelete = onDelete == null || onDelete.isBlank() ? "NO ACTION" : onDelete;
        onUpdate = onUpdate == null || onUpdate.isBlank() ? "NO ACTION" : onUpdate;
    }
}
