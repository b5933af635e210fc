package dev.lintel.model.ddl.render;

import dev.lintel.model.dialect.Dialect;

/**
 * How {@link DdlRenderer} writes a script.
 *
 * @param ifNotExists add {@code IF NOT EXISTS} where the target accepts it (tables, sequences,
 *        indexes, materialized views, extensions); schemas always get it
 * @param headerComment start the script with a one-line comment naming the target dialect
 * @param sourceDialect the dialect the model was read from, or null to write names exactly as stored.
 *        When it differs from the target, names the source would write unquoted are written unquoted
 *        for the target too (so PostgreSQL {@code account} becomes H2 {@code ACCOUNT}), the source's
 *        default schema maps to the target's, and opaque statements (written in the source's
 *        dialect) are commented out. When null, opaque statements are assumed to be PostgreSQL
 *        (what nearly every model holds) and are commented out for H2 and MySQL.
 */
public record RenderOptions(boolean ifNotExists, boolean headerComment, Dialect sourceDialect) {

    public static RenderOptions defaults() {
        return new RenderOptions(false, true, null);
    }

    public RenderOptions withIfNotExists(boolean v) {
        return new RenderOptions(v, headerComment, sourceDialect);
    }

    public RenderOptions withHeaderComment(boolean v) {
        return new RenderOptions(ifNotExists, v, sourceDialect);
    }

    public RenderOptions withSourceDialect(Dialect v) {
        return new RenderOptions(ifNotExists, headerComment, v);
    }
}
