package dev.lintel.model.migrate.review;

import static org.junit.jupiter.api.Assertions.*;

import dev.lintel.model.migrate.lock.LockMode;
import dev.lintel.model.schema.QualifiedName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Script reading and context: lines, transactions, timeouts, new-object exemption. */
class MigrationReviewerTest {
    private static MigrationReview review(String sql, String before) {
        return new MigrationReviewer().reviewAgainstSql(sql, "m.sql", before);
    }

    private static List<Integer> lines(MigrationReview r, String rule) {
        return r.findingsOf(rule).stream().map(f -> f.finding().location().line()).toList();
    }

    @Test
    void dollarQuotesCommentsAndMetaCommandsKeepStatementsAndLines() {
        MigrationReview r = review("""
                \\set ON_ERROR_STOP on
                -- a comment; with a semicolon
                CREATE FUNCTION f() RETURNS trigger AS $body$
                BEGIN
                  NEW.x := 1; RETURN NEW;
                END $body$ LANGUAGE plpgsql;
                /* block; comment */ CREATE INDEX i ON orders (x);
                """, null);
        assertEquals(3, r.context().statements().size());
        assertEquals(List.of(7), lines(r, "mig-create-index-non-concurrent"));
    }

    @Test
    void setLocalLastsOnlyForItsBlockAndSessionSettingsForTheSession() {
        MigrationReview r = review("""
                BEGIN;
                SET LOCAL lock_timeout = '1s';
                ALTER TABLE a ADD COLUMN x int;
                COMMIT;
                ALTER TABLE a ADD COLUMN y int;
                SET lock_timeout = '2s';
                ALTER TABLE a ADD COLUMN z int;
                SET lock_timeout = 0;
                ALTER TABLE a ADD COLUMN w int;
                """, null);
        assertEquals(List.of(5, 9), lines(r, "mig-require-lock-timeout"));
    }

    @Test
    void autocommitStatementsAreTheirOwnTransactions() {
        MigrationReview r = review("""
                ALTER TABLE a ADD CONSTRAINT c CHECK (x > 0) NOT VALID;
                ALTER TABLE a VALIDATE CONSTRAINT c;
                """, null);
        assertEquals(List.of(), lines(r, "mig-validate-same-transaction"));
        List<ReviewedStatement> s = r.context().statements();
        assertNotEquals(s.get(0).transaction().id(), s.get(1).transaction().id());
        assertFalse(s.get(0).transaction().explicit());
    }

    @Test
    void objectsCreatedEarlierInTheScriptAreExemptButExistingOnesAreNot() {
        MigrationReview r = review("""
                CREATE TABLE fresh (id bigint, ref bigint);
                CREATE INDEX fresh_ref ON fresh (ref);
                ALTER TABLE fresh ADD CONSTRAINT fresh_fk FOREIGN KEY (ref) REFERENCES old (id);
                ALTER TABLE fresh ALTER COLUMN ref SET NOT NULL;
                CREATE INDEX old_x ON old (x);
                """, "CREATE TABLE old (id bigint PRIMARY KEY, x int);");
        assertEquals(List.of(5), lines(r, "mig-create-index-non-concurrent"));
        assertEquals(List.of(), lines(r, "mig-add-fk-without-not-valid"));
        assertEquals(List.of(), lines(r, "mig-set-not-null-scan"));
        // the foreign key still locks the existing parent: the lock rules see that
        ReviewedStatement fk = r.context().statements().get(2);
        assertEquals(LockMode.SHARE_ROW_EXCLUSIVE, fk.locks().modeOn(QualifiedName.of("public", "old")).orElseThrow());
        assertEquals(List.of(3, 5), lines(r, "mig-require-lock-timeout"));
    }

    @Test
    void theNotNullRecipeInTheScriptIsRecognisedThroughTheReplayedSchema() {
        MigrationReview r = review("""
                ALTER TABLE a ADD CONSTRAINT a_x_nn CHECK (x IS NOT NULL) NOT VALID;
                ALTER TABLE a VALIDATE CONSTRAINT a_x_nn;
                ALTER TABLE a ALTER COLUMN x SET NOT NULL;
                ALTER TABLE a ALTER COLUMN y SET NOT NULL;
                """, "CREATE TABLE a (x int, y int);");
        assertEquals(List.of(4), lines(r, "mig-set-not-null-scan"));
    }

    @Test
    void findingsNameTheObjectTheLockAndTheSafeForm() {
        MigrationReview r = review("CREATE INDEX i ON orders (x);\n", null);
        ReviewFinding f = r.findingsOf("mig-create-index-non-concurrent").get(0);
        assertEquals("table:public.orders", f.finding().object().toString());
        assertTrue(f.finding().message().contains("Lock: SHARE on public.orders (blocks writes (reads continue)); scans the table."),
                f.finding().message());
        assertTrue(f.safeAlternative().startsWith("CREATE INDEX CONCURRENTLY"));
    }

    @Test
    void garbageNeverCrashes() {
        MigrationReview r = review("ALTER TABLE ;\nCREATE INDEX ON;\nALTER TABLE t ALTER COLUMN TYPE;\n$$ unterminated", null);
        assertEquals(List.of(), r.failures());
        assertEquals(4, r.context().statements().size());
        assertEquals(List.of(1, 2, 4), lines(r, "mig-uninspectable-sql"));
    }
}
