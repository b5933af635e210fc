package dev.lintel.model.ddl.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lintel.model.dialect.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DialectDetectorTest {

    @Test
    void backticksAndEngineMeanMySql() {
        assertEquals(Dialect.MYSQL, DialectDetector.detect("CREATE TABLE `t` (`id` int AUTO_INCREMENT) ENGINE=InnoDB;"));
    }

    @Test
    void pgDumpMarkersMeanPostgres() {
        assertEquals(Dialect.POSTGRES, DialectDetector.detect(
                "SELECT pg_catalog.set_config('search_path', '', false);\nCREATE TABLE t (a int DEFAULT 'x'::text);"));
    }

    @Test
    void h2ModeAndTrailingIfExistsMeanH2() {
        assertEquals(Dialect.H2, DialectDetector.detect("SET MODE=PostgreSQL;\nDROP TABLE owners IF EXISTS;"));
    }

    @Test
    void plainStandardSqlDefaultsToPostgres() {
        assertEquals(Dialect.POSTGRES, DialectDetector.detect("CREATE TABLE t (id integer primary key);"));
    }

    @Test
    void everyCorpusFileIsDetectedAsItsFolder() throws IOException {
        Path root = Corpus.require();
        List<String> wrong = new ArrayList<>();
        int total = 0;
        for (Map.Entry<String, Dialect> folder : Map.of("postgresql", Dialect.POSTGRES, "mysql", Dialect.MYSQL, "h2", Dialect.H2).entrySet()) {
            for (Path file : Corpus.files(folder.getKey())) {
                total++;
                Dialect detected = DialectDetector.detect(DdlImporter.decode(Files.readAllBytes(file)));
                if (detected != folder.getValue()) {
                    wrong.add(root.relativize(file) + " -> " + detected);
                }
            }
        }
        System.out.println("dialect detection: " + (total - wrong.size()) + "/" + total + " right; wrong: " + wrong);
        assertEquals(List.of(), wrong);
    }
}
