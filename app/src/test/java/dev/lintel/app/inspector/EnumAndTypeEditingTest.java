package dev.lintel.app.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.app.importing.DdlImportService;
import dev.lintel.app.shell.MainWindowViewModel;
import dev.lintel.app.task.CurrentThreadTaskExecutor;
import dev.lintel.app.task.ImmediateDelayScheduler;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An enum type's values edited in the inspector (each one undo step), and the type field's suggestions. */
class EnumAndTypeEditingTest {
    private final MainWindowViewModel window = new MainWindowViewModel(new CurrentThreadTaskExecutor(),
            DdlImportService.usingModelImporter(), new ImmediateDelayScheduler());
    private Schema original;

    @BeforeEach
    void importShop() {
        window.importDdlText("""
                CREATE TYPE mood AS ENUM ('happy', 'sad');
                CREATE DOMAIN money_amount AS numeric(12,2);
                CREATE TABLE people (id bigint PRIMARY KEY, feeling mood);
                """);
        original = window.schemaProperty().get();
    }

    @Test
    void enumValuesAreAddedRenamedAndRemovedOneUndoEach() {
        window.select("enum:public.mood");
        assertTrue(window.inspector().editableProperty().get());
        EnumEditing values = window.inspector().enumEditing();
        assertEquals(List.of("happy", "sad"), values.values());

        assertEquals(FieldMessage.NONE, values.addValue("calm"));
        assertEquals(List.of("happy", "sad", "calm"), mood());
        assertEquals(FieldMessage.NONE, values.renameValue("sad", "gloomy"));
        assertEquals(List.of("happy", "gloomy", "calm"), mood());
        assertEquals("Undo Rename value 'sad' of mood to 'gloomy'", window.editor().undoTextProperty().get());
        assertEquals(FieldMessage.NONE, values.dropValue("happy"));
        assertEquals(List.of("gloomy", "calm"), mood());

        window.editor().undo();
        assertEquals(List.of("happy", "gloomy", "calm"), mood());
        window.editor().undo();
        window.editor().undo();
        assertEquals(original, window.schemaProperty().get());
    }

    @Test
    void invalidValuesMakeNoEdit() {
        window.select("enum:public.mood");
        EnumEditing values = window.inspector().enumEditing();
        assertEquals(FieldMessage.error("mood already has the value 'sad'"), values.addValue("sad"));
        assertEquals(FieldMessage.error("mood already has the value 'happy'"), values.renameValue("sad", "happy"));
        assertEquals(FieldMessage.error("A value is required"), values.addValue(""));
        assertEquals(FieldMessage.error("Remove the spaces around the value"), values.addValue(" calm"));
        assertEquals(original, window.schemaProperty().get());
        assertFalse(window.editor().canUndoProperty().get());
    }

    @Test
    void typeSuggestionsComeFromTheDialectAndTheSchema() {
        window.select("table:public.people");
        TableEditing editing = window.inspector().editing();
        assertEquals(List.of("bigint", "bigserial"), editing.suggestTypes("big"));
        assertEquals(List.of("varchar(255)"), editing.suggestTypes("VARCH"));
        assertEquals(List.of("mood", "money_amount"), editing.suggestTypes("mo"), "the schema's enum and domain");
        assertTrue(editing.suggestTypes("").containsAll(List.of("integer", "text", "timestamptz", "uuid", "jsonb", "mood")));
    }

    private List<String> mood() {
        return window.schemaProperty().get().enumType(QualifiedName.of("public", "mood")).orElseThrow().values();
    }
}
