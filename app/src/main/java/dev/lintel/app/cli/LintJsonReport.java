package dev.lintel.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lintel.model.lint.Finding;
import dev.lintel.model.lint.Fix;
import dev.lintel.model.lint.LintResult;
import dev.lintel.model.lint.StaleWaiver;
import dev.lintel.model.lint.fix.SchemaEdit;
import java.util.Locale;

/**
 * Machine-readable lint output. The field names of {@code findings} entries are a contract with CI
 * scripts: {@code rule, severity, object, message, line, confidence, fixes}. Waived findings and
 * stale waivers are separate top-level arrays, never mixed into {@code findings}.
 */
final class LintJsonReport {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private LintJsonReport() {
    }

    static String render(LintResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode findings = root.putArray("findings");
        result.active().forEach(f -> findings.add(finding(f)));
        ArrayNode waived = root.putArray("waived");
        for (Finding f : result.waived()) {
            ObjectNode node = finding(f);
            node.put("reason", f.waiver().reason());
            node.put("author", f.waiver().author());
            waived.add(node);
        }
        ArrayNode stale = root.putArray("staleWaivers");
        for (StaleWaiver s : result.staleWaivers()) {
            ObjectNode node = stale.addObject();
            node.put("rule", s.waiver().ruleId());
            node.put("object", s.waiver().objectPath().toString());
            node.put("reason", s.reason().name().toLowerCase(Locale.ROOT));
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One finding with the contract field names; migration review adds its own fields to it. */
    static ObjectNode finding(Finding f) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("rule", f.ruleId());
        node.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
        node.put("object", f.object().toString());
        node.put("message", f.message());
        if (f.location() == null) {
            node.putNull("line");
        } else {
            node.put("line", f.location().line());
        }
        if (f.confidence() == null) {
            node.putNull("confidence");
        } else {
            node.put("confidence", f.confidence());
        }
        ArrayNode fixes = node.putArray("fixes");
        for (Fix fix : f.fixes()) {
            ObjectNode fx = fixes.addObject();
            fx.put("title", fix.title());
            ArrayNode edits = fx.putArray("edits");
            for (SchemaEdit e : fix.edits()) {
                edits.add(e.getClass().getSimpleName());
            }
        }
        return node;
    }
}
