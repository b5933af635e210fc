package dev.lintel.model.review;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.ddl.parse.DdlImporter;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.document.DocumentCodec;
import dev.lintel.model.document.DocumentStore;
import dev.lintel.model.document.LintelDocument;
import dev.lintel.model.document.ReviewComment;
import dev.lintel.model.document.SignOff;
import dev.lintel.model.lint.Finding;
import dev.lintel.model.lint.LintResult;
import dev.lintel.model.lint.Linter;
import dev.lintel.model.lint.StaleWaiver;
import dev.lintel.model.schema.DataType;
import dev.lintel.model.schema.ObjectPath;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewWorkflowTest {
    static final String SQL = """
            CREATE TABLE users (
              id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
              email varchar(255) NOT NULL,
              status varchar(50),
              name text NOT NULL
            );
            CREATE TABLE orders (
              id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
              user_id bigint NOT NULL REFERENCES users (id),
              total numeric(12,2) NOT NULL
            );
            CREATE TABLE audit (at timestamptz NOT NULL, what text NOT NULL);
            """;
    static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");
    static final QualifiedName USERS = QualifiedName.of("public", "users");
    static final QualifiedName ORDERS = QualifiedName.of("public", "orders");

    @TempDir
    Path dir;

    static Schema schema() {
        return new DdlImporter().importText(SQL, "shop.sql", Dialect.POSTGRES).schema();
    }

    /** Ids handed out in a fixed order, so tests can place comments in the file on purpose. */
    static ReviewActions actions(String... ids) {
        Deque<String> queue = new ArrayDeque<>(List.of(ids));
        return new ReviewActions(queue::removeFirst);
    }

    static LintResult lint(LintelDocument doc) {
        return new Linter().lint(doc.schema(), doc.lint());
    }

    static Finding finding(LintResult r, String ruleId) {
        return r.findings().stream().filter(f -> f.ruleId().equals(ruleId)).findFirst().orElseThrow(() ->
                new AssertionError("no " + ruleId + " in " + r.findings()));
    }

    /** A reviewed document: three threads (one with a reply, one on a finding) and a description. */
    static LintelDocument reviewed() {
        LintelDocument doc = LintelDocument.of(schema());
        Finding email = finding(lint(doc), "design-email-not-unique");
        ReviewActions a = actions("20", "50", "b0", "80", "e0");
        doc = a.comment(doc, "column:public.users.email", "ana", T0, "Should this be **citext**?");
        doc = a.comment(doc, "table:public.orders", "bo", T0.plusSeconds(60), "Totals in `numeric(12,2)`: enough?");
        doc = a.reply(doc, "50", "ana", T0.plusSeconds(120), "Yes, we cap orders at 10^10.");
        doc = a.comment(doc, FindingKey.of(email).toString(), "cy", T0.plusSeconds(180), "The IdP guarantees uniqueness.");
        doc = a.describe(doc, ObjectPath.column(USERS, "email"), "ana", T0.plusSeconds(240), "Login e-mail; unique per IdP.");
        return doc;
    }

    @Test
    void commentsThreadsAndResolutionSurviveSaveAndLoadByteForByte() throws Exception {
        LintelDocument doc = actions().resolve(reviewed(), "80", true);
        Path file = dir.resolve("shop.lintel");
        DocumentStore.save(file, doc);
        LintelDocument back = DocumentStore.read(file);
        assertEquals(doc, back);
        assertEquals(List.of("20", "50", "80", "e0"), back.review().threads().stream().map(ReviewComment::id).toList());
        assertEquals(List.of("b0"), back.review().replies("50").stream().map(ReviewComment::id).toList());
        assertEquals(List.of("20", "50", "e0"), back.review().openThreads().stream().map(ReviewComment::id).toList());
        assertTrue(back.review().comment("e0").orElseThrow().description());
        assertEquals(new FindingKey("design-email-not-unique", ObjectPath.column(USERS, "email")),
                FindingKey.parse(back.review().comment("80").orElseThrow().target()).orElseThrow());
        Path again = dir.resolve("again.lintel");
        DocumentStore.save(again, back);
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again));
    }

    @Test
    void resolvingAReplyResolvesItsThreadAndBadInputIsRefused() {
        LintelDocument doc = actions().resolve(reviewed(), "b0", true);
        assertTrue(doc.review().comment("50").orElseThrow().resolved());
        ReviewActions a = actions("x1", "x2", "x3");
        assertThrows(IllegalArgumentException.class, () -> a.comment(reviewed(), "column:public.users.email", "ana", T0, "  "));
        assertThrows(IllegalArgumentException.class, () -> a.comment(reviewed(), "finding:no-at-sign", "ana", T0, "x"));
        assertThrows(IllegalArgumentException.class, () -> a.reply(reviewed(), "nope", "ana", T0, "x"));
        Finding f = finding(lint(reviewed()), "design-email-not-unique");
        assertThrows(IllegalArgumentException.class, () -> a.waive(reviewed(), f, " ", "ana", LocalDate.of(2026, 11, 20)));
    }

    @Test
    void twoReviewersEditingDifferentObjectsMergeWithoutConflictInGitMergeFile() throws Exception {
        LintelDocument base = reviewed();
        Finding status = finding(lint(base), "design-unconstrained-status");
        // Reviewer A resolves the thread on users.email and starts one on orders.user_id.
        LintelDocument ours = actions("30").comment(actions().resolve(base, "20", true),
                "column:public.orders.user_id", "ana", T0.plusSeconds(600), "Index this FK?");
        // Reviewer B replies to the thread on the finding, starts one on audit, and waives a finding.
        ReviewActions b = actions("90", "c0");
        LintelDocument theirs = b.reply(base, "80", "bo", T0.plusSeconds(700), "Agreed, waive it.");
        theirs = b.comment(theirs, "table:public.audit", "bo", T0.plusSeconds(710), "No primary key on purpose?");
        theirs = b.waive(theirs, status, "values are checked by the application", "bo", LocalDate.of(2026, 11, 21));

        Path baseFile = dir.resolve("base.lintel");
        Path oursFile = dir.resolve("ours.lintel");
        Path theirsFile = dir.resolve("theirs.lintel");
        DocumentStore.save(baseFile, base);
        DocumentStore.save(oursFile, ours);
        DocumentStore.save(theirsFile, theirs);
        Process git = new ProcessBuilder("git", "merge-file", "-p", oursFile.toString(), baseFile.toString(),
                theirsFile.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String merged = new String(git.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, git.waitFor(), "git merge-file reported conflicts:\n" + merged);

        LintelDocument result = DocumentCodec.read(merged, "merged.lintel");
        assertTrue(result.review().comment("20").orElseThrow().resolved());
        assertEquals("column:public.orders.user_id", result.review().comment("30").orElseThrow().target());
        assertEquals("80", result.review().comment("90").orElseThrow().inReplyTo());
        assertEquals("table:public.audit", result.review().comment("c0").orElseThrow().target());
        assertEquals(1, result.lint().waivers().size());
        // The merge is exactly what applying both edits to one document gives.
        LintelDocument both = b.waive(actions("30").comment(actions().resolve(theirs.withLint(base.lint()), "20", true),
                "column:public.orders.user_id", "ana", T0.plusSeconds(600), "Index this FK?"), status,
                "values are checked by the application", "bo", LocalDate.of(2026, 11, 21));
        assertEquals(DocumentCodec.write(both), merged);
    }

    @Test
    void editsToTheSameCommentDoConflict() throws Exception {
        // The oracle's other side: the test above would pass trivially if merge-file never reported conflicts.
        LintelDocument base = reviewed();
        Path baseFile = dir.resolve("base.lintel");
        Path oursFile = dir.resolve("ours.lintel");
        Path theirsFile = dir.resolve("theirs.lintel");
        DocumentStore.save(baseFile, base);
        DocumentStore.save(oursFile, actions().resolve(base, "20", true));
        DocumentStore.save(theirsFile, base.withReview(new dev.lintel.model.document.Review(base.review().comments().stream()
                .map(c -> c.id().equals("20") ? new ReviewComment("20", c.target(), c.author(), c.created(), "edited", false,
                        null) : c).toList(), List.of())));
        Process git = new ProcessBuilder("git", "merge-file", "-p", oursFile.toString(), baseFile.toString(),
                theirsFile.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(git.waitFor() > 0, "a conflicting edit must be reported");
    }

    @Test
    void waiversDropFindingsFromTheActiveCountAndGoStaleWhenTheObjectGoes() {
        LintelDocument doc = reviewed();
        LintResult before = lint(doc);
        Finding email = finding(before, "design-email-not-unique");
        LintelDocument waived = actions().waive(doc, email, "unique in the IdP", "ana", LocalDate.of(2026, 11, 20));
        LintResult after = lint(waived);
        assertEquals(before.active().size() - 1, after.active().size());
        Finding w = finding(after, "design-email-not-unique");
        assertTrue(w.waived());
        assertEquals("unique in the IdP", w.waiver().reason());
        assertEquals("ana", w.waiver().author());
        assertTrue(after.staleWaivers().isEmpty());

        Table users = waived.schema().table(USERS).orElseThrow();
        Schema dropped = waived.schema().withTables(waived.schema().tables().stream()
                .map(t -> t == users ? users.withColumns(users.columns().stream().filter(c -> !c.name().equals("email")).toList()) : t)
                .toList());
        LintResult stale = lint(waived.withSchema(dropped));
        assertEquals(List.of(StaleWaiver.Reason.OBJECT_MISSING), stale.staleWaivers().stream().map(StaleWaiver::reason).toList());
    }

    @Test
    void signOffRecordsOpenItemsAndIsOutdatedByAnySchemaChangeWithWhatChanged() throws Exception {
        LintelDocument doc = reviewed();
        LintelDocument signed = actions().signOff(doc, List.of("ana", "bo"), T0.plusSeconds(3600), "approved", lint(doc));
        SignOff s = signed.review().latestSignOff().orElseThrow();
        assertEquals(DocumentCodec.fingerprint(doc.schema()), s.schemaFingerprint());
        assertTrue(s.openItems().stream().anyMatch(i -> i.startsWith("comment 20 on column:public.users.email")), s.openItems().toString());
        assertTrue(s.openItems().stream().anyMatch(i -> i.contains("finding:design-table-without-pk@table:public.audit")),
                s.openItems().toString());
        SignOffStatus current = ReviewActions.status(signed);
        assertFalse(current.outdated());
        assertTrue(current.changes().isEmpty());

        // A comment is not a schema change: the sign-off stays valid.
        LintelDocument commented = actions("f1").comment(signed, "table:public.users", "cy", T0.plusSeconds(4000), "nice");
        assertFalse(ReviewActions.status(commented).outdated());

        // Change a column's type, add a column and a table, drop a table.
        Schema sch = signed.schema();
        Table users = sch.table(USERS).orElseThrow();
        Table users2 = users.withColumns(users.columns().stream().map(c -> c.name().equals("name")
                ? c.withType(DataType.of("varchar", "200")) : c).toList());
        List<dev.lintel.model.schema.Column> columns = new java.util.ArrayList<>(users2.columns());
        columns.add(dev.lintel.model.schema.Column.of("phone", DataType.of("text")));
        users2 = users2.withColumns(columns);
        Table invoices = Table.of(QualifiedName.of("public", "invoices"),
                List.of(dev.lintel.model.schema.Column.of("id", DataType.of("bigint")).withNullable(false)));
        List<Table> tables = new java.util.ArrayList<>();
        for (Table t : sch.tables()) {
            if (t.name().equals(USERS)) {
                tables.add(users2);
            } else if (!t.name().name().equals("audit")) {
                tables.add(t);
            }
        }
        tables.add(invoices);
        LintelDocument changed = commented.withSchema(sch.withTables(tables));
        Path file = dir.resolve("changed.lintel");
        DocumentStore.save(file, changed);
        SignOffStatus outdated = ReviewActions.status(DocumentStore.read(file));
        assertTrue(outdated.outdated());
        ChangeSummary c = outdated.changes();
        assertEquals(List.of(QualifiedName.of("public", "invoices")), c.tablesAdded());
        assertEquals(List.of(QualifiedName.of("public", "audit")), c.tablesRemoved());
        assertEquals(1, c.tablesChanged().size());
        assertEquals(USERS, c.tablesChanged().get(0).table());
        assertEquals(List.of("phone"), c.tablesChanged().get(0).columnsAdded());
        assertEquals(List.of("name (type)"), c.tablesChanged().get(0).columnsChanged());
        assertTrue(outdated.headline().contains("outdated"), outdated.headline());
        assertTrue(c.describe().contains("public.users: columns added phone; columns changed name (type)"), c.describe());
    }

    @Test
    void aSignOffWithoutTheSignedSchemaIsOutdatedWithUnknownChanges() {
        LintelDocument doc = reviewed();
        LintelDocument old = doc.withReview(doc.review().withSignOff(new SignOff(List.of("ana"), T0, "0".repeat(64), null, List.of())));
        SignOffStatus s = ReviewActions.status(old);
        assertTrue(s.outdated());
        assertNull(s.changes());
        assertNotEquals(s.signOff().schemaFingerprint(), DocumentCodec.fingerprint(doc.schema()));
    }
}
