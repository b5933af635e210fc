package dev.lintel.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.lintel.app.importing.DdlImportService;
import dev.lintel.app.shell.MainWindowViewModel;
import dev.lintel.app.task.CurrentThreadTaskExecutor;
import dev.lintel.app.task.ImmediateDelayScheduler;
import dev.lintel.model.layout.DiagramLayout;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.testing.GeneratedSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A large schema's cards appear at once in a quick placement, then ELK's layout replaces it; a small one gets ELK's only. */
class QuickFirstLayoutTest {
    private static List<DiagramLayout> shown(Schema schema) {
        MainWindowViewModel vm = new MainWindowViewModel(new CurrentThreadTaskExecutor(), DdlImportService.usingModelImporter(),
                new ImmediateDelayScheduler());
        List<DiagramLayout> layouts = new ArrayList<>();
        vm.diagram().diagramProperty().addListener((o, a, d) -> {
            if (!d.layout().nodes().isEmpty()) {
                layouts.add(d.layout());
            }
        });
        vm.showSchema(schema, "generated");
        assertFalse(vm.diagram().layingOutProperty().get());
        return layouts;
    }

    @Test
    void aLargeSchemaIsPlacedQuicklyThenLaidOutByElk() {
        Schema schema = GeneratedSchema.tables(300);
        List<DiagramLayout> layouts = shown(schema);

        assertEquals(2, layouts.size(), "the quick placement, then the layout");
        assertEquals(300, layouts.get(0).nodes().size());
        assertNotEquals(layouts.get(0), layouts.get(1));
        assertEquals(DiagramContent.of(schema, Map.of()).layout(), layouts.get(1), "the last word is ELK's layout");
    }

    @Test
    void aSmallSchemaGoesStraightToElk() {
        Schema schema = GeneratedSchema.tables(40);
        List<DiagramLayout> layouts = shown(schema);

        assertEquals(List.of(DiagramContent.of(schema, Map.of()).layout()), layouts);
    }
}
