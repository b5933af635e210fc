package dev.lintel.model.migrate.plan;

/**
 * Where a step goes in the plan; the plan is the steps stably sorted by slot. The order encodes
 * the dependencies: types before the columns that use them, replaced keys dropped before they are
 * re-added, referenced keys before foreign keys, views dropped before the column changes under them
 * and recreated after, foreign keys dropped before the keys and columns they use.
 */
enum Slot {
    SCHEMAS(Phase.EXPAND),
    TYPES(Phase.EXPAND),
    DROP_REPLACED(Phase.EXPAND),
    VIEWS_DROP(Phase.EXPAND),
    NEW_TABLES(Phase.EXPAND),
    COLUMNS(Phase.EXPAND),
    INDEXES(Phase.EXPAND),
    KEYS(Phase.EXPAND),
    CONSTRAINTS(Phase.EXPAND),
    VIEWS_CREATE(Phase.EXPAND),
    COMMENTS(Phase.EXPAND),
    BACKFILL(Phase.BACKFILL),
    VALIDATE(Phase.BACKFILL),
    NOT_NULL(Phase.CONTRACT),
    KEYS_AFTER_NOT_NULL(Phase.CONTRACT),
    IDENTITY(Phase.CONTRACT),
    RENAMES(Phase.CONTRACT),
    VIEWS_AFTER_RENAMES(Phase.CONTRACT),
    DROP_VIEWS(Phase.CONTRACT),
    DROP_FOREIGN_KEYS(Phase.CONTRACT),
    DROP_CONSTRAINTS(Phase.CONTRACT),
    DROP_INDEXES(Phase.CONTRACT),
    DROP_COLUMNS(Phase.CONTRACT),
    DROP_TABLES(Phase.CONTRACT),
    DROP_TYPES(Phase.CONTRACT);

    final Phase phase;

    Slot(Phase phase) {
        this.phase = phase;
    }
}
