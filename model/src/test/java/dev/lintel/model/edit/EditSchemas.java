package dev.lintel.model.edit;

import dev.lintel.model.ddl.parse.DdlImporter;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.testing.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Real schemas to edit: the renderer's sample (always present: enums, domains, identity, partitions,
 * inheritance, exclusion constraints) and, when the shared corpus is there, every PostgreSQL file of it.
 */
final class EditSchemas {
    private EditSchemas() {
    }

    static Schema sample() {
        try (InputStream in = EditSchemas.class.getResourceAsStream("/ddl/render/sample.postgres.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new DdlImporter().importText(sql, "sample.postgres.sql", Dialect.POSTGRES).schema();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Schema parse(String sql) {
        return new DdlImporter().importText(sql, "test.sql", Dialect.POSTGRES).schema();
    }

    static List<Map.Entry<String, Schema>> all() {
        List<Map.Entry<String, Schema>> out = new ArrayList<>();
        out.add(Map.entry("sample.postgres", sample()));
        for (Path file : Corpus.files(Corpus.Dialect.POSTGRESQL)) {
            try {
                out.add(Map.entry(Corpus.nameOf(file), new DdlImporter().importFile(file, Dialect.POSTGRES).schema()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
