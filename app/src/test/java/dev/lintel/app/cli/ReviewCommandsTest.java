package dev.lintel.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.ddl.parse.DdlImporter;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.document.DocumentStore;
import dev.lintel.model.document.LintelDocument;
import dev.lintel.model.lint.Finding;
import dev.lintel.model.lint.Linter;
import dev.lintel.model.report.ReviewBundle;
import dev.lintel.model.review.FindingKey;
import dev.lintel.model.review.ReviewActions;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Table;
import dev.lintel.model.testing.PostgresServer;
import dev.lintel.model.testing.TestDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lintel report} (HTML bundle and Markdown dictionary), {@code lintel comments-sql}, and waivers in {@code lint}. */
class ReviewCommandsTest {
    static final String SQL = """
            CREATE TABLE users (
              id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
              email varchar(255) NOT NULL,
              status varchar(50) DEFAULT 'new',
              name text NOT NULL
            );
            COMMENT ON TABLE users IS 'People who can log in';
            CREATE TABLE orders (
              id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
              user_id bigint NOT NULL REFERENCES users (id),
              total numeric(12,2) NOT NULL CHECK (total >= 0)
            );
            CREATE INDEX orders_user_idx ON orders (user_id);
            CREATE TABLE audit (at timestamptz NOT NULL, what text NOT NULL);
            """;
    static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");
    static final QualifiedName USERS = QualifiedName.of("public", "users");

    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return LintelCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    static ReviewActions actions(String... ids) {
        Deque<String> queue = new ArrayDeque<>(List.of(ids));
        return new ReviewActions(queue::removeFirst);
    }

    /** A reviewed document: threads, a reply, a comment on a finding, descriptions, a waiver and a sign-off. */
    static LintelDocument reviewed() {
        LintelDocument doc = LintelDocument.of(new DdlImporter().importText(SQL, "shop.sql", Dialect.POSTGRES).schema());
        List<Finding> findings = new Linter().lint(doc.schema(), doc.lint()).findings();
        Finding email = findings.stream().filter(f -> f.ruleId().equals("design-email-not-unique")).findFirst().orElseThrow();
        ReviewActions a = actions("20", "50", "80", "b0", "c0", "d0");
        doc = a.comment(doc, "column:public.users.email", "ana", T0, "Should this be **citext**? <script>alert(1)</script>");
        doc = a.reply(doc, "20", "bo", T0.plusSeconds(60), "No: see `lower(email)` index plan.");
        doc = a.comment(doc, FindingKey.of(email).toString(), "cy", T0.plusSeconds(120), "The IdP guarantees it.");
        doc = a.describe(doc, ObjectPath.column(USERS, "email"), "ana", T0.plusSeconds(180), "Login e-mail; it's unique per IdP");
        doc = a.describe(doc, ObjectPath.table(QualifiedName.of("public", "orders")), "ana", T0.plusSeconds(190), "One order per checkout");
        doc = a.comment(doc, "table:public.audit", "bo", T0.plusSeconds(200), "Resolved question");
        doc = a.resolve(doc, "d0", true);
        doc = a.waive(doc, email, "uniqueness is enforced by the identity provider", "ana", LocalDate.of(2026, 11, 20));
        return a.signOff(doc, List.of("ana", "bo"), T0.plusSeconds(3600), "Approved for **v2**",
                new Linter().lint(doc.schema(), doc.lint()));
    }

    /** The reviewed document after the sign-off: users.name widened, users.phone added. */
    static LintelDocument changedAfterSignOff() {
        LintelDocument doc = reviewed();
        Table users = doc.schema().table(USERS).orElseThrow();
        List<Column> cols = new ArrayList<>();
        for (Column c : users.columns()) {
            cols.add(c.name().equals("name") ? c.withType(DataType.of("varchar", "200")) : c);
        }
        cols.add(Column.of("phone", DataType.of("text")));
        Table changed = users.withColumns(cols);
        return doc.withSchema(doc.schema().withTables(doc.schema().tables().stream().map(t -> t == users ? changed : t).toList()));
    }

    private Path save(String name, LintelDocument doc) throws IOException {
        Path p = dir.resolve(name);
        DocumentStore.save(p, doc);
        return p;
    }

    @Test
    void htmlBundleHasEverySectionTheDiagramOfEveryTableAndNothingThatReachesTheNetwork() throws IOException {
        Path doc = save("shop.lintel", changedAfterSignOff());
        Path html = dir.resolve("review.html");
        assertEquals(ExitCodes.OK, run("report", doc.toString(), "-o", html.toString()), err.toString());
        String page = Files.readString(html);
        for (String id : ReviewBundle.SECTION_IDS) {
            assertTrue(page.contains("<section id=\"" + id + "\">"), id);
        }
        assertEquals(3, count(page, "<g class=\"table"), "one card per table");
        assertTrue(page.contains("data-id=\"table:public.orders\""));
        assertEquals(1, count(page, "<path class=\"fk\""), "one foreign key line");
        // Waivers: who and why; the waived finding is listed, not counted as open.
        assertTrue(page.contains("waived by ana on 2026-11-20: <q>uniqueness is enforced by the identity provider</q>"));
        // Comments: Markdown rendered, HTML in comments escaped, replies and state shown.
        assertTrue(page.contains("Should this be <strong>citext</strong>? &lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(page.contains("<code>lower(email)</code>"));
        assertTrue(page.contains("Finding design-email-not-unique on public.users.email"));
        assertTrue(page.contains("<span class=\"state\">resolved</span>"));
        // The sign-off is outdated and says what changed.
        assertTrue(page.contains("class=\"banner outdated\""));
        assertTrue(page.contains("public.users: columns added phone; columns changed name (type)"), page);
        assertTrue(page.contains("Approved for <strong>v2</strong>"));
        // The DDL.
        assertTrue(page.contains("CREATE TABLE public.orders"), "DDL section");
        assertNoNetwork(page);
    }

    @Test
    void aCurrentSignOffShowsAsCurrentAndASqlInputGetsABundleToo() throws IOException {
        assertEquals(ExitCodes.OK, run("report", save("shop.lintel", reviewed()).toString()), err.toString());
        assertTrue(out.toString().contains("class=\"banner current\""));
        Path sql = dir.resolve("shop.sql");
        Files.writeString(sql, SQL);
        assertEquals(ExitCodes.OK, run("report", sql.toString()), err.toString());
        String page = out.toString();
        assertTrue(page.contains("Nobody has signed this schema off yet."));
        assertTrue(page.contains("<p>No comments.</p>"));
        assertTrue(page.contains("design-table-without-pk"));
        assertNoNetwork(page);
    }

    @Test
    void withABaselineTheBundleHasTheMigrationPlanWithLocksAndHazards() throws IOException {
        Path doc = save("shop.lintel", changedAfterSignOff());
        Path baseline = dir.resolve("deployed.sql");
        Files.writeString(baseline, SQL);
        assertEquals(ExitCodes.OK, run("report", doc.toString(), "--baseline", baseline.toString()), err.toString());
        String page = out.toString();
        assertTrue(page.contains("<section id=\"" + ReviewBundle.MIGRATION_ID + "\">"));
        assertTrue(page.contains("From deployed.sql to this schema"), page);
        String plan = page.substring(page.indexOf("<section id=\"migration\">"));
        assertTrue(plan.contains("ALTER TABLE public.users ADD COLUMN phone text;"), plan);
        assertTrue(plan.contains("ALTER COLUMN name"), plan);
        assertTrue(plan.contains("ACCESS EXCLUSIVE on public.users"), plan);
        assertNoNetwork(page);
        // Without a baseline there is no migration section.
        assertEquals(ExitCodes.OK, run("report", doc.toString()));
        assertFalse(out.toString().contains("<section id=\"migration\">"));
    }

    @Test
    void aDocumentMarkedWithABaselineGetsItsMigrationPlanWithoutTheOption() throws IOException {
        var deployed = new DdlImporter().importText(SQL, "deployed.sql", Dialect.POSTGRES).schema();
        Path doc = save("shop.lintel", changedAfterSignOff().withBaseline(
                new dev.lintel.model.document.Baseline(deployed, "deployed.sql")));
        assertEquals(ExitCodes.OK, run("report", doc.toString()), err.toString());
        String page = out.toString();
        assertTrue(page.contains("From the baseline kept in the document (deployed.sql) to this schema"), page);
        String plan = page.substring(page.indexOf("<section id=\"migration\">"));
        assertTrue(plan.contains("ALTER TABLE public.users ADD COLUMN phone text;"), plan);
        assertNoNetwork(page);
    }

    @Test
    void markdownDictionaryListsTablesColumnsTypesNullabilityDefaultsConstraintsIndexesAndComments() throws IOException {
        Path md = dir.resolve("dictionary.md");
        assertEquals(ExitCodes.OK, run("report", save("shop.lintel", reviewed()).toString(), "--format", "markdown",
                "-o", md.toString()), err.toString());
        String text = Files.readString(md);
        assertTrue(text.startsWith("# Data dictionary: shop.lintel\n"));
        for (String t : List.of("## public.users", "## public.orders", "## public.audit")) {
            assertTrue(text.contains("\n" + t + "\n"), t);
        }
        assertTrue(text.contains("People who can log in"));
        assertTrue(text.contains("| `email` | `varchar(255)` | no |  | (proposed in review: Login e-mail; it's unique per IdP) |"), text);
        assertTrue(text.contains("| `status` | `varchar(50)` | yes | `'new'` |"), text);
        assertTrue(text.contains("| `id` | `bigint` | no | `identity` |"), text);
        assertTrue(text.contains("*Proposed in review:* One order per checkout"));
        assertTrue(text.contains("REFERENCES public.users"), text);
        assertTrue(text.contains("CHECK ("), text);
        assertTrue(text.contains("- `CREATE INDEX orders_user_idx ON public.orders"), text);
    }

    @Test
    void commentsSqlAppliesToARealPostgresDatabase() throws Exception {
        Path doc = save("shop.lintel", reviewed());
        assertEquals(ExitCodes.OK, run("comments-sql", doc.toString()), err.toString());
        String comments = out.toString();
        assertEquals(2, comments.lines().count(), comments);
        assertFalse(comments.contains("citext"), "discussion is not exported");
        assertEquals(ExitCodes.OK, run("export-ddl", doc.toString()), err.toString());
        String ddl = out.toString();
        try (TestDatabase db = PostgresServer.shared().createDatabase("comments_sql")) {
            assertEquals(List.of(), db.executeScript(ddl, true));
            assertEquals(List.of(), db.executeScript(comments, true));
            Map<String, String> stored = new HashMap<>();
            try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT c.relname, a.attname, d.description FROM pg_description d JOIN pg_class c ON c.oid = d.objoid"
                            + " LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.objsubid AND d.objsubid > 0"
                            + " WHERE c.relnamespace = 'public'::regnamespace")) {
                while (rs.next()) {
                    stored.put(rs.getString(1) + (rs.getString(2) == null ? "" : "." + rs.getString(2)), rs.getString(3));
                }
            }
            assertEquals("Login e-mail; it's unique per IdP", stored.get("users.email"));
            assertEquals("One order per checkout", stored.get("orders"));
            assertEquals("People who can log in", stored.get("users"));
        }
    }

    @Test
    void commentsSqlReportsDescriptionsOfObjectsThatAreGoneAndRefusesPlainSql() throws IOException {
        LintelDocument doc = reviewed();
        LintelDocument gone = doc.withSchema(doc.schema().withTables(doc.schema().tables().stream()
                .filter(t -> !t.name().name().equals("orders")).toList()));
        assertEquals(ExitCodes.FINDINGS, run("comments-sql", save("gone.lintel", gone).toString()));
        assertTrue(err.toString().contains("description skipped: table:public.orders: the table is not in the schema"), err.toString());
        assertEquals(1, out.toString().lines().count());
        Path sql = dir.resolve("shop.sql");
        Files.writeString(sql, SQL);
        assertEquals(ExitCodes.USAGE, run("comments-sql", sql.toString()));
        assertTrue(err.toString().contains("is not a .lintel document"), err.toString());
    }

    @Test
    void aDocumentWaiverOfTheOnlyErrorTurnsLintFromOneToZeroAndAGoneObjectMakesItStale() throws IOException {
        LintelDocument doc = reviewed();
        assertEquals(ExitCodes.FINDINGS, run("lint", save("open.lintel", doc).toString()), out.toString());
        assertTrue(out.toString().contains("design-table-without-pk"), out.toString());
        Finding noPk = new Linter().lint(doc.schema(), doc.lint()).findings().stream()
                .filter(f -> f.ruleId().equals("design-table-without-pk")).findFirst().orElseThrow();
        LintelDocument waived = actions().waive(doc, noPk, "append-only log, never updated", "bo", LocalDate.of(2026, 11, 21));
        Path file = save("waived.lintel", waived);
        assertEquals(ExitCodes.OK, run("lint", file.toString()), out.toString());
        assertEquals(ExitCodes.OK, run("lint", file.toString(), "--format", "json"), out.toString());
        assertTrue(out.toString().contains("append-only log, never updated"));
        // The waived warning no longer fails a warning threshold; the open info finding still fails an info threshold.
        assertEquals(ExitCodes.OK, run("lint", file.toString(), "--severity-threshold", "warning"), out.toString());
        assertEquals(ExitCodes.FINDINGS, run("lint", file.toString(), "--severity-threshold", "info"));

        LintelDocument dropped = waived.withSchema(waived.schema().withTables(waived.schema().tables().stream()
                .filter(t -> !t.name().name().equals("audit")).toList()));
        assertEquals(ExitCodes.OK, run("lint", save("dropped.lintel", dropped).toString()));
        assertTrue(err.toString().contains("stale waiver of design-table-without-pk on table:public.audit: object missing"),
                err.toString());
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    /** No attribute that loads or links anything outside the file, no CSS import, no script request API. */
    static void assertNoNetwork(String page) {
        Matcher m = Pattern.compile("\\b(src|href|action|srcset|poster|data)\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE)
                .matcher(page);
        while (m.find()) {
            assertTrue(m.group(2).startsWith("#"), "external reference: " + m.group());
        }
        for (String banned : List.of("@import", "url(", "fetch(", "XMLHttpRequest", "WebSocket", "EventSource", "<link",
                "<iframe", "<img", "sendBeacon")) {
            assertFalse(page.contains(banned), banned);
        }
        assertTrue(page.contains("Content-Security-Policy\" content=\"default-src 'none'"));
    }
}
