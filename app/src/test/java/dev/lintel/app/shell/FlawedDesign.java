package dev.lintel.app.shell;

import dev.lintel.app.importing.DdlImportService;

/** A small design with known flaws, imported through the real DDL importer. */
final class FlawedDesign {
    static final String FILE_NAME = "flawed.sql";

    /** customers.created_at without time zone, orders' FK without an index, audit_log without a primary key. */
    static final String SQL = """
            CREATE TABLE customers (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                email text NOT NULL UNIQUE,
                created_at timestamp NOT NULL DEFAULT now()
            );
            CREATE TABLE orders (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                customer_id bigint NOT NULL REFERENCES customers (id),
                total numeric(12, 2) NOT NULL
            );
            CREATE TABLE audit_log (
                message text NOT NULL
            );
            """;

    private FlawedDesign() {
    }

    /** The real importer, but {@code loadSample} imports this design (still titled sample.sql) instead of the bundled sample. */
    static DdlImportService importer() {
        DdlImportService real = DdlImportService.usingModelImporter();
        return new DdlImportService() {
            @Override
            public dev.lintel.model.ddl.parse.DdlImportResult importText(String sql, String fileName) {
                return real.importText(SQL, FILE_NAME);
            }

            @Override
            public dev.lintel.model.ddl.parse.DdlImportResult importFile(java.nio.file.Path file) throws java.io.IOException {
                return real.importFile(file);
            }
        };
    }
}
