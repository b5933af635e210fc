package dev.lintel.app.shell;

import dev.lintel.app.canvas.CardGeometry;
import dev.lintel.app.canvas.DiagramImage;
import dev.lintel.app.canvas.DiagramViewModel;
import dev.lintel.app.canvas.ExportPicture;
import dev.lintel.app.importing.DiagnosticRow;
import dev.lintel.app.task.BackgroundTask;
import dev.lintel.app.task.TaskExecutor;
import dev.lintel.model.layout.DiagramTheme;
import dev.lintel.model.layout.SvgDiagramWriter;
import dev.lintel.model.schema.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * File > Export Diagram: SVG written from the model's layout, PNG rendered from the canvas. The
 * files are encoded and written on the background executor; the window's status and alerts go
 * through the same host the document session uses.
 */
public final class DiagramExports {
    private final TaskExecutor executor;
    private final Supplier<Schema> schema;
    private final DiagramViewModel diagram;
    private final DocumentSession.Host host;

    DiagramExports(TaskExecutor executor, Supplier<Schema> schema, DiagramViewModel diagram, DocumentSession.Host host) {
        this.executor = executor;
        this.schema = schema;
        this.diagram = diagram;
        this.host = host;
    }

    /** Writes the diagram as SVG (text as text; views, enum types and subject areas as on the canvas), on the background executor. */
    public void exportSvg(Path file) {
        var picture = ExportPicture.of(diagram.diagramProperty().get(),
                ExportPicture.areasOf(diagram.subjectAreas().areasProperty().get()));
        write(file, () -> Files.writeString(file, new SvgDiagramWriter(CardGeometry.HEADER, CardGeometry.ROWS_TOP,
                CardGeometry.ROW).write(picture, DiagramTheme.LIGHT)));
    }

    /**
     * Renders the whole diagram at {@code scale} (lowered so no side exceeds 16,384 px) on the UI
     * thread, in tiles, and encodes and writes the PNG on the background executor.
     */
    public void exportPng(Path file, double scale, boolean dark) {
        javafx.scene.image.WritableImage image = DiagramImage.render(diagram.diagramProperty().get(),
                diagram.findingsProperty().get(), dark, scale);
        write(file, () -> javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                file.toFile()));
    }

    @FunctionalInterface
    private interface FileWork {
        Object run() throws Exception;
    }

    private void write(Path file, FileWork work) {
        String title = "Exporting " + file.getFileName();
        host.working(title + "\u2026");
        executor.submit(BackgroundTask.of(title, ctx -> work.run())
                .onSuccess(ignored -> host.status("Exported " + file.getFileName()))
                .onFailure(error -> {
                    host.status("Could not export " + file.getFileName() + ": " + DiagnosticRow.describe(error));
                    host.alert(new LoadProblem("Could not export " + file.getFileName(), DiagnosticRow.describe(error)));
                })
                .onFinished(host::idle));
    }
}
