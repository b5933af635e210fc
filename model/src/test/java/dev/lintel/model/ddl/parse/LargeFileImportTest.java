package dev.lintel.model.ddl.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lintel.model.diagnostic.Diagnostic;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Table;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The size floor: a 50 MB script imports whole, through the file path users take. */
class LargeFileImportTest {

    @Test
    void fiftyMegabyteScriptImportsEveryTable(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.sql");
        int tables = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("SET statement_timeout = 0;\n");
            while (Files.size(file) < 50L * 1024 * 1024 || tables == 0) {
                for (int i = 0; i < 1000; i++, tables++) {
                    w.write("CREATE TABLE public.t" + tables + " (\n    id bigint NOT NULL,\n    name character varying(100) NOT NULL,\n"
                            + "    created_at timestamp with time zone DEFAULT now() NOT NULL,\n    note text\n);\n"
                            + "ALTER TABLE ONLY public.t" + tables + " ADD CONSTRAINT t" + tables + "_pkey PRIMARY KEY (id);\n"
                            + "CREATE INDEX t" + tables + "_name_idx ON public.t" + tables + " USING btree (name);\n\n");
                }
                w.flush();
            }
        }
        assertTrue(Files.size(file) >= 50L * 1024 * 1024);

        DdlImportResult result = new DdlImporter().importFile(file, null);

        assertEquals(Dialect.POSTGRES, result.dialect());
        assertEquals(tables, result.schema().tables().size());
        assertEquals(0, result.diagnostics().stream().filter(d -> d.severity() != Diagnostic.Severity.INFO).count(),
                () -> result.diagnostics().subList(0, Math.min(5, result.diagnostics().size())).toString());
        Table last = result.schema().table(QualifiedName.of("public", "t" + (tables - 1))).orElseThrow();
        assertEquals(4, last.columns().size());
        assertEquals("t" + (tables - 1) + "_pkey", last.primaryKey().name());
        assertEquals(1, last.indexes().size());
    }
}
