package dev.lintel.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.app.importing.DdlImportService;
import dev.lintel.app.importing.DiagnosticRow;
import dev.lintel.app.inspector.ColumnRow;
import dev.lintel.app.inspector.DefinitionRow;
import dev.lintel.app.task.CurrentThreadTaskExecutor;
import dev.lintel.app.task.ImmediateDelayScheduler;
import dev.lintel.model.ddl.parse.DdlImportResult;
import dev.lintel.model.diagnostic.Diagnostic;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.SourceLocation;
import dev.lintel.model.schema.SourceMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The main window's view-model without a window: commands run to completion on the test thread. */
class MainWindowViewModelTest {
    private final List<String> importedSql = new ArrayList<>();

    private MainWindowViewModel viewModelImporting(DdlImportService service) {
        return new MainWindowViewModel(new CurrentThreadTaskExecutor(), service, new ImmediateDelayScheduler());
    }

    private DdlImportService returning(DdlImportResult result) {
        return new DdlImportService() {
            @Override
            public DdlImportResult importText(String sql, String fileName) {
                importedSql.add(sql);
                return result;
            }

            @Override
            public DdlImportResult importFile(Path file) {
                return result;
            }
        };
    }

    private static DdlImportService failingWith(RuntimeException error) {
        return new DdlImportService() {
            @Override
            public DdlImportResult importText(String sql, String fileName) {
                throw error;
            }

            @Override
            public DdlImportResult importFile(Path file) {
                throw error;
            }
        };
    }

    @Test
    void loadSampleImportsTheBundledSqlAndShowsTheResult() {
        Diagnostic skipped = Diagnostic.warning("statement kept as opaque", new SourceLocation("sample.sql", 12, 1), "CREATE FUNCTION");
        Schema shop = TestSchemas.shop();
        MainWindowViewModel vm = viewModelImporting(returning(
                new DdlImportResult(shop, Dialect.POSTGRES, List.of(skipped), SourceMap.empty(), 20)));

        vm.loadSample();

        assertTrue(importedSql.get(0).contains("CREATE TABLE accounts"), "the bundled sample.sql was read");
        assertSame(shop, vm.schemaProperty().get());
        assertEquals("sample.sql", vm.documentTitleProperty().get());
        assertEquals("sample.sql \u2014 Lintel", vm.windowTitle().get(), "the untouched sample is no unsaved work");
        assertEquals("Imported sample.sql: 3 tables, 1 diagnostic", vm.statusTextProperty().get());
        assertEquals(List.of(new DiagnosticRow(DiagnosticRow.Severity.WARNING, "sample.sql:12:1",
                "statement kept as opaque", "CREATE FUNCTION")), vm.diagnostics());
        assertNull(vm.loadProblemProperty().get());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void aFailingImportKeepsTheWindowUsableAndExplainsWhy() {
        MainWindowViewModel vm = viewModelImporting(failingWith(new UnsupportedOperationException("DDL import is being built")));
        vm.showSchema(TestSchemas.shop(), "shop");

        vm.loadSample();

        assertEquals(3, vm.schemaProperty().get().tables().size(), "the previous schema stays on screen");
        assertEquals("Could not import sample.sql: DDL import is being built", vm.statusTextProperty().get());
        assertEquals(new LoadProblem("Could not import sample.sql", "DDL import is being built"), vm.loadProblemProperty().get());
        assertEquals(List.of(new DiagnosticRow(DiagnosticRow.Severity.ERROR, "sample.sql",
                "Import failed: DDL import is being built", "")), vm.diagnostics());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void aFailureWithoutMessageIsDescribedByItsType() {
        MainWindowViewModel vm = viewModelImporting(failingWith(new IllegalStateException()));

        vm.loadSample();

        assertEquals("Could not import sample.sql: IllegalStateException", vm.statusTextProperty().get());
        assertEquals("Could not import sample.sql", vm.diagram().problemTitle().get());
        assertTrue(vm.diagram().emptyProperty().get());
    }

    @Test
    void countsTablesColumnsAndForeignKeys() {
        MainWindowViewModel vm = viewModelImporting(failingWith(new IllegalStateException()));

        vm.showSchema(TestSchemas.shop(), "shop");

        assertEquals("3 tables \u00b7 10 columns \u00b7 2 foreign keys", vm.countsText().get());
    }

    @Test
    void outlineGroupsObjectsBySchemaAndKindAndFilters() {
        MainWindowViewModel vm = viewModelImporting(failingWith(new IllegalStateException()));
        vm.showSchema(TestSchemas.shop(), "shop");

        List<OutlineNode> roots = vm.outline().rootsProperty().get();
        assertEquals(1, roots.size());
        assertEquals("public", roots.get(0).label());
        assertEquals(List.of("Tables (3)", "Views (1)", "Enum types (1)"),
                roots.get(0).children().stream().map(OutlineNode::label).toList());
        assertEquals(List.of("order_items", "orders", "users"),
                roots.get(0).children().get(0).children().stream().map(OutlineNode::label).toList());

        vm.outline().filterProperty().set("ORDER");

        List<OutlineNode> filtered = vm.outline().rootsProperty().get().get(0).children();
        assertEquals(List.of("Tables (2)", "Views (1)", "Enum types (1)"), filtered.stream().map(OutlineNode::label).toList());
    }

    @Test
    void diagramHasOneCardPerTableWithKeyMarkers() {
        MainWindowViewModel vm = viewModelImporting(failingWith(new IllegalStateException()));
        vm.showSchema(TestSchemas.shop(), "shop");

        var cards = vm.diagram().cardsProperty().get();
        assertEquals(List.of("order_items", "orders", "users"), cards.stream().map(c -> c.name()).toList());
        var orderId = cards.get(0).columns().get(0);
        assertTrue(orderId.primaryKey() && orderId.foreignKey() && !orderId.notNull(), orderId.toString());
        var email = cards.get(2).columns().get(1);
        assertTrue(email.unique() && email.notNull() && !email.primaryKey(), email.toString());
        assertEquals("order_status", cards.get(1).columns().get(2).type());
    }

    @Test
    void selectingATableFillsTheInspector() {
        MainWindowViewModel vm = viewModelImporting(failingWith(new IllegalStateException()));
        vm.showSchema(TestSchemas.shop(), "shop");

        vm.select(ObjectPath.table(TestSchemas.ORDERS).toString());

        var inspector = vm.inspector();
        assertEquals("Table", inspector.kindProperty().get());
        assertEquals("public.orders", inspector.titleProperty().get());
        assertEquals(new ColumnRow("user_id", "bigint", false, "FK", "", ""), inspector.columnsProperty().get().get(1));
        assertEquals(new ColumnRow("status", "order_status", false, "", "'pending'", ""), inspector.columnsProperty().get().get(2));
        assertEquals(List.of(
                        new DefinitionRow("PK", "orders_pkey", "PRIMARY KEY (id)"),
                        new DefinitionRow("FK", "orders_user_id_fkey", "(user_id) \u2192 public.users (id) ON DELETE CASCADE"),
                        new DefinitionRow("CHECK", "orders_total_check", "CHECK (total >= 0)")),
                inspector.constraintsProperty().get());
        assertEquals(List.of(new DefinitionRow("INDEX", "orders_user_id_idx", "btree (user_id)")),
                inspector.indexesProperty().get());
    }

    @Test
    void selectingAViewShowsItsDefinitionAndANewSchemaClearsTheSelection() {
        MainWindowViewModel vm = viewModelImporting(failingWith(new IllegalStateException()));
        vm.showSchema(TestSchemas.shop(), "shop");

        vm.select("view:public.open_orders");
        assertEquals("View", vm.inspector().kindProperty().get());
        assertTrue(vm.inspector().definitionProperty().get().startsWith("SELECT"));

        vm.showSchema(Schema.empty(), "empty");
        assertNull(vm.selectedObjectProperty().get());
        assertEquals("", vm.inspector().titleProperty().get());
    }

    @Test
    void openingAMissingDocumentReportsItAndKeepsTheSchema() {
        MainWindowViewModel vm = viewModelImporting(failingWith(new IllegalStateException("must not import")));
        vm.showSchema(TestSchemas.shop(), "shop");
        Schema before = vm.schemaProperty().get();

        vm.openFile(Path.of("/nonexistent-folder/design.lintel"));

        assertSame(before, vm.schemaProperty().get());
        assertEquals("Could not open design.lintel", vm.alertProperty().get().title());
        assertTrue(vm.statusTextProperty().get().startsWith("Could not open design.lintel"), vm.statusTextProperty().get());
        assertTrue(vm.diagnostics().isEmpty());
    }

    @Test
    void jpaFolderImportsWithTheChosenNaming(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        Path pkg = java.nio.file.Files.createDirectories(dir.resolve("shop"));
        java.nio.file.Files.writeString(pkg.resolve("OrderLine.java"), """
                package shop;
                import jakarta.persistence.*;
                @Entity
                public class OrderLine {
                    @Id Long id;
                    int unitCount;
                    @Version Long version;
                }
                """);
        MainWindowViewModel vm = viewModelImporting(returning(null));

        vm.importJpaFolder(dir, JpaNamingChoice.SPRING, false);
        var spring = vm.schemaProperty().get().tables().get(0);
        assertEquals("order_line", spring.name().name());
        assertTrue(spring.column("unit_count").isPresent(), spring.toString());
        assertFalse(spring.column("version").orElseThrow().nullable(), "Hibernate 7 makes a @Version column NOT NULL");

        vm.importJpaFolder(dir, JpaNamingChoice.SPRING, true);
        assertTrue(vm.schemaProperty().get().tables().get(0).column("version").orElseThrow().nullable(),
                "Hibernate 6 left a Long @Version nullable");

        vm.importJpaFolder(dir, JpaNamingChoice.AS_WRITTEN, false);
        var jpa = vm.schemaProperty().get().tables().get(0);
        // Names as written, unquoted in Hibernate's DDL: PostgreSQL folds them to lower case.
        assertEquals("orderline", jpa.name().name());
        assertTrue(jpa.column("unitcount").isPresent(), jpa.toString());
    }
}
