/**
 * Live introspection: reads a schema from a running database into the model. The only main-code
 * package allowed to use {@code java.sql} (ArchUnit {@code LayeringRules.SQL_ONLY_IN_INTROSPECTION}).
 *
 * <p>Safety by construction: every read runs in one read-only transaction on a read-only
 * connection ({@link CatalogSession}); nothing here ever writes. Passwords come from the caller
 * and are never put into the model, messages or exceptions ({@link JdbcUrls#redact}).
 */
package dev.lintel.model.introspect;
