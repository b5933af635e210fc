package dev.lintel.app.cli;

import dev.lintel.model.lint.Finding;
import dev.lintel.model.lint.LintResult;
import dev.lintel.model.lint.Severity;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Compiler-style lint output: {@code file:line: severity rule-id: message}, then a summary line. */
final class LintTextReport {
    private LintTextReport() {
    }

    static String render(LintResult result, String inputName, Severity threshold) {
        return render(result.active(), result.waived().size(), inputName, threshold);
    }

    /** The same report for findings that did not come from a lint run (migration review). */
    static String render(java.util.List<Finding> active, int waivedCount, String inputName, Severity threshold) {
        StringBuilder out = new StringBuilder();
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Finding f : active) {
            counts.merge(f.severity(), 1, Integer::sum);
            String where = f.location() == null ? inputName : f.location().file() + ":" + f.location().line();
            out.append(where).append(": ").append(f.severity().name().toLowerCase(Locale.ROOT)).append(' ')
                    .append(f.ruleId()).append(": ").append(f.message());
            if (f.confidence() != null) {
                out.append(String.format(Locale.ROOT, " (confidence %.2f)", f.confidence()));
            }
            out.append('\n');
        }
        out.append(String.format(Locale.ROOT, "%d findings: %d errors, %d warnings, %d info, %d hints; %d waived (fails at %s)%n",
                active.size(), counts.getOrDefault(Severity.ERROR, 0), counts.getOrDefault(Severity.WARNING, 0),
                counts.getOrDefault(Severity.INFO, 0), counts.getOrDefault(Severity.HINT, 0), waivedCount,
                threshold.name().toLowerCase(Locale.ROOT)));
        return out.toString();
    }
}
