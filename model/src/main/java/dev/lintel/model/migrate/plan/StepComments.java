package dev.lintel.model.migrate.plan;

import java.util.ArrayList;
import java.util.List;

/** The comment lines written above every step: what it is, its phase, its lock, its hazards, its note. */
final class StepComments {
    private StepComments() {
    }

    static List<String> of(int number, Step s) {
        List<String> lines = new ArrayList<>();
        lines.add("-- step " + number + ": " + s.kind() + " " + s.subject() + " [" + s.phase().label()
                + (s.transactional() ? "" : ", outside a transaction") + "]");
        lines.add("--   lock: " + s.locks().describe());
        lines.add("--   hazards: " + (s.hazards().isEmpty() ? "none" : String.join("; ", s.hazards())));
        if (s.note() != null) {
            lines.add("--   note: " + s.note());
        }
        return lines;
    }

    static String terminated(String sql) {
        String s = sql.strip();
        return s.startsWith("--") || s.endsWith(";") ? s : s + ";";
    }

    static List<String> heldBack(List<Step> held) {
        List<String> lines = new ArrayList<>();
        if (held.isEmpty()) {
            return lines;
        }
        lines.add("-- Held back (" + held.size() + " steps; include them with --allow-destructive once the code is deployed):");
        for (Step s : held) {
            lines.add("--   " + s.kind() + " " + s.subject() + " (" + s.acknowledgement().label() + "): "
                    + (s.hazards().isEmpty() ? "" : String.join("; ", s.hazards())));
        }
        return lines;
    }
}
