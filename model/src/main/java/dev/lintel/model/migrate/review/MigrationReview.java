package dev.lintel.model.migrate.review;

import dev.lintel.model.lint.Finding;
import java.util.List;

/**
 * The result of reviewing one migration script.
 *
 * @param findings in statement order, then rule order
 * @param failures rules that threw, as "rule-id: message" (the rest of the review is kept)
 */
public record MigrationReview(ReviewContext context, List<ReviewFinding> findings, List<String> failures) {
    public MigrationReview {
        findings = List.copyOf(findings);
        failures = List.copyOf(failures);
    }

    public List<Finding> plainFindings() {
        return findings.stream().map(ReviewFinding::finding).toList();
    }

    public List<ReviewFinding> findingsOf(String ruleId) {
        return findings.stream().filter(f -> f.finding().ruleId().equals(ruleId)).toList();
    }
}
