package dev.lintel.model.lint.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.ddl.parse.DdlImportResult;
import dev.lintel.model.ddl.parse.DdlImporter;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.lint.LintContext;
import dev.lintel.model.lint.LintSettings;
import dev.lintel.model.schema.ForeignKey;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import dev.lintel.model.testing.Corpus;
import org.junit.jupiter.api.Test;

/**
 * Measures relationship discovery on real schemas: every corpus file is imported, its declared
 * foreign keys are remembered and stripped, and discovery must find them again. A foreign key
 * counts as found when discovery proposes the same columns to the same table (at the rule's default
 * min-confidence). Recall is always over every declared foreign key of every file.
 *
 * <p>Precision is reported twice. Strict: every proposal that matches no declared foreign key is a
 * false positive, even when it is a real relationship the schema leaves undeclared. In scope: only
 * proposals from tables that declare at least one foreign key count. A table (or a whole file, such
 * as temporal) that declares none gives no ground truth about its columns: its authors chose not to
 * declare references there (flowable's act_hi_* history tables, thingsboard's event tables), so an
 * undeclared reference in it says nothing about discovery. The scope depends only on the referencing
 * table, never on the proposal's target, so wrong targets in scope still count against precision.
 * Both figures, and a per-file breakdown with the missed and extra proposals, are printed.
 *
 * <p>Also printed: the figures with each schema counted once. The same file name in several
 * dialect folders is one schema translated (flowable, hawkbit, petclinic ... exist three times), and
 * counting it in every dialect multiplies the weight of one project's conventions; variants under
 * other names (chinook_identity, quartz_innodb) stay separate. This view was added after the strict
 * figures were known and is reported beside them, not instead of them.
 */
class ImplicitReferencesCorpusTest {
    private static final Map<String, Dialect> FOLDERS = Map.of("postgresql", Dialect.POSTGRES, "mysql", Dialect.MYSQL,
            "h2", Dialect.H2);

    private static final double[] SWEEP = {0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9};

    @Test
    void discoveryFindsStrippedForeignKeysWithTargetPrecisionAndRecall() throws IOException {
        Corpus.assumeAvailable();
        Tally all = new Tally();
        Tally declaring = new Tally();
        Tally[] sweep = new Tally[SWEEP.length];
        for (int i = 0; i < SWEEP.length; i++) {
            sweep[i] = new Tally();
        }
        Tally distinct = new Tally();
        Set<String> seenFiles = new TreeSet<>();
        int unguessed = 0;
        List<String> report = new ArrayList<>();
        for (String folder : List.of("postgresql", "mysql", "h2")) {
            for (Path file : Corpus.files(folder)) {
                DdlImportResult imported = new DdlImporter().importFile(file, FOLDERS.get(folder));
                Set<String> truth = new TreeSet<>();
                Set<String> tablesWithForeignKeys = new TreeSet<>();
                declaredForeignKeys(imported.schema(), truth, tablesWithForeignKeys);
                List<ImplicitReferences.Candidate> candidates = ImplicitReferences.discover(stripForeignKeys(imported.schema()));
                for (int i = 0; i < SWEEP.length; i++) {
                    Map<String, ImplicitReferences.Candidate> at = proposals(candidates, SWEEP[i]);
                    sweep[i].add(truth, at.keySet(), inScope(at, tablesWithForeignKeys));
                }
                Map<String, ImplicitReferences.Candidate> proposed = proposals(candidates, ImplicitForeignKey.DEFAULT_MIN_CONFIDENCE);
                Map<String, ImplicitReferences.Candidate> anyConfidence = new TreeMap<>();
                candidates.forEach(c -> anyConfidence.put(source(c), c));
                Set<String> found = proposed.keySet();
                Set<String> inScope = inScope(proposed, tablesWithForeignKeys);
                Tally file_ = new Tally();
                file_.add(truth, found, inScope);
                all.add(truth, found, inScope);
                if (!truth.isEmpty()) {
                    declaring.add(truth, found, found);
                }
                if (seenFiles.add(file.getFileName().toString())) {
                    distinct.add(truth, found, inScope);
                }
                report.add(String.format(Locale.ROOT, "%-32s declared %3d proposed %3d found %3d  precision %s recall %s"
                        + "  | in tables declaring FKs: proposed %3d precision %s", folder + "/" + file.getFileName(),
                        truth.size(), found.size(), file_.hits, ratio(file_.hits, found.size()), ratio(file_.hits, truth.size()),
                        inScope.size(), ratio(file_.scopedHits, inScope.size())));
                for (String m : truth) {
                    if (!found.contains(m)) {
                        ImplicitReferences.Candidate near = anyConfidence.get(m.substring(0, m.indexOf(" -> ")));
                        unguessed += near == null ? 1 : 0;
                        report.add("    missed " + m + (near == null ? "   (no guess)" : "   (guessed " + near.target() + " at "
                                + near.confidence() + ": " + near.evidence() + ")"));
                    }
                }
                proposed.forEach((k, c) -> {
                    if (!truth.contains(k)) {
                        report.add("    extra" + (inScope.contains(k) ? "* " : "  ") + k + "  # " + c.confidence() + " " + c.evidence());
                    }
                });
            }
        }
        report.add("(extra* = counted in the precision in scope)");
        for (int i = 0; i < SWEEP.length; i++) {
            report.add(String.format(Locale.ROOT, "min confidence %.2f: recall %.3f  precision strict %.3f, in scope %.3f",
                    SWEEP[i], sweep[i].recall(), sweep[i].precision(), sweep[i].scopedPrecision()));
        }
        report.add(all.line("OVERALL, all files (strict)"));
        report.add(declaring.line("OVERALL, files declaring foreign keys"));
        report.add(String.format(Locale.ROOT, "OVERALL, proposals in tables declaring foreign keys: proposed %d found %d"
                + "  precision %.3f (recall as strict)", all.scopedProposed, all.scopedHits, all.scopedPrecision()));
        report.add(distinct.line("OVERALL, each schema once (a file name in several dialect folders counted in the first)")
                + String.format(Locale.ROOT, ", in scope %.3f", distinct.scopedPrecision()));
        report.add(String.format(Locale.ROOT, "OVERALL: %d of the %d missed foreign keys got no guess at any confidence"
                + " (min confidence %.2f)", unguessed, all.declared - all.hits, ImplicitForeignKey.DEFAULT_MIN_CONFIDENCE));
        report.forEach(System.out::println);
        // The targets are precision >= 0.95 and recall >= 0.90; these floors are the figures
        // reached (see the printed report), so that tuning never silently regresses.
        assertTrue(all.recall() >= 0.88, "recall " + all.recall() + " fell below the measured 0.881");
        assertTrue(all.precision() >= 0.67, "strict precision " + all.precision() + " fell below the measured 0.676");
        assertTrue(all.scopedPrecision() >= 0.93, "precision in scope " + all.scopedPrecision() + " fell below the measured 0.933");
    }

    /** "table(columns) -> target" for each candidate at or above {@code min}. */
    private static Map<String, ImplicitReferences.Candidate> proposals(List<ImplicitReferences.Candidate> candidates, double min) {
        Map<String, ImplicitReferences.Candidate> out = new TreeMap<>();
        for (ImplicitReferences.Candidate c : candidates) {
            if (c.confidence() >= min) {
                out.put(source(c) + " -> " + c.target(), c);
            }
        }
        return out;
    }

    private static Set<String> inScope(Map<String, ImplicitReferences.Candidate> proposed, Set<String> tablesWithForeignKeys) {
        Set<String> out = new TreeSet<>();
        proposed.forEach((k, c) -> {
            if (tablesWithForeignKeys.contains(c.table().toString())) {
                out.add(k);
            }
        });
        return out;
    }

    /** Counts over files: declared foreign keys, proposals, hits; and proposals and hits in scope. */
    private static final class Tally {
        int declared;
        int proposed;
        int hits;
        int scopedProposed;
        int scopedHits;

        void add(Set<String> truth, Set<String> found, Set<String> inScope) {
            declared += truth.size();
            proposed += found.size();
            hits += (int) found.stream().filter(truth::contains).count();
            scopedProposed += inScope.size();
            scopedHits += (int) inScope.stream().filter(truth::contains).count();
        }

        double precision() {
            return proposed == 0 ? 1 : (double) hits / proposed;
        }

        double recall() {
            return declared == 0 ? 1 : (double) hits / declared;
        }

        double scopedPrecision() {
            return scopedProposed == 0 ? 1 : (double) scopedHits / scopedProposed;
        }

        String line(String what) {
            return String.format(Locale.ROOT, "%s: declared %d proposed %d found %d  precision %.3f recall %.3f",
                    what, declared, proposed, hits, precision(), recall());
        }
    }

    private static String source(ImplicitReferences.Candidate c) {
        return c.table() + "(" + String.join(",", c.columns()) + ")";
    }

    private static String ratio(int a, int b) {
        return b == 0 ? "  -  " : String.format(Locale.ROOT, "%.3f", (double) a / b);
    }

    /**
     * "child(cols) -> parent" for every declared foreign key, the parent resolved to the table it
     * names; and the tables that declare at least one.
     */
    private static void declaredForeignKeys(Schema schema, Set<String> out, Set<String> declaring) {
        LintContext ctx = new LintContext(schema, LintSettings.defaults());
        for (Table t : schema.tables()) {
            // A foreign key declared on each partition (or inheritance child, whose columns are its
            // parent's) is one relationship of the parent table, which is where discovery sees the columns.
            var parent = t.partitionOf() != null ? t.partitionOf() : t.inherits().isEmpty() ? null : t.inherits().get(0);
            String child = parent == null ? t.name().toString()
                    : ctx.resolve(parent).map(p -> p.name().toString()).orElse(t.name().toString());
            for (ForeignKey fk : t.foreignKeys()) {
                String target = ctx.resolve(fk.referencedTable()).map(p -> p.name().toString()).orElse(fk.referencedTable().toString());
                out.add(child + "(" + String.join(",", fk.columns()) + ") -> " + target);
                declaring.add(child);
            }
        }
    }

    private static Schema stripForeignKeys(Schema schema) {
        return schema.withTables(schema.tables().stream().map(t -> t.toBuilder().foreignKeys(List.of()).build()).toList());
    }

}
