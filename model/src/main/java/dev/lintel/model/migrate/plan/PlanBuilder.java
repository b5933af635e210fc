package dev.lintel.model.migrate.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects drafted steps from the recipes and orders them by {@link Slot}, keeping draft order within a slot. */
final class PlanBuilder {
    private final List<Draft> drafts = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int groups;

    Draft step(Slot slot, String kind, String subject, String sql) {
        Draft d = new Draft(slot, kind, subject, sql, drafts.size());
        drafts.add(d);
        return d;
    }

    int newGroup() {
        return ++groups;
    }

    /** A change the plan cannot make, and why (it is reported, never silently dropped). */
    void explain(String text) {
        notes.add(text);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    List<Step> steps() {
        return drafts.stream().sorted(Comparator.comparing((Draft d) -> d.slot).thenComparingInt(d -> d.order))
                .map(Draft::build).toList();
    }

    static final class Draft {
        private final Slot slot;
        private final String kind;
        private final String subject;
        private final String sql;
        private final int order;
        private boolean transactional = true;
        private int group;
        private boolean longRunning;
        private final List<String> hazards = new ArrayList<>();
        private Acknowledgement ack = Acknowledgement.NONE;
        private String note;

        private Draft(Slot slot, String kind, String subject, String sql, int order) {
            this.slot = slot;
            this.kind = kind;
            this.subject = subject;
            this.sql = sql;
            this.order = order;
        }

        Draft outsideTransaction() {
            transactional = false;
            return this;
        }

        Draft group(int v) {
            group = v;
            return this;
        }

        Draft longRunning() {
            longRunning = true;
            return this;
        }

        Draft hazard(String text) {
            hazards.add(text);
            return this;
        }

        Draft acknowledge(Acknowledgement v) {
            ack = v;
            return this;
        }

        Draft note(String v) {
            note = v;
            return this;
        }

        private Step build() {
            return new Step(kind, subject, sql, slot.phase, transactional, group, longRunning, hazards, ack, note, null);
        }
    }
}
