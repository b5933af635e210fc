package dev.lintel.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.app.importing.DdlImportService;
import dev.lintel.app.shell.MainWindowView;
import dev.lintel.app.shell.MainWindowViewModel;
import dev.lintel.app.task.CurrentThreadTaskExecutor;
import dev.lintel.app.task.ImmediateDelayScheduler;
import dev.lintel.app.task.ThreadPoolTaskExecutor;
import dev.lintel.app.theme.ThemeManager;
import dev.lintel.model.document.Position;
import dev.lintel.model.layout.Rect;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.testing.GeneratedSchema;
import dev.lintel.model.schema.Table;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The ER canvas in the real window, headless (Monocle), on the bundled sample and generated schemas. */
@ExtendWith(ApplicationExtension.class)
class CanvasViewTest {
    private MainWindowViewModel viewModel;
    private MainWindowView view;
    private ThemeManager theme;
    private Stage stage;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        theme = new ThemeManager();
        viewModel = new MainWindowViewModel(new CurrentThreadTaskExecutor(), DdlImportService.usingModelImporter(),
                new ImmediateDelayScheduler());
        view = new MainWindowView(viewModel, theme);
        Scene scene = new Scene(view, 1200, 760);
        theme.install(scene);
        stage.setScene(scene);
        stage.show();
    }

    private DiagramCanvasView canvas(FxRobot robot) {
        return robot.lookup("#diagram-canvas").queryAs(DiagramCanvasView.class);
    }

    @Test
    void theSampleHasACardForEveryTableAndAnEdgeForEveryForeignKey(FxRobot robot) {
        robot.interact(viewModel::loadSample);
        Schema schema = viewModel.schemaProperty().get();
        DiagramCanvasView canvas = canvas(robot);

        // Views and enum types have cards too.
        assertEquals(schema.tables().size() + schema.views().size() + schema.enums().size(), canvas.shownLayout().nodes().size());
        int foreignKeys = schema.tables().stream().mapToInt(t -> t.foreignKeys().size()).sum();
        assertTrue(foreignKeys > 0);
        assertEquals(foreignKeys, canvas.shownLayout().routes().size());
        for (Table t : schema.tables()) {
            robot.interact(() -> viewModel.select("table:" + t.name()));
            TableCardView card = robot.lookup("#card-" + t.name().name()).queryAs(TableCardView.class);
            assertNotNull(card, t.name().toString());
            assertTrue(card.getLocalToSceneTransform() != null && canvas.visibleArea().contains(canvas.shownLayout().nodes().get("table:" + t.name())));
        }
        // The key markers say what they mean on hover, on every card.
        java.util.Set<javafx.scene.control.Label> primaryKeys = robot.lookup(".marker-pk").queryAllAs(javafx.scene.control.Label.class);
        assertTrue(primaryKeys.size() > 1, "PK markers on the cards: " + primaryKeys.size());
        primaryKeys.forEach(pk -> assertEquals("primary key", pk.getTooltip().getText()));
        robot.lookup(".marker-nn").queryAllAs(javafx.scene.control.Label.class)
                .forEach(nn -> assertEquals("not null", nn.getTooltip().getText()));
    }

    @Test
    void zoomToFitShowsTheWholeDiagramAndFarZoomPaintsNamesInsteadOfNodes(FxRobot robot) {
        robot.interact(() -> viewModel.showSchema(generated(120), "generated"));
        DiagramCanvasView canvas = canvas(robot);
        robot.interact(canvas::zoomToActualSize);
        assertFalse(canvas.visibleArea().contains(canvas.shownLayout().bounds()));

        robot.clickOn("#diagram-zoom-fit");

        assertTrue(canvas.visibleArea().contains(canvas.shownLayout().bounds()),
                canvas.visibleArea() + " contains " + canvas.shownLayout().bounds());
        assertTrue(canvas.scale() < DiagramCanvasView.DETAIL_SCALE, "120 tables fit only far out: " + canvas.scale());
        assertEquals(0, canvas.cardNodes().size(), "names only: no card nodes");

        robot.clickOn("#diagram-zoom-100");
        assertEquals(1.0, canvas.scale(), 1e-9);
        robot.interact(() -> canvas.centreOn("table:public.t0"));
        int shown = canvas.cardNodes().size();
        assertTrue(shown > 0 && shown < 120, "only the visible cards are nodes: " + shown);
    }

    @Test
    void draggingACardMovesItKeepsThePositionInTheDocumentAndMarksItUnsaved(FxRobot robot) {
        robot.interact(() -> viewModel.showSchema(generated(6), "small"));
        DiagramCanvasView canvas = canvas(robot);
        robot.interact(canvas::zoomToActualSize);
        robot.interact(() -> canvas.centreOn("table:public.t3"));
        assertFalse(viewModel.dirtyProperty().get());
        Rect before = canvas.shownLayout().nodes().get("table:public.t3");
        TableCardView card = robot.lookup("#card-t3").queryAs(TableCardView.class);

        robot.drag(card.lookup(".table-card-header")).moveBy(40, 30).moveBy(40, 30).drop();

        Rect after = canvas.shownLayout().nodes().get("table:public.t3");
        assertEquals(before.x() + 80, after.x(), 2.0);
        assertEquals(before.y() + 60, after.y(), 2.0);
        Position stored = viewModel.currentDocument().layout().positions().get("table:public.t3");
        assertEquals(after.x(), stored.x(), 1e-9);
        assertEquals(after.y(), stored.y(), 1e-9);
        assertTrue(viewModel.dirtyProperty().get(), "a move is an unsaved change");
        assertEquals("table:public.t3", viewModel.selectedObjectProperty().get());
    }

    @Test
    void theDarkThemeRepaintsTheCanvas(FxRobot robot) {
        robot.interact(() -> viewModel.showSchema(generated(6), "small"));
        DiagramCanvasView canvas = canvas(robot);
        javafx.scene.paint.Color[] shot = new javafx.scene.paint.Color[2];
        robot.interact(() -> shot[0] = canvas.snapshot(null, null).getPixelReader().getColor(3, 3));
        var light = shot[0];

        robot.interact(() -> theme.darkProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> shot[1] = canvas.snapshot(null, null).getPixelReader().getColor(3, 3));
        var dark = shot[1];

        assertNotEquals(light, dark);
        assertTrue(dark.getBrightness() < light.getBrightness(), light + " -> " + dark);
        robot.interact(() -> theme.darkProperty().set(false));
    }

    @Test
    void exportsTheDiagramAsSvgWithATableGroupPerTableAndAsAPng(FxRobot robot) throws Exception {
        robot.interact(viewModel::loadSample);
        int tables = viewModel.schemaProperty().get().tables().size();
        Path svg = dir.resolve("diagram.svg");
        Path png = dir.resolve("diagram.png");

        robot.interact(() -> view.exportTo(svg));
        robot.interact(() -> view.exportTo(png));

        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        NodeList groups = doc.getElementsByTagName("g");
        int tableGroups = 0;
        for (int i = 0; i < groups.getLength(); i++) {
            if ("table".equals(((Element) groups.item(i)).getAttribute("class"))) {
                tableGroups++;
            }
        }
        assertEquals(tables, tableGroups);
        assertTrue(doc.getElementsByTagName("text").getLength() > tables, "names and columns as text");
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, "a PNG that decodes");
        assertTrue(image.getWidth() > 300 && image.getHeight() > 200, image.getWidth() + "x" + image.getHeight());
        int first = image.getRGB(0, 0);
        boolean varied = false;
        for (int y = 0; y < image.getHeight() && !varied; y += 7) {
            for (int x = 0; x < image.getWidth() && !varied; x += 7) {
                varied = image.getRGB(x, y) != first;
            }
        }
        assertTrue(varied, "not a blank image");
    }

    @Test
    void aThousandTablesOpenWithoutBlockingTheUiThread(FxRobot robot) throws Exception {
        Schema big = generated(1000);
        ThreadPoolTaskExecutor workers = new ThreadPoolTaskExecutor(1, Platform::runLater);
        MainWindowViewModel[] vm = new MainWindowViewModel[1];
        robot.interact(() -> {
            vm[0] = new MainWindowViewModel(workers, DdlImportService.usingModelImporter(), new ImmediateDelayScheduler());
            stage.setScene(new Scene(new MainWindowView(vm[0], theme), 1200, 760));
        });
        AtomicInteger answered = new AtomicInteger();
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
        try {
            watchdog.scheduleAtFixedRate(() -> Platform.runLater(answered::incrementAndGet), 0, 10, TimeUnit.MILLISECONDS);
            robot.interact(() -> vm[0].showSchema(big, "big"));
            int atStart = answered.get();
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !vm[0].diagram().layingOutProperty().get()
                    && vm[0].diagram().diagramProperty().get().layout().nodes().size() == 1000);
            int during = answered.get() - atStart;
            // The layout takes seconds; a UI thread blocked by it would answer no ping until the end.
            assertTrue(during >= 10, "the UI thread kept answering while laying out: " + during + " pings");
        } finally {
            watchdog.shutdownNow();
            workers.close();
        }
        WaitForAsyncUtils.waitForFxEvents();
        DiagramCanvasView canvas = robot.lookup("#diagram-canvas").queryAs(DiagramCanvasView.class);
        robot.interact(canvas::zoomToActualSize);
        assertTrue(canvas.cardNodes().size() < 60, "the scene graph follows the screen: " + canvas.cardNodes().size());
    }

    @Test
    void anEditKeepsTheViewAndTheCardsItLeftAloneAndRebuildsTheOneItChanged(FxRobot robot) {
        robot.interact(() -> viewModel.showSchema(generated(40), "generated"));
        DiagramCanvasView canvas = canvas(robot);
        robot.interact(() -> viewModel.select("table:public.t20"));
        double scale = canvas.scale();
        Rect view = canvas.visibleArea();
        TableCardView edited = robot.lookup("#card-t20").queryAs(TableCardView.class);
        java.util.List<TableCardView> others = canvas.cardNodes().stream().filter(c -> c != edited).toList();
        assertFalse(others.isEmpty(), "other cards are on screen around the selected one");

        robot.interact(() -> viewModel.inspector().editing().addColumn("added_in_the_inspector", "text"));

        assertEquals(scale, canvas.scale(), 1e-9, "an edit does not zoom the view out to the whole diagram");
        assertEquals(view, canvas.visibleArea());
        TableCardView now = robot.lookup("#card-t20").queryAs(TableCardView.class);
        assertNotEquals(edited, now, "the edited table's card is built again");
        assertTrue(now.card().columns().stream().anyMatch(c -> c.name().equals("added_in_the_inspector")));
        assertTrue(canvas.cardNodes().containsAll(others), "the other cards keep their nodes");

        robot.interact(() -> viewModel.inspector().editing().setColumnComment("added_in_the_inspector", "typed in"));
        assertTrue(now == robot.lookup("#card-t20").queryAs(TableCardView.class), "a comment is taken in place");
        assertEquals("added_in_the_inspector: typed in", now.lookupAll(".table-card-column-name").stream()
                .map(n -> (javafx.scene.control.Label) n).filter(l -> l.getText().equals("added_in_the_inspector"))
                .findFirst().orElseThrow().getTooltip().getText(), "its tooltip says the new comment");

        java.util.Map<String, Rect> frames = canvas.paintedAreaFrames();
        robot.interact(() -> viewModel.inspector().editing().setTableComment("edited again"));
        assertEquals("edited again", robot.lookup("#card-t20").queryAs(TableCardView.class).card().comment());
        assertTrue(frames == canvas.paintedAreaFrames(), "an edit that moves no card and no edge does not paint the edges again");
        robot.interact(() -> canvas.panBy(5, 0));
        assertFalse(frames == canvas.paintedAreaFrames(), "a pan does");

        robot.interact(() -> viewModel.showSchema(generated(40), "another document"));
        assertFalse(canvas.cardNodes().stream().anyMatch(others::contains), "a schema of its own builds its cards anew");
    }

    static Schema generated(int count) {
        return GeneratedSchema.tables(count);
    }
}
