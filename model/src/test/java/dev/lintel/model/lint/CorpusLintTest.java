package dev.lintel.model.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lintel.model.ddl.parse.DdlImportResult;
import dev.lintel.model.ddl.parse.DdlImporter;
import dev.lintel.model.dialect.Dialect;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import dev.lintel.model.testing.Corpus;
import org.junit.jupiter.api.Test;

/** Every rule (opt-in ones included) runs on every real corpus schema without failing; the log shows what each raises most. */
class CorpusLintTest {
    private static final Map<String, Dialect> FOLDERS = Map.of("postgresql", Dialect.POSTGRES, "mysql", Dialect.MYSQL,
            "h2", Dialect.H2);

    @Test
    void everyCorpusFileLintsWithoutRuleFailures() throws IOException {
        Corpus.assumeAvailable();
        LintSettings all = LintSettings.defaults();
        for (Rule r : RuleRegistry.all()) {
            all = all.withRule(r.id(), s -> s.withEnabled(true));
        }
        List<String> failures = new ArrayList<>();
        for (String folder : List.of("postgresql", "mysql", "h2")) {
            for (Path file : Corpus.files(folder)) {
                DdlImportResult imported = new DdlImporter().importFile(file, FOLDERS.get(folder));
                Dialect target = FOLDERS.get(folder) == Dialect.H2 ? Dialect.H2 : Dialect.POSTGRES;
                LintResult result = new Linter().lint(imported.schema(), imported.sourceMap(), all.withTargetDialect(target));
                result.failures().forEach(f -> failures.add(folder + "/" + file.getFileName() + ": " + f));
                Map<String, Long> byRule = result.findings().stream()
                        .collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
                String top = byRule.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .limit(5).map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
                System.out.printf("%-32s %4d findings  top: %s%n", folder + "/" + file.getFileName(), result.findings().size(), top);
            }
        }
        assertEquals(List.of(), failures);
    }
}
