package dev.lintel.model.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.ObjectPath;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lint settings as JSON, shared by the {@code lint} section of {@code .lintel} documents and the
 * CLI's {@code --config} files. Written deterministically: rules and thresholds sorted by name,
 * waivers in {@link LintSettings}' canonical order, nothing written that has its default value.
 *
 * <pre>{@code
 * { "targetDialect": "postgres",
 *   "rules": { "design-wide-table": { "enabled": true, "severity": "warning", "thresholds": { "max-columns": 40 } } },
 *   "waivers": [ { "rule": "design-email-not-unique", "object": "column:public.users.email",
 *                  "reason": "unique in the IdP", "author": "ana", "date": "2026-11-02" } ] }
 * }</pre>
 */
public final class LintSettingsJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private LintSettingsJson() {
    }

    public static ObjectNode toTree(LintSettings settings) {
        ObjectNode root = MAPPER.createObjectNode();
        if (settings.targetDialect() != Dialect.POSTGRES) {
            root.put("targetDialect", settings.targetDialect().id());
        }
        ObjectNode rules = MAPPER.createObjectNode();
        new TreeMap<>(settings.rules()).forEach((id, r) -> {
            ObjectNode node = MAPPER.createObjectNode();
            if (r.enabled() != null) {
                node.put("enabled", r.enabled());
            }
            if (r.severity() != null) {
                node.put("severity", r.severity().name().toLowerCase(Locale.ROOT));
            }
            if (!r.thresholds().isEmpty()) {
                ObjectNode t = node.putObject("thresholds");
                new TreeMap<>(r.thresholds()).forEach(t::put);
            }
            rules.set(id, node);
        });
        if (!rules.isEmpty()) {
            root.set("rules", rules);
        }
        if (!settings.waivers().isEmpty()) {
            ArrayNode waivers = root.putArray("waivers");
            for (Waiver w : settings.waivers()) {
                ObjectNode node = waivers.addObject();
                node.put("rule", w.ruleId());
                node.put("object", w.objectPath().toString());
                node.put("reason", w.reason());
                if (w.author() != null) {
                    node.put("author", w.author());
                }
                if (w.date() != null) {
                    node.put("date", w.date().toString());
                }
            }
        }
        return root;
    }

    /** Reads settings; unknown properties are ignored so that newer files still open. */
    public static LintSettings fromTree(JsonNode root) {
        if (root == null || root.isNull() || root.isMissingNode()) {
            return LintSettings.defaults();
        }
        if (!root.isObject()) {
            throw new IllegalArgumentException("lint settings must be a JSON object");
        }
        Dialect dialect = root.hasNonNull("targetDialect") ? Dialect.fromId(root.get("targetDialect").asText())
                .orElseThrow(() -> new IllegalArgumentException("unknown targetDialect " + root.get("targetDialect")))
                : Dialect.POSTGRES;
        Map<String, RuleSettings> rules = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("rules").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode r = e.getValue();
            Boolean enabled = r.hasNonNull("enabled") ? r.get("enabled").asBoolean() : null;
            Severity severity = r.hasNonNull("severity") ? severity(r.get("severity").asText()) : null;
            Map<String, Double> thresholds = new HashMap<>();
            r.path("thresholds").fields().forEachRemaining(t -> thresholds.put(t.getKey(), t.getValue().asDouble()));
            rules.put(e.getKey(), new RuleSettings(enabled, severity, thresholds));
        }
        List<Waiver> waivers = new ArrayList<>();
        for (JsonNode w : root.path("waivers")) {
            if (!w.hasNonNull("rule") || !w.hasNonNull("object")) {
                throw new IllegalArgumentException("a waiver needs \"rule\" and \"object\": " + w);
            }
            waivers.add(new Waiver(w.get("rule").asText(), ObjectPath.parse(w.get("object").asText()),
                    w.path("reason").asText(""), w.hasNonNull("author") ? w.get("author").asText() : null,
                    w.hasNonNull("date") ? date(w.get("date").asText()) : null));
        }
        return new LintSettings(dialect, rules, waivers);
    }

    /** Reads a standalone settings file ({@code --config}); a document-shaped file's {@code lint} section also works. */
    public static LintSettings read(String json, String sourceName) {
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root != null && root.has("format") && root.has("schema")) {
                root = root.get("lint");
            }
            return fromTree(root);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(sourceName + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static Severity severity(String text) {
        try {
            return Severity.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown severity '" + text + "'; use error, warning, info or hint", e);
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("waiver date '" + text + "' is not YYYY-MM-DD", e);
        }
    }
}
