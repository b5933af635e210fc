package dev.lintel.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.app.importing.DdlImportService;
import dev.lintel.app.shell.MainWindowViewModel;
import dev.lintel.app.shell.OutlineNode;
import dev.lintel.app.task.CurrentThreadTaskExecutor;
import dev.lintel.app.task.ImmediateDelayScheduler;
import dev.lintel.model.document.SubjectArea;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Subject areas through the main view-model: made from the selection, edited, saved with the document. */
class SubjectAreasViewModelTest {
    private static final String ORDERS = "table:public.orders";
    private static final String ORDER_ITEMS = "table:public.order_items";
    private static final String PAYMENTS = "table:public.payments";

    @TempDir
    Path dir;

    private static MainWindowViewModel sample() {
        MainWindowViewModel vm = new MainWindowViewModel(new CurrentThreadTaskExecutor(),
                DdlImportService.usingModelImporter(), new ImmediateDelayScheduler());
        vm.loadSample();
        return vm;
    }

    @Test
    void createsAnAreaFromTheSelectedTableAndMarksTheDocumentUnsaved() throws Exception {
        MainWindowViewModel vm = sample();
        vm.saveAs(dir.resolve("shop")); // saved: not dirty any more
        assertFalse(vm.dirtyProperty().get());
        SubjectAreasViewModel areas = vm.diagram().subjectAreas();
        vm.select(ORDERS);

        assertEquals(List.of(ORDERS), areas.selectionForNewArea());
        assertTrue(areas.create("Sales", AreaColour.GREEN, areas.selectionForNewArea()));

        assertEquals(List.of(new SubjectAreaShape("Sales", AreaColour.GREEN.hex(), List.of(ORDERS), false)),
                areas.areasProperty().get());
        assertEquals(List.of(new SubjectArea("Sales", "#22a06b", List.of(ORDERS))),
                vm.currentDocument().layout().subjectAreas());
        assertTrue(vm.dirtyProperty().get(), "a new area is an unsaved change");
        assertEquals(List.of("Sales"), areas.areasOf(ORDERS));
        assertEquals(AreaColour.BLUE, areas.nextColour(), "the next area gets a colour not in use");
    }

    @Test
    void namesMustBeGivenAndUniqueRenameRecolourAndDelete() {
        MainWindowViewModel vm = sample();
        SubjectAreasViewModel areas = vm.diagram().subjectAreas();
        assertTrue(areas.create("Sales", AreaColour.BLUE, List.of(ORDERS)));

        assertFalse(areas.create("  ", AreaColour.RED, List.of(PAYMENTS)), "a blank name");
        assertFalse(areas.create("sales", AreaColour.RED, List.of(PAYMENTS)), "names are unique, whatever the case");
        assertFalse(areas.create("Billing", AreaColour.RED, List.of()), "an area needs members");
        assertTrue(areas.problemWithName("sales", null).isPresent());
        assertTrue(areas.problemWithName("Sales", "Sales").isEmpty(), "an area keeps its own name");
        assertEquals(1, areas.areasProperty().get().size());

        assertTrue(areas.create("Billing", AreaColour.RED, List.of(PAYMENTS)));
        assertFalse(areas.rename("Billing", "SALES"));
        assertTrue(areas.rename("Sales", "Orders"));
        areas.recolour("Orders", AreaColour.PURPLE);
        areas.addMembers("Orders", List.of(ORDER_ITEMS));
        assertEquals(List.of(new SubjectArea("Orders", AreaColour.PURPLE.hex(), List.of(ORDER_ITEMS, ORDERS)),
                new SubjectArea("Billing", AreaColour.RED.hex(), List.of(PAYMENTS))), vm.currentDocument().layout().subjectAreas());

        areas.removeMembers("Orders", List.of(ORDERS));
        assertEquals(List.of(ORDER_ITEMS), areas.area("Orders").orElseThrow().members());
        areas.removeMembers("Billing", List.of(PAYMENTS));
        assertTrue(areas.area("Billing").isEmpty(), "an area left empty is deleted");
        areas.delete("Orders");
        assertEquals(List.of(), vm.currentDocument().layout().subjectAreas());
        assertEquals(List.of(), areas.areasProperty().get());
    }

    @Test
    void areasAreSavedAndComeBackWhenTheDocumentIsOpenedAgain() {
        MainWindowViewModel vm = sample();
        SubjectAreasViewModel areas = vm.diagram().subjectAreas();
        areas.create("Sales", AreaColour.ORANGE, List.of(ORDERS, ORDER_ITEMS));
        vm.saveAs(dir.resolve("shop"));

        MainWindowViewModel reopened = new MainWindowViewModel(new CurrentThreadTaskExecutor(),
                DdlImportService.usingModelImporter(), new ImmediateDelayScheduler());
        reopened.openFile(dir.resolve("shop.lintel"));

        assertEquals(List.of(new SubjectAreaShape("Sales", AreaColour.ORANGE.hex(), List.of(ORDER_ITEMS, ORDERS), false)),
                reopened.diagram().subjectAreas().areasProperty().get());
        assertFalse(reopened.dirtyProperty().get());
        OutlineNode group = reopened.outline().rootsProperty().get().get(reopened.outline().rootsProperty().get().size() - 1);
        assertEquals("Subject Areas", group.label());
        OutlineNode sales = group.children().get(0);
        assertEquals("Sales (2)", sales.label());
        assertEquals("Sales", sales.areaName());
        assertEquals(List.of(ORDER_ITEMS, ORDERS), sales.children().stream().map(OutlineNode::objectPath).toList());

        // Another document has its own areas (none), not the previous one's.
        reopened.loadSample();
        assertEquals(List.of(), reopened.diagram().subjectAreas().areasProperty().get());
    }

    @Test
    void showOnlyFocusesTheMembersAndCollapsingIsNotADocumentChange() {
        MainWindowViewModel vm = sample();
        SubjectAreasViewModel areas = vm.diagram().subjectAreas();
        areas.create("Sales", AreaColour.ORANGE, List.of(ORDERS, ORDER_ITEMS));

        areas.showOnly("Sales");
        assertEquals(java.util.Set.of(ORDERS, ORDER_ITEMS), vm.diagram().focus().focusProperty().get().members());
        assertEquals("Subject area Sales", vm.diagram().focus().focusProperty().get().title());
        vm.diagram().focus().showAll();
        assertNull(vm.diagram().focus().focusProperty().get());

        List<SubjectArea> before = vm.currentDocument().layout().subjectAreas();
        areas.setCollapsed("Sales", true);
        assertTrue(areas.area("Sales").orElseThrow().collapsed());
        assertEquals(before, vm.currentDocument().layout().subjectAreas());
    }
}
