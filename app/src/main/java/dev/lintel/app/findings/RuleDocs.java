package dev.lintel.app.findings;

import dev.lintel.model.lint.Rule;
import dev.lintel.model.lint.RuleRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a rule's doc from the model's resources and splits its Markdown into blocks: headings,
 * paragraphs, bullets and fenced code. Only the subset the rule docs use; anything else reads as
 * a paragraph. Resource I/O: call it on a worker thread.
 */
final class RuleDocs {
    private RuleDocs() {
    }

    static RuleDoc load(String ruleId) throws IOException {
        Optional<Rule> rule = RuleRegistry.byId(ruleId);
        if (rule.isEmpty()) {
            return RuleDoc.missing(ruleId);
        }
        try (InputStream in = Rule.class.getResourceAsStream(rule.get().docResource())) {
            if (in == null) {
                return RuleDoc.missing(ruleId);
            }
            return parse(ruleId, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static RuleDoc parse(String ruleId, String markdown) {
        List<RuleDoc.Block> blocks = new ArrayList<>();
        String title = ruleId;
        StringBuilder paragraph = new StringBuilder();
        StringBuilder code = null;
        for (String line : markdown.split("\r?\n", -1)) {
            if (code != null) {
                if (line.strip().startsWith("```")) {
                    blocks.add(new RuleDoc.Block(RuleDoc.Kind.CODE, stripCommonIndent(code.toString())));
                    code = null;
                } else {
                    code.append(line).append('\n');
                }
                continue;
            }
            String trimmed = line.strip();
            if (trimmed.startsWith("```")) {
                flush(paragraph, blocks);
                code = new StringBuilder();
            } else if (trimmed.startsWith("#")) {
                flush(paragraph, blocks);
                String text = trimmed.replaceFirst("^#+\\s*", "");
                if (trimmed.startsWith("# ") && title.equals(ruleId)) {
                    title = text;
                } else {
                    blocks.add(new RuleDoc.Block(RuleDoc.Kind.HEADING, text));
                }
            } else if (trimmed.startsWith("- ") || trimmed.startsWith("* ")) {
                flush(paragraph, blocks);
                blocks.add(new RuleDoc.Block(RuleDoc.Kind.BULLET, trimmed.substring(2).strip()));
            } else if (trimmed.isEmpty()) {
                flush(paragraph, blocks);
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(trimmed);
            }
        }
        flush(paragraph, blocks);
        if (code != null) {
            blocks.add(new RuleDoc.Block(RuleDoc.Kind.CODE, stripCommonIndent(code.toString())));
        }
        return new RuleDoc(ruleId, title, blocks);
    }

    private static void flush(StringBuilder paragraph, List<RuleDoc.Block> blocks) {
        if (!paragraph.isEmpty()) {
            blocks.add(new RuleDoc.Block(RuleDoc.Kind.PARAGRAPH, paragraph.toString()));
            paragraph.setLength(0);
        }
    }

    // Some examples are indented by a stray space; drop what every line shares.
    private static String stripCommonIndent(String text) {
        List<String> lines = List.of(text.stripTrailing().split("\n", -1));
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return String.join("\n", lines.stream().map(l -> l.length() >= indent ? l.substring(indent) : l.strip()).toList());
    }
}
