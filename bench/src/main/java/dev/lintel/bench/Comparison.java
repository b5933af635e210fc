package dev.lintel.bench;

/**
 * One line of the report: a measure, the baseline it is divided by (both benchmark method
 * names, {@code Class.method}), and the target stated in PERFORMANCE.md or the issue.
 * {@code percentile} (0..100) reports that percentile of a sample-time measure instead of its
 * mean; negative for the measure's primary score.
 */
record Comparison(String measure, String baseline, String target, double percentile) {
    Comparison(String measure, String baseline, String target) {
        this(measure, baseline, target, -1);
    }
}
