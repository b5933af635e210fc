/**
 * Shared test fixtures (published in the model test-jar, reused by app tests).
 *
 * <ul>
 *   <li>{@link dev.lintel.model.testing.PostgresServer}: one real throwaway PostgreSQL per JVM
 *       ({@code PostgresServer.shared()}), a fresh database per test ({@code createDatabase(prefix)},
 *       dropped on close), scripts run through real {@code psql}. Without server binaries the
 *       test is skipped: "PostgreSQL server binaries not found: apt-get install postgresql".</li>
 *   <li>{@link dev.lintel.model.testing.H2Databases}: in-memory H2 databases and the same
 *       run-a-script helper.</li>
 *   <li>{@link dev.lintel.model.testing.Corpus}: {@code shared/corpus} files per dialect and the
 *       PostgreSQL truth files; {@code Corpus.assumeAvailable()} skips when there is no corpus.</li>
 *   <li>{@link dev.lintel.model.testing.Goldens}: golden files; {@code -Dlintel.updateGoldens=true}
 *       rewrites them.</li>
 *   <li>{@link dev.lintel.model.testing.CatalogSnapshot} / {@link dev.lintel.model.testing.H2CatalogSnapshot}
 *       and {@link dev.lintel.model.testing.CatalogComparison}: the catalog oracle, reading a live
 *       database into the truth-file JSON shape and comparing documents fact by fact.</li>
 * </ul>
 */
package dev.lintel.model.testing;
