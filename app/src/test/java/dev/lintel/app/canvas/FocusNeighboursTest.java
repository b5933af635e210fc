package dev.lintel.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.app.importing.DdlImportService;
import dev.lintel.app.shell.MainWindowViewModel;
import dev.lintel.app.task.CurrentThreadTaskExecutor;
import dev.lintel.app.task.ImmediateDelayScheduler;
import dev.lintel.model.testing.Corpus;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Focus Neighbours on the Chinook corpus schema: the tables within N foreign-key hops, both ways. */
class FocusNeighboursTest {
    private MainWindowViewModel vm;

    @BeforeEach
    void importChinook() {
        vm = new MainWindowViewModel(new CurrentThreadTaskExecutor(), DdlImportService.usingModelImporter(),
                new ImmediateDelayScheduler());
        vm.importDdlFile(Corpus.assumeAvailable().resolve("postgresql/chinook.sql"));
        assertEquals(11, vm.schemaProperty().get().tables().size());
    }

    private Set<String> shownNames() {
        DiagramFocus.Focus f = vm.diagram().focus().focusProperty().get();
        var cards = vm.diagram().diagramProperty().get().cards();
        return f.members().stream().map(p -> cards.get(p).name()).collect(Collectors.toCollection(TreeSet::new));
    }

    private String path(String name) {
        return vm.diagram().diagramProperty().get().cards().values().stream().filter(c -> c.name().equals(name))
                .findFirst().orElseThrow().objectPath();
    }

    @Test
    void depthOneTwoAndThreeFromTrackFollowKeysBothWays() {
        DiagramFocus focus = vm.diagram().focus();

        assertTrue(focus.focusNeighbours(path("track"), 1));
        // track references album, genre, media_type; invoice_line and playlist_track reference it.
        assertEquals(Set.of("track", "album", "genre", "media_type", "invoice_line", "playlist_track"), shownNames());
        assertEquals("Neighbours of track (depth 1)", focus.focusProperty().get().title());

        focus.focusNeighbours(path("track"), 2);
        assertEquals(Set.of("track", "album", "genre", "media_type", "invoice_line", "playlist_track",
                "artist", "invoice", "playlist"), shownNames());

        focus.focusNeighbours(path("track"), 3);
        assertEquals(Set.of("track", "album", "genre", "media_type", "invoice_line", "playlist_track",
                "artist", "invoice", "playlist", "customer"), shownNames());
    }

    @Test
    void aSelfReferenceAddsNothingAndShowAllRestores() {
        DiagramFocus focus = vm.diagram().focus();
        vm.select(path("employee"));

        assertTrue(focus.focusNeighboursOfSelection(1));
        assertEquals(Set.of("employee", "customer"), shownNames());

        focus.showAll();
        assertNull(focus.focusProperty().get());
        vm.select(null);
        assertFalse(focus.focusNeighboursOfSelection(1), "nothing selected, nothing to focus");
        assertNull(focus.focusProperty().get());
    }
}
