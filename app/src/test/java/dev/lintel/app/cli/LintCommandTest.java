package dev.lintel.app.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lintel.model.ddl.parse.DdlImporter;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.document.DocumentStore;
import dev.lintel.model.document.LintelDocument;
import dev.lintel.model.lint.LintSettings;
import dev.lintel.model.lint.Waiver;
import dev.lintel.model.schema.ObjectPath;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
    // One warning (email not unique on users), infos and hints; no errors.
    private static final String USERS = """
            CREATE TABLE users (
              id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
              email varchar(255) NOT NULL,
              name text NOT NULL
            );
            """;
    // An error: no primary key.
    private static final String NO_PK = "CREATE TABLE audit (\n  at timestamptz NOT NULL,\n  what text NOT NULL\n);\n";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return LintelCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private String file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p.toString();
    }

    @Test
    void exitCodeFollowsTheSeverityThreshold() throws IOException {
        String users = file("users.sql", USERS);
        assertEquals(ExitCodes.OK, run("lint", users), err.toString());
        assertEquals(ExitCodes.OK, run("lint", users, "--severity-threshold", "error"));
        assertEquals(ExitCodes.FINDINGS, run("lint", users, "--severity-threshold", "warning"));
        assertEquals(ExitCodes.FINDINGS, run("lint", users, "--severity-threshold", "info"));
        assertEquals(ExitCodes.FINDINGS, run("lint", users, "--severity-threshold", "hint"));
        assertEquals(ExitCodes.FINDINGS, run("lint", file("audit.sql", NO_PK)));
    }

    @Test
    void unusableInputOrConfigIsExitTwo() throws IOException {
        assertEquals(ExitCodes.USAGE, run("lint", dir.resolve("missing.sql").toString()));
        assertEquals(ExitCodes.USAGE, run("lint", file("u.sql", USERS), "--config", file("bad.json", "{not json")));
        assertEquals(ExitCodes.USAGE, run("lint", file("v.sql", USERS), "--severity-threshold", "fatal"));
    }

    @Test
    void textIsCompilerStyleWithASummary() throws IOException {
        run("lint", file("users.sql", USERS), "--severity-threshold", "warning");
        String text = out.toString();
        assertTrue(text.contains("users.sql:1: warning design-email-not-unique: "), text);
        assertTrue(text.lines().reduce((a, b) -> b).orElseThrow().matches("\\d+ findings: 0 errors, 1 warnings, \\d+ info, \\d+ hints; 0 waived.*"), text);
    }

    @Test
    void jsonHasExactlyTheContractedFieldNames() throws IOException {
        assertEquals(ExitCodes.OK, run("lint", file("users.sql", USERS), "--format", "json"));
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertEquals(Set.of("findings", "waived", "staleWaivers"), names(root));
        assertTrue(root.get("findings").size() > 0);
        for (JsonNode f : root.get("findings")) {
            assertEquals(Set.of("rule", "severity", "object", "message", "line", "confidence", "fixes"), names(f));
        }
        JsonNode email = find(root.get("findings"), "design-email-not-unique");
        assertEquals("warning", email.get("severity").asText());
        assertEquals("column:public.users.email", email.get("object").asText());
        assertEquals(1, email.get("line").asInt(), "objects are placed on their statement's first line");
    }

    @Test
    void sarifHasTheRequiredStructure() throws IOException {
        run("lint", file("users.sql", USERS), "--format", "sarif");
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertEquals("2.1.0", root.get("version").asText());
        assertTrue(root.get("$schema").asText().contains("sarif"));
        JsonNode driver = root.at("/runs/0/tool/driver");
        assertEquals("lintel", driver.get("name").asText());
        assertFalse(driver.get("version").asText().isBlank());
        for (JsonNode rule : driver.get("rules")) {
            assertFalse(rule.get("id").asText().isBlank());
            assertFalse(rule.at("/shortDescription/text").asText().isBlank(), rule.toString());
            assertFalse(rule.at("/fullDescription/text").asText().isBlank(), rule.toString());
            assertTrue(Set.of("error", "warning", "note").contains(rule.at("/defaultConfiguration/level").asText()));
        }
        JsonNode results = root.at("/runs/0/results");
        assertTrue(results.size() > 0);
        for (JsonNode r : results) {
            assertFalse(r.get("ruleId").asText().isBlank());
            assertTrue(Set.of("error", "warning", "note").contains(r.get("level").asText()));
            assertFalse(r.at("/message/text").asText().isBlank());
            assertTrue(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText().endsWith("users.sql"));
            assertTrue(r.at("/locations/0/physicalLocation/region/startLine").asInt() >= 1);
            assertFalse(r.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText().isBlank());
        }
    }

    @Test
    void inlineWaiverTurnsAFailingRunIntoAPassingOne() throws IOException {
        String plain = file("users.sql", USERS);
        assertEquals(ExitCodes.FINDINGS, run("lint", plain, "--severity-threshold", "warning"));
        String waived = file("waived.sql", "-- lintel:ignore design-email-not-unique unique in the identity provider\n" + USERS);
        assertEquals(ExitCodes.OK, run("lint", waived, "--severity-threshold", "warning", "--format", "json"), out.toString());
        JsonNode root = new ObjectMapper().readTree(out.toString().substring(out.toString().indexOf('{')));
        assertEquals("unique in the identity provider", find(root.get("waived"), "design-email-not-unique").get("reason").asText());
    }

    @Test
    void documentWaiversAndConfigWaiversTurnAFailingRunIntoAPassingOne() throws IOException {
        Waiver w = new Waiver("design-email-not-unique", ObjectPath.parse("column:public.users.email"), "IdP", "ana", null);
        var imported = new DdlImporter().importText(USERS, "users.sql", Dialect.POSTGRES);
        Path plainDoc = dir.resolve("plain.lintel");
        DocumentStore.save(plainDoc, LintelDocument.of(imported.schema()));
        assertEquals(ExitCodes.FINDINGS, run("lint", plainDoc.toString(), "--severity-threshold", "warning"));
        Path doc = dir.resolve("users.lintel");
        DocumentStore.save(doc, LintelDocument.of(imported.schema()).withLint(LintSettings.defaults().withWaivers(List.of(w))));
        assertEquals(ExitCodes.OK, run("lint", doc.toString(), "--severity-threshold", "warning"), out.toString());

        String config = file("lint.json", "{\"waivers\": [{\"rule\": \"design-email-not-unique\","
                + " \"object\": \"column:public.users.email\", \"reason\": \"IdP\"}]}");
        assertEquals(ExitCodes.OK, run("lint", file("users.sql", USERS), "--config", config, "--severity-threshold", "warning"));
    }

    @Test
    void configCanRaiseASeverityAndStaleWaiversAreReported() throws IOException {
        String config = file("lint.json", "{\"rules\": {\"design-email-not-unique\": {\"severity\": \"error\"}},"
                + " \"waivers\": [{\"rule\": \"design-char-type\", \"object\": \"column:public.gone.code\", \"reason\": \"old\"}]}");
        assertEquals(ExitCodes.FINDINGS, run("lint", file("users.sql", USERS), "--config", config));
        assertTrue(err.toString().contains("stale waiver of design-char-type on column:public.gone.code: object missing"), err.toString());
    }

    @Test
    void h2TargetReportsPostgresOnlyFeatures() throws IOException {
        String sql = file("docs.sql", "CREATE TABLE docs (id bigint PRIMARY KEY, body jsonb NOT NULL);\n");
        assertEquals(ExitCodes.OK, run("lint", sql));
        assertEquals(ExitCodes.FINDINGS, run("lint", sql, "--dialect", "h2"));
        assertTrue(out.toString().contains("dialect-unsupported-feature"), out.toString());
    }

    @Test
    void outputFileReceivesTheReport() throws IOException {
        Path report = dir.resolve("report.sarif");
        run("lint", file("users.sql", USERS), "--format", "sarif", "-o", report.toString());
        assertTrue(Files.readString(report).contains("\"version\" : \"2.1.0\""));
    }

    private static JsonNode find(JsonNode array, String rule) {
        for (JsonNode f : array) {
            if (f.get("rule").asText().equals(rule)) {
                return f;
            }
        }
        throw new AssertionError("no " + rule + " in " + array);
    }

    private static Set<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return Set.copyOf(out);
    }
}
