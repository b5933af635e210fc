package dev.lintel.app.editing;

import dev.lintel.app.canvas.DiagramViewModel;
import dev.lintel.app.importing.DdlImportService;
import dev.lintel.app.importing.DiagnosticRow;
import dev.lintel.app.task.BackgroundTask;
import dev.lintel.app.task.TaskExecutor;
import dev.lintel.model.ddl.parse.DdlImportResult;
import dev.lintel.model.ddl.render.DdlRenderer;
import dev.lintel.model.ddl.render.RenderOptions;
import dev.lintel.model.diagnostic.Diagnostic;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.document.CopiedTables;
import dev.lintel.model.document.Position;
import dev.lintel.model.edit.EditException;
import dev.lintel.model.edit.TablePaste;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Copy, cut, paste and duplicate of tables. Copy puts the selected tables on the clipboard twice:
 * as DDL text for the document's dialect (CREATE TABLE with its constraints and indexes, the enum
 * types used, the foreign keys), which pastes into any SQL editor, and as {@link CopiedTables},
 * which a paste in any Lintel window restores exactly and arranged as copied. Paste adds the
 * tables under free names as one undoable step ({@link TablePaste}) and selects them; SQL text
 * copied from elsewhere is imported the same way, its diagnostics shown in the Diagnostics tab.
 * Rendering, encoding, decoding and parsing run on the executor, never on the UI thread.
 */
public final class TableClipboard {
    /** The clipboard: the system's in the window; tests may use a plain holder. */
    public interface Board {
        /** Replaces the clipboard's content: {@code text} as plain text, {@code tables} (may be null) as copied tables. */
        void put(String text, String tables);

        /** The copied tables' encoding, or null when the clipboard holds none. */
        String tables();

        /** The clipboard's plain text, or null. */
        String text();
    }

    private static final String PASTED = "pasted SQL";

    private final SchemaEditor editor;
    private final DiagramViewModel diagram;
    private final TaskExecutor executor;
    private final DdlImportService importer;
    private final Supplier<Dialect> dialect;
    private final Consumer<List<DiagnosticRow>> diagnostics;
    private Board board = new SystemClipboard();
    // Only the newest paste is applied: reading an older clipboard may finish after it.
    private long generation;

    private record Copy(String text, String tables) {
    }

    /**
     * @param dialect the document's target dialect, which copied DDL is written for
     * @param diagnostics shows the diagnostics of pasted SQL (the Diagnostics tab)
     */
    public TableClipboard(SchemaEditor editor, DiagramViewModel diagram, TaskExecutor executor, DdlImportService importer,
                          Supplier<Dialect> dialect, Consumer<List<DiagnosticRow>> diagnostics) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.diagram = Objects.requireNonNull(diagram, "diagram");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.importer = Objects.requireNonNull(importer, "importer");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics");
    }

    /** Uses another clipboard than the system's (tests without a window). */
    public void useBoard(Board other) {
        board = Objects.requireNonNull(other, "other");
    }

    // Commands --------------------------------------------------------------------------------

    /** Puts the selected tables on the clipboard, as DDL text and as copied tables. */
    public void copy() {
        copy("Copied");
    }

    /** Copies the selected tables, then deletes them: one undo entry ("Cut 2 tables"). */
    public void cut() {
        if (copy("Cut")) {
            editor.tableActions().delete("Cut");
        }
    }

    /** Puts only the DDL of the selected tables on the clipboard. */
    public void copyAsDdl() {
        copyAsDdl(sql -> board.put(sql, null));
    }

    /** Renders the DDL of the selected tables in the background and hands it to {@code to}. */
    public void copyAsDdl(Consumer<String> to) {
        List<Table> tables = editor.tableActions().selectedTables();
        if (tables.isEmpty()) {
            editor.report("Select the tables to copy first");
            return;
        }
        Schema schema = editor.schema();
        Dialect target = dialect.get();
        List<QualifiedName> names = tables.stream().map(Table::name).toList();
        executor.submit(BackgroundTask.of("Copying DDL", ctx -> ddl(CopiedTables.of(schema, names, Map.of()).schema(), target))
                .onSuccess(sql -> {
                    to.accept(sql);
                    editor.report("Copied the DDL of " + count(tables));
                }));
    }

    /** Adds a copy of the selected tables next to them, selected, as one undoable step; the clipboard stays as it was. */
    public void duplicate() {
        List<Table> tables = editor.tableActions().selectedTables();
        if (tables.isEmpty()) {
            editor.report("Select the tables to duplicate first");
            return;
        }
        generation++;
        paste(CopiedTables.of(editor.schema(), tables.stream().map(Table::name).toList(), positions()), "Duplicate");
    }

    /**
     * Adds the clipboard's tables: copied in Lintel (exactly, arranged as copied), or SQL text from
     * anywhere (parsed in the background; its diagnostics go to the Diagnostics tab).
     */
    public void paste() {
        String tables = board.tables();
        String text = board.text();
        long mine = ++generation;
        if (tables != null) {
            executor.submit(BackgroundTask.of("Pasting tables", ctx -> CopiedTables.decode(tables))
                    .onSuccess(copied -> {
                        if (mine == generation) {
                            paste(copied, "Paste");
                        }
                    })
                    .onFailure(e -> editor.report("Could not paste: " + DiagnosticRow.describe(e))));
        } else if (text != null && !text.isBlank()) {
            editor.report("Reading the pasted SQL\u2026");
            executor.submit(BackgroundTask.of("Reading the pasted SQL", ctx -> importer.importText(text, PASTED))
                    .onSuccess(result -> {
                        if (mine == generation) {
                            pasteSql(result);
                        }
                    })
                    .onFailure(e -> {
                        diagnostics.accept(List.of(DiagnosticRow.importFailed(PASTED, e)));
                        editor.report("Could not read the pasted SQL: " + DiagnosticRow.describe(e));
                    }));
        } else {
            editor.report("Nothing to paste: the clipboard holds no tables and no SQL");
        }
    }

    // Plumbing --------------------------------------------------------------------------------

    private boolean copy(String verb) {
        List<Table> tables = editor.tableActions().selectedTables();
        if (tables.isEmpty()) {
            editor.report("Select the tables to " + (verb.equals("Cut") ? "cut" : "copy") + " first");
            return false;
        }
        Schema schema = editor.schema();
        Map<String, Position> positions = positions();
        Dialect target = dialect.get();
        List<QualifiedName> names = tables.stream().map(Table::name).toList();
        executor.submit(BackgroundTask.of("Copying tables", ctx -> {
                    CopiedTables copied = CopiedTables.of(schema, names, positions);
                    return new Copy(ddl(copied.schema(), target), copied.encode());
                })
                .onSuccess(c -> {
                    board.put(c.text(), c.tables());
                    editor.report(verb + " " + count(tables));
                }));
        return true;
    }

    private void pasteSql(DdlImportResult result) {
        List<DiagnosticRow> rows = new ArrayList<>(result.diagnostics().stream()
                .filter(d -> !isAboutReferencedTable(d)).map(DiagnosticRow::of).toList());
        Schema s = result.schema();
        List<String> leftOut = new ArrayList<>();
        addCount(leftOut, s.views().size(), "view");
        addCount(leftOut, s.sequences().size(), "sequence");
        addCount(leftOut, s.domains().size(), "domain");
        addCount(leftOut, s.opaqueObjects().size(), "other statement");
        if (!leftOut.isEmpty()) {
            rows.add(new DiagnosticRow(DiagnosticRow.Severity.INFO, PASTED,
                    "A paste adds tables and enum types; left out: " + String.join(", ", leftOut), ""));
        }
        String done = s.tables().isEmpty() ? null
                : paste(new CopiedTables(Schema.ofTables(s.tables()).withEnums(s.enums()), Map.of()), "Paste");
        diagnostics.accept(rows);
        long problems = rows.stream().filter(r -> r.severity() != DiagnosticRow.Severity.INFO).count();
        String seeDiagnostics = problems == 0 ? "" : " (" + problems + (problems == 1 ? " problem" : " problems")
                + " in the pasted SQL, see Diagnostics)";
        if (s.tables().isEmpty()) {
            editor.report("Nothing pasted: the SQL on the clipboard creates no table" + seeDiagnostics);
        } else if (done != null) {
            editor.report(done + seeDiagnostics);
        }
    }

    // The importer reads the pasted SQL on its own, so it notes every key to a table the snippet
    // lacks. Against the design those keys are kept (the table is there) or left out and said so
    // by the paste: the importer's notes about them would only mislead.
    private static boolean isAboutReferencedTable(Diagnostic d) {
        String m = d.message();
        return m.startsWith("foreign key ") && (m.contains(" references unknown table ") || m.endsWith(", not defined yet"));
    }

    /** Applies the paste and reports it; returns what the status line says, or null when nothing was pasted. */
    private String paste(CopiedTables copied, String verb) {
        TablePaste.Plan plan;
        try {
            plan = TablePaste.plan(editor.schema(), copied.schema(), verb);
        } catch (EditException e) {
            editor.report(e.getMessage());
            return null;
        }
        Map<String, Position> copiedAt = new LinkedHashMap<>();
        List<String> originals = new ArrayList<>();
        List<Table> added = new ArrayList<>();
        for (Table t : copied.schema().tables()) {
            String from = ObjectPath.table(t.name()).toString();
            QualifiedName now = plan.names().get(t.name());
            Position p = copied.positions().get(from);
            if (p != null) {
                copiedAt.put(ObjectPath.table(now).toString(), p);
            }
            originals.add(from);
            added.add(t.withName(now));
        }
        diagram.placePasted(added, copiedAt, originals);
        if (!editor.apply(plan.edit())) {
            return null;
        }
        diagram.selection().select(added.stream().map(t -> ObjectPath.table(t.name()).toString()).toList(), false);
        String done = (verb.equals("Paste") ? "Pasted " : "Duplicated ") + count(added);
        if (!plan.droppedForeignKeys().isEmpty()) {
            done += "; left out foreign keys to tables this design lacks: " + String.join(", ", plan.droppedForeignKeys());
        }
        editor.report(done);
        return done;
    }

    private Map<String, Position> positions() {
        return diagram.diagramProperty().get().layout().positions();
    }

    private static String ddl(Schema tables, Dialect target) {
        return new DdlRenderer().render(tables, target, RenderOptions.defaults().withHeaderComment(false)).sql();
    }

    private static String count(List<Table> tables) {
        return DiagramViewModel.cardCount(tables.stream().map(t -> ObjectPath.table(t.name()).toString()).toList());
    }

    private static void addCount(List<String> out, int n, String what) {
        if (n > 0) {
            out.add(n + " " + what + (n == 1 ? "" : "s"));
        }
    }
}
