package dev.lintel.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lintel.model.diff.RenameProposal;
import dev.lintel.model.migrate.plan.MigrationPlan;
import dev.lintel.model.migrate.plan.Step;

/** {@code lintel diff --format json}: every step with its SQL, phase, lock and hazards; what was held back; what cannot be done. */
final class DiffJsonReport {
    private DiffJsonReport() {
    }

    static String render(MigrationPlan plan, boolean allowDestructive) {
        ObjectNode root = LintJsonReport.MAPPER.createObjectNode();
        root.put("dialect", plan.dialect().id());
        ArrayNode steps = root.putArray("steps");
        int n = 0;
        for (Step s : plan.steps()) {
            ObjectNode o = steps.addObject();
            o.put("number", ++n);
            o.put("kind", s.kind());
            o.put("subject", s.subject());
            o.put("phase", s.phase().label());
            o.put("sql", s.sql());
            o.put("transactional", s.transactional());
            o.put("lock", s.locks().summary());
            o.put("rewrite", s.locks().rewrite());
            o.put("scan", s.locks().scan());
            o.put("blocksReads", s.locks().blocksReads());
            o.put("blocksWrites", s.locks().blocksWrites());
            ArrayNode hazards = o.putArray("hazards");
            s.hazards().forEach(hazards::add);
            o.put("acknowledgement", s.acknowledgement().label());
            o.put("heldBack", s.heldBack(allowDestructive));
            if (s.note() != null) {
                o.put("note", s.note());
            }
        }
        root.put("heldBack", plan.heldBack(allowDestructive).size());
        ArrayNode notes = root.putArray("notPlanned");
        plan.notes().forEach(notes::add);
        ArrayNode renames = root.putArray("possibleRenames");
        for (RenameProposal p : plan.proposals()) {
            renames.addObject().put("hint", p.hint()).put("reason", p.reason());
        }
        try {
            return LintJsonReport.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
