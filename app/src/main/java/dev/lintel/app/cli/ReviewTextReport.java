package dev.lintel.app.cli;

import dev.lintel.model.lint.Severity;
import dev.lintel.model.migrate.review.MigrationReview;
import dev.lintel.model.migrate.review.ReviewFinding;

/**
 * The lint text report (one compiler-style line per finding and the summary line), each finding
 * followed by the statement, its locks and the safe alternative, indented, for people.
 */
final class ReviewTextReport {
    private ReviewTextReport() {
    }

    static String render(MigrationReview review, String inputName, Severity threshold) {
        String lines = LintTextReport.render(review.plainFindings(), 0, inputName, threshold);
        StringBuilder out = new StringBuilder();
        var findingLines = lines.lines().toList();
        for (int i = 0; i < review.findings().size(); i++) {
            ReviewFinding f = review.findings().get(i);
            out.append(findingLines.get(i).replace(f.finding().message(), f.problem())).append('\n');
            out.append("    statement: ").append(f.statement().statement().excerpt(100)).append('\n');
            out.append("    lock: ").append(f.statement().locks().summary()).append('\n');
            if (f.safeAlternative() != null) {
                out.append("    safe: ").append(f.safeAlternative()).append('\n');
            }
        }
        out.append(findingLines.get(findingLines.size() - 1)).append('\n');
        return out.toString();
    }
}
