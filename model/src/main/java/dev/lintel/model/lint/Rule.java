package dev.lintel.model.lint;

/**
 * One design check. Implementations are small, stateless and thread-safe, registered in
 * {@link RuleRegistry}, documented in {@code docs/<id>.md} beside this class's package.
 */
public sealed interface Rule permits TableRule, SchemaRule {
    /** Stable kebab-case id used in settings, waivers and documents; never renamed. */
    String id();

    Category category();

    Severity defaultSeverity();

    Scope scope();

    /**
     * For {@link Scope#SCHEMA} rules: everything this rule reads of {@code table} when it checks
     * <em>other</em> tables or the schema as a whole. Live lint compares the facts of each edited
     * table before and after the edit; while they are equal (and no table was added, removed,
     * renamed or moved) it reuses the rule's work on unchanged tables. Over-approximating is safe,
     * under-approximating gives stale findings. The default, the whole table, treats every edit as
     * a change of facts.
     */
    default Object schemaFacts(dev.lintel.model.schema.Table table) {
        return table;
    }

    /** Name-based rules guess; their findings carry a confidence and never an automatic fix claim of certainty. */
    default boolean heuristic() {
        return false;
    }

    /** Opt-in (policy) rules are off unless the settings turn them on. */
    default boolean enabledByDefault() {
        return true;
    }

    /** Classpath resource of the rule's Markdown doc. */
    default String docResource() {
        return "/dev/lintel/model/lint/docs/" + id() + ".md";
    }
}
