package dev.lintel.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.app.canvas.CardFindings;
import dev.lintel.app.ddl.DdlDialectChoice;
import dev.lintel.app.findings.FindingRow;
import dev.lintel.app.findings.FindingSeverity;
import dev.lintel.app.findings.SeverityFilter;
import dev.lintel.app.task.CurrentThreadTaskExecutor;
import dev.lintel.app.task.ImmediateDelayScheduler;
import dev.lintel.model.schema.Index;
import dev.lintel.model.schema.QualifiedName;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lint, findings and the DDL pane through the main view-model, without a window: the same-thread
 * executor and an immediate scheduler make every debounced run finish inside the command.
 */
class LiveWorkViewModelTest {
    private final MainWindowViewModel vm = new MainWindowViewModel(new CurrentThreadTaskExecutor(),
            FlawedDesign.importer(), new ImmediateDelayScheduler());

    private List<String> ruleIds() {
        return vm.findings().allFindings().stream().map(FindingRow::ruleId).toList();
    }

    private FindingRow finding(String ruleId) {
        return vm.findings().allFindings().stream().filter(f -> f.ruleId().equals(ruleId)).findFirst().orElseThrow();
    }

    @Test
    void lintsAnImportedSchemaAndListsItsFindings() {
        vm.loadSample();

        assertTrue(ruleIds().containsAll(List.of("design-table-without-pk", "design-fk-without-index",
                "design-prefer-timestamptz")), ruleIds().toString());
        assertEquals("table:public.audit_log", finding("design-table-without-pk").tablePath());
        FindingRow timestamp = finding("design-prefer-timestamptz");
        assertEquals("table:public.customers", timestamp.tablePath());
        assertEquals("created_at", timestamp.column());
        assertTrue(vm.findings().errorCountProperty().get() >= 1);
        assertEquals(vm.findings().allFindings().size(), vm.findings().errorCountProperty().get()
                + vm.findings().warningCountProperty().get() + vm.findings().infoCountProperty().get());
    }

    @Test
    void theSeverityFilterNarrowsTheListButNotTheCounts() {
        vm.loadSample();
        int errors = vm.findings().errorCountProperty().get();

        vm.findings().filterProperty().set(SeverityFilter.ERRORS);

        assertEquals(errors, vm.findings().visibleFindings().size());
        assertTrue(vm.findings().visibleFindings().stream().allMatch(f -> f.severity() == FindingSeverity.ERROR));
        assertTrue(vm.findings().allFindings().size() > errors, "warnings are still counted");
    }

    @Test
    void showingAFindingSelectsItsTableAndLoadsItsRuleDoc() {
        vm.loadSample();

        vm.findings().showFinding(finding("design-fk-without-index"));

        assertEquals("table:public.orders", vm.selectedObjectProperty().get());
        assertEquals("public.orders", vm.inspector().titleProperty().get());
        assertNotNull(vm.findings().ruleDocProperty().get());
        assertTrue(vm.findings().ruleDocProperty().get().title().startsWith("design-fk-without-index"));
        assertTrue(vm.findings().ruleDocProperty().get().blocks().stream().anyMatch(b -> b.text().equals("Why it matters")));
    }

    @Test
    void cardsCarryTheFindingsOfTheirTableAndColumns() {
        vm.loadSample();

        CardFindings customers = vm.diagram().findingsProperty().get().get("table:public.customers");
        assertNotNull(customers);
        assertTrue(customers.columns().containsKey("created_at"));
        assertEquals(FindingSeverity.ERROR, vm.diagram().findingsProperty().get().get("table:public.audit_log").worst());
    }

    @Test
    void anEditPatchesTheDiagramWithoutTheLayingOutSpinnerAndSaysItFollowsAnEdit() {
        List<Boolean> spinner = new java.util.ArrayList<>();
        vm.diagram().layingOutProperty().addListener((o, was, now) -> spinner.add(now));
        vm.loadSample();
        assertEquals(List.of(true, false), spinner, "an import is laid out, with the spinner");
        assertFalse(vm.diagram().diagramFollowsEdit(), "a schema of its own: the canvas fits it");
        QualifiedName orders = QualifiedName.of("public", "orders");
        var before = vm.diagram().diagramProperty().get();

        vm.applyEdit(vm.schemaProperty().get().mapTable(orders, t -> t.withComment("orders as placed")));

        assertEquals(List.of(true, false), spinner, "no spinner over the cards for an edit");
        assertTrue(vm.diagram().diagramFollowsEdit());
        var after = vm.diagram().diagramProperty().get();
        assertEquals("orders as placed", after.cards().get("table:public.orders").comment());
        assertTrue(before.cards().get("table:public.customers") == after.cards().get("table:public.customers"),
                "a card the edit left alone is the same card");
        assertEquals(before.layout().positions(), after.layout().positions(), "every card stays where it was");
    }

    @Test
    void aLintThatFindsWhatItFoundBeforeLeavesTheFindingsListAlone() {
        vm.loadSample();
        QualifiedName orders = QualifiedName.of("public", "orders");
        vm.applyEdit(vm.schemaProperty().get().mapTable(orders, t -> t.withComment("first words")));
        var findings = vm.findings().allFindings();
        List<FindingRow> before = List.copyOf(findings);
        int[] changes = {0};
        findings.addListener((javafx.collections.ListChangeListener<FindingRow>) c -> changes[0]++);
        var linted = vm.lintResultProperty().get();

        vm.applyEdit(vm.schemaProperty().get().mapTable(orders, t -> t.withComment("other words")));

        assertTrue(linted != vm.lintResultProperty().get(), "the edit was linted");
        assertEquals(before, findings);
        assertEquals(0, changes[0], "the same findings: no change for the table to redraw");

        vm.applyEdit(vm.schemaProperty().get().mapTable(orders,
                t -> t.toBuilder().addIndex(Index.on("orders_customer_id_idx", false, "customer_id")).build()));
        assertTrue(changes[0] > 0);
        assertFalse(ruleIds().contains("design-fk-without-index"));
        assertEquals(before.size() - 1, findings.size(), "one finding fewer, the others kept");
    }

    @Test
    void anEditIsLintedAgainAndMarksTheDocumentUnsaved() {
        vm.loadSample();
        QualifiedName orders = QualifiedName.of("public", "orders");

        vm.applyEdit(vm.schemaProperty().get().mapTable(orders,
                t -> t.toBuilder().addIndex(Index.on("orders_customer_id_idx", false, "customer_id")).build()));

        assertFalse(ruleIds().contains("design-fk-without-index"), ruleIds().toString());
        assertTrue(vm.dirtyProperty().get());
        assertTrue(vm.windowTitle().get().startsWith("*"));
    }

    @Test
    void theDdlPaneRendersTheSelectionInTheChosenDialect() {
        vm.loadSample();
        assertEquals("", vm.ddl().renderedProperty().get().sql(), "nothing selected yet");

        vm.select("table:public.orders");
        String postgres = vm.ddl().renderedProperty().get().sql();
        assertTrue(postgres.contains("CREATE TABLE public.orders"), postgres);
        assertFalse(postgres.contains("CREATE TABLE public.customers"), "only the selection");
        assertFalse(vm.ddl().renderedProperty().get().highlights().isEmpty());

        vm.ddl().dialectProperty().set(DdlDialectChoice.MYSQL);
        String mysql = vm.ddl().renderedProperty().get().sql();
        assertTrue(mysql.contains("CREATE TABLE"), mysql);
        assertFalse(mysql.equals(postgres), "the dialect changes the text");

        vm.ddl().wholeSchemaProperty().set(true);
        String whole = vm.ddl().renderedProperty().get().sql();
        assertTrue(whole.contains("customers") && whole.contains("audit_log") && whole.contains("orders"), whole);
    }

    @Test
    void aShownDocumentIsLintedAtOnceAndAnEditAfterTheDebounce() {
        dev.lintel.app.task.ManualDelayScheduler clock = new dev.lintel.app.task.ManualDelayScheduler();
        MainWindowViewModel manual = new MainWindowViewModel(new CurrentThreadTaskExecutor(), FlawedDesign.importer(), clock);

        manual.loadSample();

        assertNotNull(manual.lintResultProperty().get(), "linted without waiting: nobody is typing");
        assertEquals(manual.schemaProperty().get(), manual.lintResultProperty().get().schema());

        manual.applyEdit(manual.schemaProperty().get().removeTable(QualifiedName.of("public", "audit_log")));
        assertFalse(manual.lintResultProperty().get().schema() == manual.schemaProperty().get(), "an edit waits for the debounce");
        clock.advance(java.time.Duration.ofSeconds(1));
        assertEquals(manual.schemaProperty().get(), manual.lintResultProperty().get().schema());
    }

    @Test
    void beforeTheFirstLintNothingIsListed() {
        assertNull(vm.lintResultProperty().get());
        assertTrue(vm.findings().allFindings().isEmpty());
        assertFalse(vm.findings().lintedProperty().get());
    }
}
