package dev.lintel.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lintel.model.lint.Finding;
import dev.lintel.model.lint.LintResult;
import dev.lintel.model.lint.Rule;
import dev.lintel.model.lint.RuleRegistry;
import dev.lintel.model.lint.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.File;

/**
 * SARIF 2.1.0 for code-scanning tools: one run, every registered rule in {@code tool.driver.rules}
 * (short description from its doc title, full description from its "What" section), one result
 * per finding with a physical location (file, line) and the logical one (the object path).
 * Waived findings are results with an external suppression carrying the waiver's reason.
 */
final class LintSarifReport {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private LintSarifReport() {
    }

    /** What SARIF says about a rule in {@code tool.driver.rules}: lint and migration rules alike. */
    record RuleInfo(String id, Severity defaultSeverity, String docResource) {
    }

    static String render(LintResult result, String inputName) {
        return render(result.findings(), inputName,
                RuleRegistry.all().stream().map(r -> new RuleInfo(r.id(), r.defaultSeverity(), r.docResource())).toList());
    }

    static String render(java.util.List<Finding> findings, String inputName, java.util.List<RuleInfo> ruleInfos) {
        ObjectNode root = LintJsonReport.MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "lintel");
        driver.put("version", LintelVersion.current());
        driver.put("informationUri", "https://lintel.dev");
        ArrayNode rules = driver.putArray("rules");
        for (RuleInfo r : ruleInfos) {
            String doc = doc(r);
            ObjectNode node = rules.addObject();
            node.put("id", r.id());
            node.putObject("shortDescription").put("text", title(r, doc));
            node.putObject("fullDescription").put("text", section(doc, "## What"));
            node.putObject("defaultConfiguration").put("level", level(r.defaultSeverity()));
        }
        ArrayNode results = run.putArray("results");
        String uri = inputName.replace(File.separatorChar, '/');
        for (Finding f : findings) {
            ObjectNode res = results.addObject();
            res.put("ruleId", f.ruleId());
            res.put("level", level(f.severity()));
            res.putObject("message").put("text", f.message());
            ObjectNode location = res.putArray("locations").addObject();
            ObjectNode physical = location.putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", f.location() == null ? uri : artifact(uri, f));
            physical.putObject("region").put("startLine", f.location() == null ? 1 : Math.max(1, f.location().line()));
            location.putArray("logicalLocations").addObject().put("fullyQualifiedName", f.object().display())
                    .put("kind", f.object().kind().name().toLowerCase(java.util.Locale.ROOT));
            if (f.confidence() != null) {
                res.putObject("properties").put("confidence", f.confidence());
            }
            if (f.waived()) {
                res.putArray("suppressions").addObject().put("kind", "external").put("justification", f.waiver().reason());
            }
        }
        try {
            return LintJsonReport.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // The importer records the file name only; the INPUT as given is the better URI when they agree.
    private static String artifact(String uri, Finding f) {
        return uri.endsWith(f.location().file()) ? uri : f.location().file();
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO, HINT -> "note";
        };
    }

    private static String doc(RuleInfo r) {
        try (InputStream in = Rule.class.getResourceAsStream(r.docResource())) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String title(RuleInfo r, String doc) {
        String first = doc.lines().findFirst().orElse("");
        int colon = first.indexOf(": ");
        return colon > 0 ? first.substring(colon + 2).strip() : r.id();
    }

    private static String section(String doc, String heading) {
        int at = doc.indexOf(heading + "\n");
        if (at < 0) {
            return "";
        }
        int end = doc.indexOf("\n## ", at + heading.length());
        return doc.substring(at + heading.length(), end < 0 ? doc.length() : end).strip().replaceAll("\\s*\\n\\s*", " ");
    }
}
