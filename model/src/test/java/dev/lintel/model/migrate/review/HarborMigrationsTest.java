package dev.lintel.model.migrate.review;

import static org.junit.jupiter.api.Assertions.*;

import dev.lintel.model.ddl.parse.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Harbor's real golang-migrate history (corpus/postgresql/harbor_migrations.sql, the up files
 * concatenated with a marker per file), reviewed the way it ran: file by file, each against the
 * schema the earlier files built. The expectations come from the SQL text by plain pattern
 * matching, not from the reviewer.
 */
class HarborMigrationsTest {
    private static final Pattern FILE_MARK = Pattern.compile("(?m)^-- ===== file: (\\S+) =====$");
    private static final Pattern PLAIN_INDEX = Pattern.compile(
            "(?i)^\\s*CREATE\\s+(UNIQUE\\s+)?INDEX\\s+(IF\\s+NOT\\s+EXISTS\\s+)?\\w+\\s+ON\\s+(\\w+)");
    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)CREATE\\s+TABLE\\s+(IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)");

    record MigrationFile(String name, String sql, String before) {
    }

    private static final List<MigrationFile> files = new ArrayList<>();

    @BeforeAll
    static void split() throws IOException {
        String all = Files.readString(Corpus.require().resolve("postgresql/harbor_migrations.sql"));
        Matcher m = FILE_MARK.matcher(all);
        List<int[]> marks = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (m.find()) {
            marks.add(new int[] {m.start(), m.end()});
            names.add(m.group(1).substring(m.group(1).lastIndexOf('/') + 1));
        }
        for (int i = 0; i < marks.size(); i++) {
            int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : all.length();
            files.add(new MigrationFile(names.get(i), all.substring(marks.get(i)[1], end), all.substring(0, marks.get(i)[0])));
        }
        assertTrue(files.size() > 30, "harbor has dozens of migration files: " + files.size());
    }

    @Test
    void everyFileIsReviewedWithoutRuleFailuresAndIndexFindingsMatchTheText() {
        Map<String, Integer> perRule = new TreeMap<>();
        int statements = 0;
        for (MigrationFile f : files) {
            MigrationReview review = new MigrationReviewer().reviewAgainstSql(f.sql(), f.name(), f.before());
            assertEquals(List.of(), review.failures(), f.name());
            statements += review.context().statements().size();
            review.findings().forEach(x -> perRule.merge(x.finding().ruleId(), 1, Integer::sum));
            Set<Integer> flagged = new TreeSet<>();
            review.findingsOf("mig-create-index-non-concurrent").forEach(x -> flagged.add(x.finding().location().line()));
            assertEquals(expectedPlainIndexLines(f.sql()), flagged, f.name());
        }
        System.out.println("harbor: " + files.size() + " migration files, " + statements + " statements, findings " + perRule);
        assertTrue(perRule.getOrDefault("mig-create-index-non-concurrent", 0) > 0, "harbor builds indexes on existing tables");
    }

    /** The initial schema creates every table it indexes: nothing of the lock rules applies to it. */
    @Test
    void theInitialSchemaIsExemptFromLockRules() {
        MigrationFile first = files.get(0);
        MigrationReview review = new MigrationReviewer().reviewAgainstSql(first.sql(), first.name(), first.before());
        for (String rule : List.of("mig-create-index-non-concurrent", "mig-add-fk-without-not-valid",
                "mig-add-unique-constraint", "mig-set-not-null-scan", "mig-add-check-without-not-valid")) {
            assertEquals(List.of(), review.findingsOf(rule).stream().map(x -> x.finding().toString()).toList(), rule);
        }
    }

    /**
     * squawk#364: reviewing all migrations concatenated as one script makes every table "new", so
     * index builds that the per-file review flags disappear; the exemption is scoped to one script.
     */
    @Test
    void concatenationHidesWhatThePerFileReviewFinds() {
        int perFile = 0;
        for (MigrationFile f : files) {
            perFile += new MigrationReviewer().reviewAgainstSql(f.sql(), f.name(), f.before())
                    .findingsOf("mig-create-index-non-concurrent").size();
        }
        String all = String.join("\n", files.stream().map(MigrationFile::sql).toList());
        int concatenated = new MigrationReviewer().reviewAgainstSql(all, "all.sql", null)
                .findingsOf("mig-create-index-non-concurrent").size();
        assertTrue(concatenated < perFile, concatenated + " vs " + perFile);
    }

    /** Lines of CREATE INDEX statements without CONCURRENTLY on tables this file did not create before them. */
    private static Set<Integer> expectedPlainIndexLines(String sql) {
        Set<Integer> lines = new TreeSet<>();
        Set<String> created = new TreeSet<>();
        String[] text = sql.split("\n", -1);
        boolean inDollar = false;
        for (int i = 0; i < text.length; i++) {
            String line = text[i];
            if (count(line, "$$") % 2 == 1) {
                inDollar = !inDollar;
            }
            if (inDollar || line.strip().startsWith("--")) {
                continue;
            }
            Matcher t = CREATE_TABLE.matcher(line);
            while (t.find()) {
                created.add(t.group(2).toLowerCase(Locale.ROOT));
            }
            Matcher idx = PLAIN_INDEX.matcher(line);
            if (idx.find() && !created.contains(idx.group(3).toLowerCase(Locale.ROOT))) {
                lines.add(i + 1);
            }
        }
        return lines;
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }
}
