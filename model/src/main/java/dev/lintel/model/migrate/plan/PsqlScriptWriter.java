package dev.lintel.model.migrate.plan;

import dev.lintel.model.diff.RenameProposal;
import dev.lintel.model.dialect.Dialect;
import java.util.List;

/**
 * The plan as one script for {@code psql -v ON_ERROR_STOP=1 -f}: session timeouts first (a
 * statement waiting for a lock gives up after {@link #LOCK_TIMEOUT} instead of queueing all
 * traffic behind it), every transactional step in a BEGIN/COMMIT block of its own (or with the
 * steps grouped to run together, such as new tables and their indexes), statements that PostgreSQL
 * refuses in a block (CONCURRENTLY) outside, a long statement timeout around online builds,
 * validations and backfills, and a comment above every step.
 */
public final class PsqlScriptWriter {
    public static final String LOCK_TIMEOUT = "5s";
    public static final String STATEMENT_TIMEOUT = "30s";
    /** For online builds, validations and backfills: they take long by nature but block nobody. */
    public static final String LONG_STATEMENT_TIMEOUT = "6h";

    public String write(MigrationPlan plan, boolean allowDestructive) {
        StringBuilder sb = new StringBuilder();
        boolean postgres = plan.dialect() == Dialect.POSTGRES;
        sb.append("-- Migration written by Lintel for ").append(postgres ? "PostgreSQL" : "H2").append('\n');
        if (postgres) {
            sb.append("-- Run with: psql -v ON_ERROR_STOP=1 -f <this file>\n");
        }
        header(plan, sb);
        List<Step> steps = plan.applied(allowDestructive);
        if (postgres) {
            sb.append(timeouts());
        }
        boolean longMode = false;
        int openGroup = 0;
        Phase phase = null;
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            int group = postgres && s.transactional() && s.group() == 0 ? -(i + 1) : s.group();
            if (openGroup != 0 && group != openGroup) {
                sb.append("COMMIT;\n");
                openGroup = 0;
            }
            if (s.phase() != phase) {
                phase = s.phase();
                sb.append("\n-- ==== ").append(phase.label()).append(" ====\n");
            }
            if (postgres && s.longRunning() != longMode && openGroup == 0) {
                longMode = s.longRunning();
                sb.append("SET statement_timeout = '").append(longMode ? LONG_STATEMENT_TIMEOUT : STATEMENT_TIMEOUT).append("';\n");
            }
            sb.append('\n');
            StepComments.of(i + 1, s).forEach(l -> sb.append(l).append('\n'));
            if (group != 0 && openGroup == 0) {
                sb.append("BEGIN;\n");
                openGroup = group;
            }
            sb.append(StepComments.terminated(s.sql())).append('\n');
        }
        if (openGroup != 0) {
            sb.append("COMMIT;\n");
        }
        List<String> held = StepComments.heldBack(plan.heldBack(allowDestructive));
        if (!held.isEmpty()) {
            sb.append('\n');
            held.forEach(l -> sb.append(l).append('\n'));
        }
        return sb.toString();
    }

    static String timeouts() {
        return "SET lock_timeout = '" + LOCK_TIMEOUT + "';\nSET statement_timeout = '" + STATEMENT_TIMEOUT + "';\n";
    }

    static void header(MigrationPlan plan, StringBuilder sb) {
        for (String note : plan.notes()) {
            sb.append("-- NOT PLANNED: ").append(note).append('\n');
        }
        for (RenameProposal p : plan.proposals()) {
            sb.append("-- Possible rename (planned as drop + add; confirm with --rename ").append(p.hint()).append("): ")
                    .append(p.reason()).append('\n');
        }
    }
}
