package dev.lintel.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.ddl.parse.DdlImporter;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.document.DocumentStore;
import dev.lintel.model.document.Layout;
import dev.lintel.model.document.LintelDocument;
import dev.lintel.model.document.Position;
import dev.lintel.model.document.SubjectArea;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.testing.Corpus;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code lintel render}, run in-process on corpus schemas: SVG and PNG, headless. */
class RenderCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return LintelCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private static Path pagila() {
        return Corpus.assumeAvailable().resolve("postgresql/pagila.sql");
    }

    private static Schema schemaOf(Path sql) throws Exception {
        return new DdlImporter().importFile(sql, Dialect.POSTGRES).schema();
    }

    private static List<Element> groups(Document doc, String styleClass) {
        NodeList all = doc.getElementsByTagName("g");
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element g = (Element) all.item(i);
            if (styleClass.equals(g.getAttribute("class"))) {
                found.add(g);
            }
        }
        return found;
    }

    private static Document parse(Path svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
    }

    @Test
    void svgHasOneGroupPerTableViewAndEnumType() throws Exception {
        Schema schema = schemaOf(pagila());
        Path svg = dir.resolve("pagila.svg");

        assertEquals(ExitCodes.OK, run("render", pagila().toString(), "-o", svg.toString()), err.toString());

        Document doc = parse(svg);
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertEquals(schema.tables().size(), groups(doc, "table").size());
        assertEquals(schema.views().size(), groups(doc, "view").size());
        assertEquals(schema.enums().size(), groups(doc, "enum").size());
        assertTrue(schema.views().size() > 0 && schema.enums().size() > 0, "pagila has views and an enum type");
        assertTrue(doc.getElementsByTagName("path").getLength() > 0, "foreign keys are drawn");
        assertEquals("", out.toString(), "nothing on stdout when writing a file");
    }

    @Test
    void pngAtScaleTwoIsTwiceTheSvgSizeAndNotBlank() throws Exception {
        Path svg = dir.resolve("d.svg");
        Path png = dir.resolve("d.png");
        assertEquals(ExitCodes.OK, run("render", pagila().toString(), "-o", svg.toString()), err.toString());
        assertEquals(ExitCodes.OK, run("render", pagila().toString(), "-o", png.toString(), "--scale", "2", "--theme", "dark"),
                err.toString());

        String[] viewBox = parse(svg).getDocumentElement().getAttribute("viewBox").split(" ");
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, "a PNG that decodes");
        assertEquals((int) Math.ceil(Double.parseDouble(viewBox[2]) * 2), image.getWidth());
        assertEquals((int) Math.ceil(Double.parseDouble(viewBox[3]) * 2), image.getHeight());
        int background = image.getRGB(0, 0);
        assertTrue((background & 0xff) < 0x40, "the dark theme's background: " + Integer.toHexString(background));
        long differing = 0;
        for (int y = 0; y < image.getHeight(); y += 5) {
            for (int x = 0; x < image.getWidth(); x += 5) {
                if (image.getRGB(x, y) != background) {
                    differing++;
                }
            }
        }
        assertTrue(differing > image.getWidth() * image.getHeight() / 25 / 10, "cards cover part of the image: " + differing);
    }

    @Test
    void aDocumentKeepsItsStoredPositionsAndDrawsItsSubjectAreas() throws Exception {
        Path sql = Corpus.assumeAvailable().resolve("postgresql/chinook.sql");
        Schema schema = schemaOf(sql);
        String album = "table:public.album";
        assertTrue(schema.tables().stream().anyMatch(t -> t.name().name().equals("album")));
        Path doc = dir.resolve("chinook.lintel");
        DocumentStore.save(doc, LintelDocument.of(schema).withLayout(new Layout(Map.of(album, new Position(4000, 3000)),
                List.of(new SubjectArea("Music", "#8b5cf6", List.of(album, "table:public.artist"))))));
        Path svg = dir.resolve("chinook.svg");

        assertEquals(ExitCodes.OK, run("render", doc.toString(), "-o", svg.toString()), err.toString());

        Document parsed = parse(svg);
        Element card = groups(parsed, "table").stream().filter(g -> g.getAttribute("data-id").equals(album)).findFirst()
                .orElseThrow(() -> new AssertionError("no card " + album + " in " + groups(parsed, "table").size()));
        Element box = (Element) card.getElementsByTagName("rect").item(0);
        assertEquals("4000", box.getAttribute("x"));
        assertEquals("3000", box.getAttribute("y"));
        List<Element> areas = groups(parsed, "area");
        assertEquals(1, areas.size());
        assertEquals("Music", areas.get(0).getAttribute("data-id"));
    }

    @Test
    void missingInputIsAUsageErrorExplainedOnStderr() {
        Path missing = dir.resolve("nope.sql");

        int code = run("render", missing.toString(), "-o", dir.resolve("x.svg").toString());

        assertEquals(ExitCodes.USAGE, code);
        assertTrue(err.toString().contains("nope.sql"), err.toString());
        assertFalse(Files.exists(dir.resolve("x.svg")));
    }

    @Test
    void anOutputThatIsNeitherSvgNorPngOrAScaleOutOfRangeIsAUsageError() throws Exception {
        Path sql = Files.writeString(dir.resolve("t.sql"), "CREATE TABLE t (id int PRIMARY KEY);\n");

        assertEquals(ExitCodes.USAGE, run("render", sql.toString(), "-o", dir.resolve("t.jpg").toString()));
        assertTrue(err.toString().contains(".svg or .png"), err.toString());
        assertEquals(ExitCodes.USAGE, run("render", sql.toString(), "-o", dir.resolve("t.png").toString(), "--scale", "5"));
        assertTrue(err.toString().contains("--scale"), err.toString());
        assertEquals(ExitCodes.USAGE, run("render", sql.toString()), "-o is required");
    }
}
