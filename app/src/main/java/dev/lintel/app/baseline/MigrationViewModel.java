package dev.lintel.app.baseline;

import dev.lintel.app.importing.DiagnosticRow;
import dev.lintel.app.task.BackgroundTask;
import dev.lintel.app.task.TaskExecutor;
import dev.lintel.model.diff.RenameHints;
import dev.lintel.model.diff.RenameProposal;
import dev.lintel.model.diff.SchemaDiff;
import dev.lintel.model.diff.SchemaDiffer;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.migrate.plan.Acknowledgement;
import dev.lintel.model.migrate.plan.MigrationPlan;
import dev.lintel.model.migrate.plan.MigrationPlanner;
import dev.lintel.model.migrate.plan.PsqlScriptWriter;
import dev.lintel.model.migrate.plan.Step;
import dev.lintel.model.schema.Schema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Generate Migration dialog: the steps that take the baseline to the current schema
 * ({@link MigrationPlanner}: phase, lock level, hazards, SQL), the renames the diff suspects as
 * choices (ticking one plans again), an acknowledgement that destructive, breaking or
 * data-dependent steps need before anything can be exported, and the export as one psql script or
 * Flyway files. Planning and writing run on the executor.
 */
public final class MigrationViewModel {
    private final Schema before;
    private final Schema after;
    private final TaskExecutor executor;
    // The hint each choice stands for; kept here so that the choices the view sees carry no model types.
    private final Map<RenameChoice, RenameHints.Hint> hints = new LinkedHashMap<>();
    private MigrationPlan plan;
    private long generation;

    // Properties ------------------------------------------------------------------------------
    private final ObjectProperty<MigrationTarget> target = new SimpleObjectProperty<>(this, "target", MigrationTarget.POSTGRESQL);
    private final ObservableList<RenameChoice> renames = FXCollections.observableArrayList();
    private final ObservableList<StepRow> steps = FXCollections.observableArrayList();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper script = new ReadOnlyStringWrapper(this, "script", "");
    private final BooleanProperty acknowledged = new SimpleBooleanProperty(this, "acknowledged");
    private final ReadOnlyBooleanWrapper needsAcknowledgement = new ReadOnlyBooleanWrapper(this, "needsAcknowledgement");
    private final ReadOnlyStringWrapper acknowledgementText = new ReadOnlyStringWrapper(this, "acknowledgementText", "");
    private final ReadOnlyBooleanWrapper planning = new ReadOnlyBooleanWrapper(this, "planning");
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final BooleanBinding canExport = Bindings.createBooleanBinding(
            () -> !planning.get() && !exporting.get() && !steps.isEmpty() && (!needsAcknowledgement.get() || acknowledged.get()),
            planning, exporting, steps, needsAcknowledgement, acknowledged);

    /**
     * @param before the baseline
     * @param after the current schema
     */
    public MigrationViewModel(Schema before, Schema after, TaskExecutor executor) {
        this.before = Objects.requireNonNull(before, "before");
        this.after = Objects.requireNonNull(after, "after");
        this.executor = Objects.requireNonNull(executor, "executor");
        target.addListener((obs, old, now) -> replan());
        replan();
    }

    public ObjectProperty<MigrationTarget> targetProperty() {
        return target;
    }

    /** The suspected renames, unticked at first; each toggle plans again. */
    public ObservableList<RenameChoice> renames() {
        return renames;
    }

    public ObservableList<StepRow> steps() {
        return steps;
    }

    /** Changes the planner cannot make, in words. */
    public ObservableList<String> notes() {
        return notes;
    }

    /** The whole psql script, every step included, for reading before export. */
    public ReadOnlyStringProperty scriptProperty() {
        return script.getReadOnlyProperty();
    }

    /** Ticked by the user: they accept the steps that lose data or break running code. Cleared when the plan changes. */
    public BooleanProperty acknowledgedProperty() {
        return acknowledged;
    }

    /** True when some step waits for the acknowledgement before export. */
    public ReadOnlyBooleanProperty needsAcknowledgementProperty() {
        return needsAcknowledgement.getReadOnlyProperty();
    }

    /** What the acknowledgement accepts: "3 steps wait for your acknowledgement (2 destructive, 1 blocking): ...". */
    public ReadOnlyStringProperty acknowledgementTextProperty() {
        return acknowledgementText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty planningProperty() {
        return planning.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    /** The plan in a line, or what the last export wrote (or why it failed). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True when there is a plan to export and every step that needs it is acknowledged. */
    public BooleanBinding canExportProperty() {
        return canExport;
    }

    // Commands --------------------------------------------------------------------------------

    /** Writes the plan as one psql script to {@code file}, atomically, in the background. */
    public void exportScript(Path file) {
        export("Writing " + file.getFileName(), (p, ack) -> List.of(MigrationExport.script(p, ack, file)));
    }

    /** Writes the plan as Flyway versioned files into {@code folder} (numbered after those already there), in the background. */
    public void exportFlyway(Path folder) {
        export("Writing Flyway migrations", (p, ack) -> MigrationExport.flyway(p, ack, folder));
    }

    private interface Export {
        List<Path> write(MigrationPlan plan, boolean acknowledged) throws Exception;
    }

    private void export(String title, Export work) {
        if (!canExport.get()) {
            return;
        }
        // The worker gets the plan and the acknowledgement as they are now, not the fields.
        MigrationPlan current = plan;
        boolean ack = acknowledged.get();
        exporting.set(true);
        status.set(title + "\u2026");
        executor.submit(BackgroundTask.of(title, ctx -> work.write(current, ack))
                .onSuccess(files -> status.set("Wrote " + (files.size() == 1 ? files.get(0).toString()
                        : files.size() + " files to " + files.get(0).getParent())))
                .onFailure(error -> status.set("Could not write the migration: " + DiagnosticRow.describe(error)))
                .onFinished(() -> exporting.set(false)));
    }

    private void replan() {
        long mine = ++generation;
        RenameHints confirmed = new RenameHints(hints.entrySet().stream()
                .filter(e -> e.getKey().confirmedProperty().get()).map(Map.Entry::getValue).toList());
        Dialect dialect = target.get() == MigrationTarget.H2 ? Dialect.H2 : Dialect.POSTGRES;
        planning.set(true);
        acknowledged.set(false);
        executor.submit(BackgroundTask.of("Planning the migration", ctx -> {
                    SchemaDiff diff = new SchemaDiffer().diff(before, after, confirmed);
                    MigrationPlan p = new MigrationPlanner().plan(diff, before, after, dialect);
                    return new Planned(p, new PsqlScriptWriter().write(p, true));
                })
                .onSuccess(planned -> {
                    if (mine == generation) {
                        show(planned);
                    }
                })
                .onFailure(error -> status.set("Could not plan the migration: " + DiagnosticRow.describe(error)))
                .onFinished(() -> {
                    if (mine == generation) {
                        planning.set(false);
                    }
                }));
    }

    private record Planned(MigrationPlan plan, String script) {
    }

    private void show(Planned planned) {
        plan = planned.plan();
        if (hints.isEmpty()) {
            // The first plan has no confirmed rename: its proposals are every choice there is.
            offer(plan.proposals());
        }
        List<StepRow> rows = new ArrayList<>();
        // Why steps wait, counted per reason in the order of Acknowledgement (destructive first).
        Map<String, Integer> held = new LinkedHashMap<>();
        for (int i = 0; i < plan.steps().size(); i++) {
            Step s = plan.steps().get(i);
            rows.add(new StepRow(i + 1, s.phase().label(), s.kind(), s.subject(), s.locks().describe(), s.hazards(),
                    s.acknowledgement().required() ? s.acknowledgement().label() : "", s.sql(), s.note()));
        }
        for (Acknowledgement reason : Acknowledgement.values()) {
            long n = plan.steps().stream().filter(s -> s.acknowledgement() == reason && reason.required()).count();
            if (n > 0) {
                held.put(reason.label(), (int) n);
            }
        }
        int waiting = held.values().stream().mapToInt(Integer::intValue).sum();
        steps.setAll(rows);
        notes.setAll(plan.notes());
        script.set(planned.script());
        needsAcknowledgement.set(waiting > 0);
        acknowledgementText.set(waiting == 0 ? "" : (waiting == 1 ? "1 step waits" : waiting + " steps wait")
                + " for your acknowledgement (" + String.join(", ", held.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).toList()) + "): they lose data, break code still running"
                + " on the old schema, block traffic or fail depending on the rows present. Read their hazards below.");
        long hazards = rows.stream().filter(r -> !r.hazards().isEmpty()).count();
        status.set(rows.isEmpty() ? "Nothing to migrate: the schema is as the baseline"
                : rows.size() + (rows.size() == 1 ? " step, " : " steps, ") + hazards + " with hazards"
                + (waiting == 0 ? "" : ", " + waiting + " to acknowledge"));
    }

    private void offer(List<RenameProposal> proposals) {
        for (RenameProposal p : proposals) {
            boolean column = p.kind() == RenameProposal.Kind.COLUMN;
            RenameChoice choice = new RenameChoice(
                    (column ? p.table().name() + "." : "table ") + p.from() + " renamed to " + p.to() + "?", p.reason());
            hints.put(choice, new RenameHints.Hint(p.table().schema(), p.table().name(), column ? p.from() : null, p.to()));
            choice.confirmedProperty().addListener((obs, was, now) -> replan());
            renames.add(choice);
        }
    }
}
