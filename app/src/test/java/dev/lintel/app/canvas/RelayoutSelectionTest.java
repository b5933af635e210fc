package dev.lintel.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.app.importing.DdlImportService;
import dev.lintel.app.shell.MainWindowViewModel;
import dev.lintel.app.task.CurrentThreadTaskExecutor;
import dev.lintel.app.task.ImmediateDelayScheduler;
import dev.lintel.model.document.Position;
import dev.lintel.model.layout.DiagramLayout;
import dev.lintel.model.layout.Rect;
import dev.lintel.model.testing.Corpus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-layout Selection and Re-layout Area on the Chinook corpus schema, through the window's view-model. */
class RelayoutSelectionTest {
    private MainWindowViewModel vm;

    @TempDir
    Path dir;

    @BeforeEach
    void importChinook() {
        vm = new MainWindowViewModel(new CurrentThreadTaskExecutor(), DdlImportService.usingModelImporter(),
                new ImmediateDelayScheduler());
        vm.importDdlFile(Corpus.assumeAvailable().resolve("postgresql/chinook.sql"));
        assertEquals(11, vm.schemaProperty().get().tables().size());
    }

    private DiagramLayout layout() {
        return vm.diagram().diagramProperty().get().layout();
    }

    private static void assertOthersStayAndChosenOverlapNothing(DiagramLayout before, DiagramLayout after, Set<String> chosen) {
        after.nodes().forEach((id, r) -> {
            if (!chosen.contains(id)) {
                assertEquals(before.nodes().get(id), r, id + " was not chosen and stays");
            } else {
                after.nodes().forEach((other, o) -> assertFalse(!other.equals(id) && o.intersects(r), id + " overlaps " + other));
            }
        });
    }

    @Test
    void selectedCardsPiledOnOthersAreLaidOutInFreeSpaceAndTheDocumentKeepsIt() {
        Set<String> chosen = Set.of("table:public.track", "table:public.album", "table:public.genre");
        // Pile the three onto the customer card, as careless drags would.
        Rect customer = layout().nodes().get("table:public.customer");
        chosen.forEach(id -> vm.diagram().moveCard(id, customer.x() + 10, customer.y() + 10));
        DiagramLayout before = layout();
        vm.saveAs(dir.resolve("chinook.lintel"));
        assertFalse(vm.dirtyProperty().get());

        vm.diagram().relayoutCards(chosen);

        DiagramLayout after = layout();
        assertOthersStayAndChosenOverlapNothing(before, after, chosen);
        assertTrue(chosen.stream().noneMatch(id -> after.nodes().get(id).equals(before.nodes().get(id))), "the chosen cards moved");
        Map<String, Position> stored = vm.currentDocument().layout().positions();
        chosen.forEach(id -> assertEquals(new Position(after.nodes().get(id).x(), after.nodes().get(id).y()), stored.get(id)));
        assertTrue(vm.dirtyProperty().get(), "the document has unsaved changes");
        assertFalse(vm.diagram().layingOutProperty().get());
    }

    @Test
    void reLayoutAreaMovesTheAreaMembersOnly() {
        SubjectAreasViewModel areas = vm.diagram().subjectAreas();
        List<String> members = List.of("table:public.invoice", "table:public.invoice_line", "table:public.customer");
        assertTrue(areas.create("Sales", AreaColour.GREEN, members));
        Rect track = layout().nodes().get("table:public.track");
        members.forEach(id -> vm.diagram().moveCard(id, track.x(), track.y()));
        DiagramLayout before = layout();

        vm.diagram().relayoutCards(areas.area("Sales").orElseThrow().members());

        assertOthersStayAndChosenOverlapNothing(before, layout(), Set.copyOf(members));
    }
}
