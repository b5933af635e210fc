package dev.lintel.model.report;

import dev.lintel.model.document.LintelDocument;
import dev.lintel.model.document.ReviewComment;
import dev.lintel.model.document.SignOff;
import dev.lintel.model.lint.Finding;
import dev.lintel.model.lint.LintResult;
import dev.lintel.model.lint.Severity;
import dev.lintel.model.lint.StaleWaiver;
import dev.lintel.model.lint.Waiver;
import dev.lintel.model.migrate.plan.MigrationPlan;
import dev.lintel.model.review.ChangeSummary;
import dev.lintel.model.review.FindingKey;
import dev.lintel.model.review.SignOffStatus;
import dev.lintel.model.schema.ObjectPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The offline review bundle: one self-contained HTML file with the diagram (inline SVG, pan and
 * zoom), findings with severities and waivers, comment threads, the DDL and the sign-off record.
 * Nothing is loaded from anywhere: CSS and JS are inline, and a Content-Security-Policy of
 * {@code default-src 'none'} makes the browser refuse any request a future edit might add.
 * Equal inputs give identical text (no time stamps), so bundles can be diffed and checked in.
 */
public final class ReviewBundle {
    /** The ids of the sections, in page order; tests and readers can rely on them. */
    public static final List<String> SECTION_IDS = List.of("signoff", "diagram", "findings", "comments", "ddl");
    /** The id of the migration plan section, present only when the bundle is given a baseline. */
    public static final String MIGRATION_ID = "migration";

    private ReviewBundle() {
    }

    /**
     * @param title shown at the top (usually the input file name)
     * @param lint a lint run on {@code doc}'s schema with its settings
     * @param ddl the schema as DDL (from the DDL renderer)
     */
    public static String html(String title, LintelDocument doc, LintResult lint, String ddl) {
        return html(title, doc, lint, ddl, null, null);
    }

    /**
     * @param plan the migration plan from a baseline to {@code doc}'s schema, or null for no migration section
     * @param baselineName what the baseline was (a file name), shown in the migration section
     */
    public static String html(String title, LintelDocument doc, LintResult lint, String ddl, MigrationPlan plan,
                              String baselineName) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
                        + "script-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Review: ").append(Html.esc(title)).append("</title>\n<style>\n")
                .append(resource("review-bundle.css")).append("</style>\n</head>\n<body>\n");
        List<Finding> active = lint.active();
        h.append("<header><h1>Schema review: ").append(Html.esc(title)).append("</h1>\n<p class=\"summary\">")
                .append(doc.schema().tables().size()).append(" tables &middot; ")
                .append(active.size()).append(" open findings (")
                .append(count(active, Severity.ERROR)).append(" errors, ").append(count(active, Severity.WARNING))
                .append(" warnings) &middot; ").append(lint.waived().size()).append(" waived &middot; ")
                .append(doc.review().openThreads().size()).append(" open comment threads</p>\n<nav>");
        for (String id : SECTION_IDS) {
            h.append("<a href=\"#").append(id).append("\">").append(heading(id)).append("</a> ");
        }
        if (plan != null) {
            h.append("<a href=\"#").append(MIGRATION_ID).append("\">Migration</a> ");
        }
        h.append("</nav></header>\n<main>\n");
        signOff(h, doc);
        diagram(h, doc, lint);
        findings(h, doc, lint);
        comments(h, doc);
        h.append("<section id=\"ddl\"><h2>DDL</h2>\n<pre class=\"ddl\"><code>").append(Html.esc(ddl))
                .append("</code></pre></section>\n");
        if (plan != null) {
            MigrationSection.append(h, plan, baselineName);
        }
        h.append("</main>\n<script>\n").append(resource("review-bundle.js")).append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void signOff(StringBuilder h, LintelDocument doc) {
        h.append("<section id=\"signoff\"><h2>Sign-off</h2>\n");
        if (doc.review().signOffs().isEmpty()) {
            h.append("<p class=\"banner none\">Nobody has signed this schema off yet.</p>\n");
        } else {
            SignOffStatus status = SignOffStatus.of(doc.review().latestSignOff().orElseThrow(), doc.schema());
            h.append("<div class=\"banner ").append(status.outdated() ? "outdated" : "current").append("\"><p>")
                    .append(Html.esc(status.headline())).append("</p>");
            ChangeSummary c = status.changes();
            if (status.outdated() && c != null) {
                h.append("<h3>Changed since the sign-off</h3><ul class=\"changes\">");
                c.describe().lines().forEach(l -> h.append("<li>").append(Html.esc(l)).append("</li>"));
                h.append("</ul>");
            }
            h.append("</div>\n");
            List<SignOff> newestFirst = new java.util.ArrayList<>(doc.review().signOffs());
            java.util.Collections.reverse(newestFirst);
            for (SignOff s : newestFirst) {
                h.append("<div class=\"record\"><dl><dt>Reviewers</dt><dd>").append(Html.esc(String.join(", ", s.reviewers())))
                        .append("</dd><dt>Date</dt><dd>").append(Html.esc(String.valueOf(s.date())))
                        .append("</dd><dt>Schema fingerprint</dt><dd><code>").append(Html.esc(s.schemaFingerprint()))
                        .append("</code></dd>");
                if (s.note() != null) {
                    h.append("<dt>Note</dt><dd>").append(Html.markdown(s.note())).append("</dd>");
                }
                h.append("<dt>Open items at sign-off</dt><dd>");
                if (s.openItems().isEmpty()) {
                    h.append("none");
                } else {
                    // A long list would push the diagram off the first screen: fold it, the count stays visible.
                    h.append("<details><summary>").append(s.openItems().size()).append(" open items</summary><ul>");
                    s.openItems().forEach(i -> h.append("<li>").append(Html.esc(i)).append("</li>"));
                    h.append("</ul></details>");
                }
                h.append("</dd></dl></div>\n");
            }
        }
        h.append("</section>\n");
    }

    private static void diagram(StringBuilder h, LintelDocument doc, LintResult lint) {
        Set<String> flagged = new HashSet<>();
        for (Finding f : lint.active()) {
            flagged.add(f.object().ownerPath().toString());
        }
        Map<String, Integer> comments = new HashMap<>();
        for (ReviewComment c : doc.review().openThreads()) {
            try {
                comments.merge(FindingKey.objectOf(c.target()).ownerPath().toString(), 1, Integer::sum);
            } catch (IllegalArgumentException ignored) {
                // a malformed target still shows in the comments list; it just has no card to badge
            }
        }
        h.append("<section id=\"diagram\"><h2>Diagram</h2>\n<p class=\"hint\">Drag to pan, wheel or +/&minus; to zoom, "
                        + "0 to fit.</p>\n<div class=\"zoom\"><button type=\"button\" data-zoom=\"1.25\">+</button>"
                        + "<button type=\"button\" data-zoom=\"0.8\">&minus;</button><button type=\"button\" data-zoom=\"0\">fit</button></div>\n"
                        + "<div class=\"diagram-frame\">")
                .append(DiagramSvg.render(doc.schema(), doc.layout(), flagged, comments)).append("</div></section>\n");
    }

    private static void findings(StringBuilder h, LintelDocument doc, LintResult lint) {
        h.append("<section id=\"findings\"><h2>Findings</h2>\n");
        if (lint.findings().isEmpty()) {
            h.append("<p>No findings.</p>\n");
        } else {
            h.append("<table class=\"findings\"><thead><tr><th>Severity</th><th>Rule</th><th>Object</th><th>Finding</th>"
                    + "<th>Waiver</th></tr></thead><tbody>\n");
            for (Finding f : sorted(lint.findings())) {
                String sev = f.severity().name().toLowerCase(Locale.ROOT);
                h.append("<tr class=\"").append(f.waived() ? "waived" : "open").append("\" data-key=\"")
                        .append(Html.esc(FindingKey.of(f).toString())).append("\"><td><span class=\"sev ").append(sev).append("\">")
                        .append(sev).append("</span></td><td><code>").append(Html.esc(f.ruleId())).append("</code></td><td>")
                        .append(Html.esc(f.object().display())).append("</td><td>").append(Html.esc(f.message())).append("</td><td>");
                if (f.waived()) {
                    Waiver w = f.waiver();
                    h.append("waived by ").append(Html.esc(w.author() == null ? "unknown" : w.author()))
                            .append(w.date() == null ? "" : " on " + w.date()).append(": <q>")
                            .append(Html.esc(w.reason().isBlank() ? "(no reason given)" : w.reason())).append("</q>");
                }
                h.append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        if (!lint.staleWaivers().isEmpty()) {
            h.append("<h3>Stale waivers</h3><ul class=\"stale\">");
            for (StaleWaiver s : lint.staleWaivers()) {
                h.append("<li><code>").append(Html.esc(s.waiver().ruleId())).append("</code> on ")
                        .append(Html.esc(s.waiver().objectPath().display())).append(": ")
                        .append(s.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(" (reason was <q>")
                        .append(Html.esc(s.waiver().reason())).append("</q>)</li>");
            }
            h.append("</ul>\n");
        }
        h.append("</section>\n");
    }

    private static void comments(StringBuilder h, LintelDocument doc) {
        h.append("<section id=\"comments\"><h2>Comments</h2>\n");
        List<ReviewComment> threads = doc.review().threads();
        if (threads.isEmpty()) {
            h.append("<p>No comments.</p>\n");
        }
        for (ReviewComment t : threads) {
            h.append("<article class=\"thread ").append(t.resolved() ? "resolved" : "open").append("\" data-target=\"")
                    .append(Html.esc(t.target())).append("\"><h3>").append(Html.esc(targetLabel(t.target())))
                    .append(" <span class=\"state\">").append(t.resolved() ? "resolved" : "open").append("</span>")
                    .append(t.description() ? " <span class=\"state desc\">description</span>" : "").append("</h3>\n");
            comment(h, t);
            doc.review().replies(t.id()).forEach(r -> comment(h, r));
            h.append("</article>\n");
        }
        h.append("</section>\n");
    }

    private static void comment(StringBuilder h, ReviewComment c) {
        h.append("<div class=\"comment").append(c.isReply() ? " reply" : "").append("\"><div class=\"meta\">")
                .append(Html.esc(c.author() == null ? "unknown" : c.author())).append(c.created() == null ? "" : " &middot; " + c.created())
                .append("</div>").append(Html.markdown(c.text())).append("</div>\n");
    }

    private static String targetLabel(String target) {
        try {
            return FindingKey.parse(target).map(k -> "Finding " + k.ruleId() + " on " + k.object().display())
                    .orElseGet(() -> {
                        ObjectPath p = ObjectPath.parse(target);
                        return p.kind().name().toLowerCase(Locale.ROOT) + " " + p.display();
                    });
        } catch (IllegalArgumentException e) {
            return target;
        }
    }

    private static List<Finding> sorted(List<Finding> findings) {
        return findings.stream().sorted(java.util.Comparator.comparing(Finding::waived)
                .thenComparing(Finding::severity).thenComparing(f -> f.object().toString()).thenComparing(Finding::ruleId)).toList();
    }

    private static long count(List<Finding> findings, Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    private static String heading(String id) {
        return switch (id) {
            case "signoff" -> "Sign-off";
            case "ddl" -> "DDL";
            default -> Character.toUpperCase(id.charAt(0)) + id.substring(1);
        };
    }

    private static String resource(String name) {
        try (InputStream in = ReviewBundle.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
