package dev.lintel.model.migrate.plan;

import dev.lintel.model.diff.RenameProposal;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan in a few words per step (phase, kind, subject, acknowledgement, hazards), without SQL:
 * what reports print and what the acceptance cases pin down.
 */
public final class PlanSummary {
    private PlanSummary() {
    }

    public static List<String> lines(MigrationPlan plan) {
        List<String> out = new ArrayList<>();
        for (Step s : plan.steps()) {
            StringBuilder sb = new StringBuilder(s.phase().label()).append(' ').append(s.kind()).append(' ').append(s.subject());
            if (!s.transactional()) {
                sb.append(" [no transaction]");
            }
            if (s.acknowledgement().required()) {
                sb.append(" (held: ").append(s.acknowledgement().label()).append(')');
            }
            for (String h : s.hazards()) {
                sb.append("\n    hazard: ").append(h);
            }
            out.add(sb.toString());
        }
        for (String note : plan.notes()) {
            out.add("not planned: " + note);
        }
        for (RenameProposal p : plan.proposals()) {
            out.add("possible rename: " + p.hint() + " (" + p.reason() + ")");
        }
        return out;
    }

    public static String text(MigrationPlan plan) {
        return String.join("\n", lines(plan)) + "\n";
    }
}
