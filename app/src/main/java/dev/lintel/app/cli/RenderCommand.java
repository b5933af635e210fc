package dev.lintel.app.cli;

import dev.lintel.app.canvas.CardGeometry;
import dev.lintel.app.canvas.DiagramContent;
import dev.lintel.app.canvas.DiagramViewModel;
import dev.lintel.app.canvas.ExportPicture;
import dev.lintel.model.document.DocumentStore;
import dev.lintel.model.document.Layout;
import dev.lintel.model.layout.DiagramArea;
import dev.lintel.model.layout.DiagramDrawing;
import dev.lintel.model.layout.DiagramPicture;
import dev.lintel.model.layout.DiagramTheme;
import dev.lintel.model.layout.SvgDiagramWriter;
import dev.lintel.model.source.LoadedSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lintel render INPUT -o diagram.svg|png [--scale 1..4] [--theme light|dark]}: the diagram
 * the window shows (same cards, same ELK layout, a document's stored positions and subject areas),
 * headless. SVG through the model's writer; PNG painted with Java2D from the same drawing.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Draw the diagram of INPUT as SVG or PNG (chosen by the extension of -o), without a display.",
                "A .lintel document keeps its card positions and subject areas; other inputs are laid out automatically."})
final class RenderCommand implements Callable<Integer> {
    enum Theme { light, dark }

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "The image to write: FILE.svg (vector, text as text) or FILE.png.")
    Path file;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "1",
            description = "PNG pixels per diagram unit, 1 to 4 (default 1); lowered when the image would exceed 16,384 px a side.")
    double scale;

    @Option(names = "--theme", paramLabel = "THEME", defaultValue = "light", description = "light (default) or dark.")
    Theme theme;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean png = name.endsWith(".png");
        if (!png && !name.endsWith(".svg")) {
            err.println("lintel: -o must name a .svg or .png file, not '" + file + "'");
            return ExitCodes.USAGE;
        }
        if (!(scale >= 1 && scale <= 4)) {
            err.println("lintel: --scale must be between 1 and 4, not " + scale);
            return ExitCodes.USAGE;
        }
        LoadedSchema loaded = input.load(err);
        if (loaded == null) {
            return ExitCodes.USAGE;
        }
        Layout stored = loaded.document() == null ? Layout.empty() : loaded.document().layout();
        DiagramViewModel.Diagram diagram = DiagramContent.of(loaded.schema(), stored.positions());
        List<DiagramArea> areas = stored.subjectAreas().stream().map(a -> new DiagramArea(a.name(), a.color(), a.members())).toList();
        DiagramPicture picture = ExportPicture.of(diagram, areas);
        DiagramTheme colours = theme == Theme.dark ? DiagramTheme.DARK : DiagramTheme.LIGHT;
        try {
            if (png) {
                DocumentStore.writeAtomically(file, png(picture, colours, err));
            } else {
                DocumentStore.writeAtomically(file, new SvgDiagramWriter(CardGeometry.HEADER, CardGeometry.ROWS_TOP,
                        CardGeometry.ROW).write(picture, colours));
            }
        } catch (IOException e) {
            err.println("lintel: cannot write " + file + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        return loaded.hasErrors() ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private byte[] png(DiagramPicture picture, DiagramTheme colours, PrintWriter err) throws IOException {
        // No display is needed or wanted: CI machines have none.
        System.setProperty("java.awt.headless", "true");
        DiagramDrawing drawing = DiagramDrawing.of(picture, colours, CardGeometry.HEADER, CardGeometry.ROWS_TOP, CardGeometry.ROW);
        double used = PngDiagramWriter.fittedScale(drawing.frame(), scale);
        if (used < scale) {
            err.printf(Locale.ROOT, "lintel: the diagram is large; drawn at scale %.2f instead of %s to stay within %,d px a side"
                    + " and %,d pixels%n", used, scale, PngDiagramWriter.MAX_SIDE, PngDiagramWriter.MAX_PIXELS);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        ImageIO.write(PngDiagramWriter.paint(drawing, used), "png", bytes);
        return bytes.toByteArray();
    }
}
