package dev.lintel.app.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.lintel.app.importing.DdlImportService;
import dev.lintel.app.shell.MainWindowViewModel;
import dev.lintel.app.task.CurrentThreadTaskExecutor;
import dev.lintel.app.task.ImmediateDelayScheduler;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.IndexKey;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Index commands of the inspector, without a window: add, edit (one undo step), drop, and no edit while a field is invalid. */
class IndexEditingTest {
    private final MainWindowViewModel window = new MainWindowViewModel(new CurrentThreadTaskExecutor(),
            DdlImportService.usingModelImporter(), new ImmediateDelayScheduler());
    private IndexEditing indexes;
    private Schema original;

    @BeforeEach
    void selectOrders() {
        window.importDdlText("""
                CREATE TABLE orders (id bigint PRIMARY KEY, email text, status text, total numeric, note text);
                CREATE INDEX orders_status_idx ON orders (status);
                """);
        window.select("table:public.orders");
        indexes = window.inspector().indexEditing();
        original = schema();
    }

    @Test
    void addsAnIndexWithExpressionsMethodIncludeAndPredicateThenUndoes() {
        FieldMessage added = indexes.addIndex(new IndexForm("", "lower(email), total DESC", "btree", true, "note",
                "status <> 'void'"));
        assertEquals(FieldMessage.NONE, added);
        Index index = orders().indexes().get(1);
        assertEquals(new Index("orders_expr_total_idx", true, "btree",
                List.of(IndexKey.expression("lower(email)"), IndexKey.column("total").descending()), List.of("note"),
                "status <> 'void'", false), index);
        assertEquals("Undo Add index orders_expr_total_idx", window.editor().undoTextProperty().get());
        assertEquals(2, indexes.indexes().size(), "the inspector lists the new index");
        window.editor().undo();
        assertEquals(original, schema());
    }

    @Test
    void editingReplacesTheIndexAsOneUndoStep() {
        IndexForm form = indexes.indexes().get(0);
        assertEquals(new IndexForm("orders_status_idx", "status", "btree", false, "", ""), form);
        assertEquals(FieldMessage.NONE, indexes.replaceIndex("orders_status_idx",
                new IndexForm(form.name(), "status, total", "hash", false, "", "total > 0")));
        Index edited = orders().indexes().get(0);
        assertEquals(List.of("status", "total"), edited.leadingColumns());
        assertEquals("hash", edited.method());
        assertEquals("total > 0", edited.where());
        assertEquals("Undo Edit index orders_status_idx", window.editor().undoTextProperty().get());
        window.editor().undo();
        assertEquals(original, schema(), "one undo restores the index");
        assertFalse(window.editor().canUndoProperty().get());
    }

    @Test
    void anUnchangedFormIsNoEdit() {
        assertEquals(FieldMessage.NONE, indexes.replaceIndex("orders_status_idx", indexes.indexes().get(0)));
        assertFalse(window.editor().canUndoProperty().get());
    }

    @Test
    void invalidFieldsShowTheirMessageAndMakeNoEdit() {
        assertEquals(FieldMessage.error("Table orders has no column emial"),
                indexes.addIndex(new IndexForm("", "emial", "btree", false, "", "")));
        assertEquals(FieldMessage.error("The string 'x is not closed with '"),
                indexes.addIndex(new IndexForm("", "email", "btree", false, "", "status = 'x")));
        assertEquals(FieldMessage.error("Table orders has no column nope"),
                indexes.addIndex(new IndexForm("", "email", "btree", false, "nope", "")));
        assertEquals(FieldMessage.error("Table orders already has an index or constraint orders_status_idx"),
                indexes.addIndex(new IndexForm("orders_status_idx", "email", "btree", false, "", "")));
        assertEquals(FieldMessage.error("Missing ')'"),
                indexes.replaceIndex("orders_status_idx", new IndexForm("orders_status_idx", "status", "btree", false, "", "(total > 0")));
        assertEquals(original, schema());
        assertFalse(window.editor().canUndoProperty().get());
    }

    @Test
    void dropsAnIndexAndUndoPutsItBack() {
        assertEquals(FieldMessage.NONE, indexes.dropIndex("orders_status_idx"));
        assertEquals(List.of(), orders().indexes());
        assertNotEquals(original, schema());
        window.editor().undo();
        assertEquals(original, schema());
    }

    private Schema schema() {
        return window.schemaProperty().get();
    }

    private Table orders() {
        return schema().table(QualifiedName.of("public", "orders")).orElseThrow();
    }
}
