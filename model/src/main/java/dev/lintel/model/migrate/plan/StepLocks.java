package dev.lintel.model.migrate.plan;

/**
 * What a step's statement locks and costs, as the migration review engine analyses the SQL (the
 * planner keeps no lock table of its own).
 *
 * @param summary the locks in words: {@code ACCESS EXCLUSIVE on public.orders (blocks reads and writes)}
 */
public record StepLocks(String summary, boolean rewrite, boolean scan, boolean blocksReads, boolean blocksWrites) {
    public static final StepLocks UNKNOWN = new StepLocks("not analysed", false, false, false, false);

    public String describe() {
        String cost = rewrite ? "rewrites the table" : scan ? "scans the table" : "no rewrite, no scan";
        return summary + "; " + cost;
    }
}
