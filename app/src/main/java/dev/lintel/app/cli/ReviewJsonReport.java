package dev.lintel.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lintel.model.migrate.lock.RelationLock;
import dev.lintel.model.migrate.lock.StatementLocks;
import dev.lintel.model.migrate.review.MigrationReview;
import dev.lintel.model.migrate.review.ReviewFinding;
import java.util.Locale;

/**
 * Machine-readable review: each entry of {@code findings} has the lint fields ({@code rule,
 * severity, object, message, line, confidence, fixes}) plus {@code statement}, {@code problem},
 * {@code safe}, {@code locks} (relation, mode, blocksReads, blocksWrites), {@code rewrite},
 * {@code scan} and {@code inTransaction}.
 */
final class ReviewJsonReport {
    private ReviewJsonReport() {
    }

    static String render(MigrationReview review) {
        ObjectNode root = LintJsonReport.MAPPER.createObjectNode();
        ArrayNode findings = root.putArray("findings");
        for (ReviewFinding f : review.findings()) {
            ObjectNode node = LintJsonReport.finding(f.finding());
            node.put("statement", f.statement().statement().excerpt(200));
            node.put("problem", f.problem());
            if (f.safeAlternative() == null) {
                node.putNull("safe");
            } else {
                node.put("safe", f.safeAlternative());
            }
            StatementLocks locks = f.statement().locks();
            ArrayNode arr = node.putArray("locks");
            for (RelationLock l : locks.locks()) {
                arr.addObject().put("relation", l.relation().toString())
                        .put("mode", l.mode().name().toLowerCase(Locale.ROOT))
                        .put("blocksReads", l.mode().blocksReads())
                        .put("blocksWrites", l.mode().blocksWrites());
            }
            node.put("rewrite", locks.rewrite());
            node.put("scan", locks.scan());
            node.put("inTransaction", f.statement().transaction().explicit());
            findings.add(node);
        }
        root.put("statements", review.context().statements().size());
        try {
            return LintJsonReport.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
