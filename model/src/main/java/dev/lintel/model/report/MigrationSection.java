package dev.lintel.model.report;

import dev.lintel.model.diff.RenameProposal;
import dev.lintel.model.migrate.plan.MigrationPlan;
import dev.lintel.model.migrate.plan.Step;
import java.util.Locale;

/**
 * The bundle's migration section: every step of the planner's plan from the baseline, in order, with
 * its phase, the locks it takes, whether it rewrites or scans, its hazards, whether it is held back
 * until acknowledged, and its SQL; then what could not be planned and the suspected renames.
 */
final class MigrationSection {
    private MigrationSection() {
    }

    static void append(StringBuilder h, MigrationPlan plan, String baselineName) {
        h.append("<section id=\"").append(ReviewBundle.MIGRATION_ID).append("\"><h2>Migration plan</h2>\n<p class=\"hint\">From ")
                .append(Html.esc(baselineName == null ? "the baseline" : baselineName)).append(" to this schema, ")
                .append(plan.dialect().name().toLowerCase(Locale.ROOT)).append(": ").append(plan.steps().size())
                .append(" steps, ").append(plan.steps().stream().filter(s -> !s.hazards().isEmpty()).count())
                .append(" with hazards, ").append(plan.heldBack(false).size()).append(" held back until acknowledged.</p>\n");
        if (plan.steps().isEmpty()) {
            h.append("<p>No changes.</p>\n");
        } else {
            h.append("<table class=\"findings plan\"><thead><tr><th>#</th><th>Phase</th><th>Step</th><th>Locks</th>"
                    + "<th>Hazards</th><th>SQL</th></tr></thead><tbody>\n");
            int n = 1;
            for (Step s : plan.steps()) {
                h.append("<tr class=\"").append(s.heldBack(false) ? "held" : "open").append("\"><td>").append(n++)
                        .append("</td><td>").append(s.phase().name().toLowerCase(Locale.ROOT)).append("</td><td><code>")
                        .append(Html.esc(s.kind())).append("</code><br>").append(Html.esc(s.subject())).append("</td><td>")
                        .append(Html.esc(s.locks().summary()));
                if (s.locks().rewrite()) {
                    h.append("<br><strong>rewrites the table</strong>");
                } else if (s.locks().scan()) {
                    h.append("<br>scans the table");
                }
                h.append("</td><td>");
                if (s.heldBack(false)) {
                    h.append("<span class=\"sev warning\">held back</span> ").append(Html.esc(s.acknowledgement().label())).append("<br>");
                }
                s.hazards().forEach(z -> h.append(Html.esc(z)).append("<br>"));
                h.append("</td><td><pre class=\"sql\"><code>").append(Html.esc(s.sql())).append(";</code></pre></td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        if (!plan.notes().isEmpty()) {
            h.append("<h3>Not planned</h3><ul>");
            plan.notes().forEach(x -> h.append("<li>").append(Html.esc(x)).append("</li>"));
            h.append("</ul>\n");
        }
        if (!plan.proposals().isEmpty()) {
            h.append("<h3>Possible renames (planned as drop and add)</h3><ul>");
            for (RenameProposal p : plan.proposals()) {
                h.append("<li>").append(Html.esc(p.reason())).append("</li>");
            }
            h.append("</ul>\n");
        }
        h.append("</section>\n");
    }
}
