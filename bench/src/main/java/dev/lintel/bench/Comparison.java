package dev.lintel.bench;

/**
 * One line of the report: a measure, the baseline it is divided by (both benchmark method
 * names, {@code Class.method}), and the target stated in PERFORMANCE.md or the issue.
 */
record Comparison(String measure, String baseline, String target) {
}
