package dev.lintel.app.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.app.task.CurrentThreadTaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Generate Migration dialog's state, planned and written on the test thread. */
class MigrationViewModelTest {
    @TempDir
    Path dir;

    private final MigrationViewModel vm = new MigrationViewModel(BaselineSchemas.before(), BaselineSchemas.after(),
            new CurrentThreadTaskExecutor());

    private StepRow step(String kind, String subject) {
        return vm.steps().stream().filter(s -> s.kind().equals(kind) && s.subject().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + subject + " in " + kinds()));
    }

    private List<String> kinds() {
        return vm.steps().stream().map(s -> s.kind() + " " + s.subject()).toList();
    }

    private List<String> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void stepsCarryPhaseLockHazardsAcknowledgementAndSql() {
        StepRow dropColumn = step("drop-column", "public.orders.cust_id");
        assertEquals("contract", dropColumn.phase());
        assertEquals("destructive", dropColumn.acknowledgement());
        assertTrue(dropColumn.locks().startsWith("ACCESS EXCLUSIVE on public.orders"), dropColumn.locks());
        assertEquals(List.of("drops public.orders.cust_id and its values"), dropColumn.hazards());
        assertEquals("ALTER TABLE public.orders DROP COLUMN cust_id", dropColumn.sql());

        StepRow createTable = step("create-table", "public.invoice");
        assertEquals("expand", createTable.phase());
        assertFalse(createTable.needsAcknowledgement());
        assertEquals(List.of(), createTable.hazards());

        StepRow validate = step("validate-constraint", "public.customer.name");
        assertEquals("backfill", validate.phase());
        assertEquals("data-dependent", validate.acknowledgement());
        assertTrue(validate.locks().contains("SHARE UPDATE EXCLUSIVE"), validate.locks());

        assertTrue(vm.scriptProperty().get().contains("DROP TABLE public.legacy;"), "the preview shows every step");
        assertTrue(vm.statusProperty().get().matches("\\d+ steps, \\d+ with hazards, \\d+ to acknowledge"),
                vm.statusProperty().get());
    }

    @Test
    void aSuspectedRenameIsAChoiceAndTickingItPlansARenameInsteadOfDropAndAdd() {
        assertEquals(List.of("orders.cust_id renamed to customer_id?"), vm.renames().stream().map(RenameChoice::label).toList());
        assertTrue(kinds().contains("drop-column public.orders.cust_id"), kinds().toString());
        assertTrue(kinds().contains("add-column public.orders.customer_id"), kinds().toString());

        vm.renames().get(0).confirmedProperty().set(true);
        StepRow rename = step("rename-column", "public.orders.cust_id -> customer_id");
        assertEquals("ALTER TABLE public.orders RENAME COLUMN cust_id TO customer_id", rename.sql());
        assertFalse(kinds().contains("drop-column public.orders.cust_id"), kinds().toString());
        assertFalse(kinds().contains("add-column public.orders.customer_id"), kinds().toString());
        assertEquals(1, vm.renames().size(), "the choice stays offered once confirmed, to be unticked again");

        vm.renames().get(0).confirmedProperty().set(false);
        assertTrue(kinds().contains("drop-column public.orders.cust_id"), kinds().toString());
    }

    @Test
    void exportWaitsForTheAcknowledgementOfDestructiveSteps() throws IOException {
        assertTrue(vm.needsAcknowledgementProperty().get());
        assertTrue(vm.acknowledgementTextProperty().get().contains("2 destructive"), vm.acknowledgementTextProperty().get());
        assertFalse(vm.canExportProperty().get());

        vm.exportScript(dir.resolve("migration.sql"));
        assertEquals(List.of(), files(), "nothing is written before the acknowledgement");

        vm.acknowledgedProperty().set(true);
        assertTrue(vm.canExportProperty().get());
        vm.exportScript(dir.resolve("migration.sql"));
        String script = Files.readString(dir.resolve("migration.sql"));
        assertTrue(script.contains("ALTER TABLE public.orders DROP COLUMN cust_id;"), script);
        assertTrue(script.contains("SET lock_timeout"), script);
        assertEquals("Wrote " + dir.resolve("migration.sql"), vm.statusProperty().get());

        // A new plan (here a confirmed rename) must be acknowledged again.
        vm.renames().get(0).confirmedProperty().set(true);
        assertFalse(vm.acknowledgedProperty().get());
        assertFalse(vm.canExportProperty().get());
    }

    @Test
    void flywayFilesAreNumberedAfterThoseAlreadyInTheFolder() throws IOException {
        Files.writeString(dir.resolve("V1__initial.sql"), "CREATE TABLE customer (id bigint PRIMARY KEY);\n");
        Files.writeString(dir.resolve("V7__earlier.sql"), "SELECT 1;\n");
        vm.acknowledgedProperty().set(true);
        vm.exportFlyway(dir);

        List<String> written = files().stream().filter(f -> !f.equals("V1__initial.sql") && !f.equals("V7__earlier.sql")).toList();
        List<Integer> versions = written.stream().map(f -> Integer.parseInt(f.substring(1, f.indexOf("__")))).distinct().sorted().toList();
        assertEquals(8, versions.get(0), "numbered after V7: " + written);
        assertEquals(versions.size(), versions.get(versions.size() - 1) - 7, "no gaps: " + written);
        assertTrue(written.stream().anyMatch(f -> f.startsWith("V8__expand_")), written.toString());
        String all = String.join("\n", written.stream().map(f -> read(dir.resolve(f))).toList());
        assertTrue(all.contains("DROP TABLE public.legacy;"), "the acknowledged destructive steps are in");
        assertTrue(vm.statusProperty().get().startsWith("Wrote " + written.size() + " files to "), vm.statusProperty().get());
    }

    @Test
    void h2GetsAPlainPlan() {
        vm.targetProperty().set(MigrationTarget.H2);
        assertTrue(vm.steps().stream().noneMatch(s -> s.sql().contains("NOT VALID")), kinds().toString());
        assertTrue(vm.scriptProperty().get().startsWith("-- Migration written by Lintel for H2"), vm.scriptProperty().get());
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
