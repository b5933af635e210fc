package dev.lintel.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
    private static final String BEFORE = "CREATE TABLE customer (id bigint PRIMARY KEY, name text);\n";
    private static final String ADD_INDEX = BEFORE + "CREATE INDEX customer_name_idx ON customer (name);\n";
    private static final String RENAMED = "CREATE TABLE customer (id bigint PRIMARY KEY, full_name text);\n";

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return LintelCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private String file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p.toString();
    }

    @Test
    void safeChangeIsAScriptAndExitZero() throws IOException {
        assertEquals(ExitCodes.OK, run("diff", file("a.sql", BEFORE), file("b.sql", ADD_INDEX)), err.toString());
        String script = out.toString();
        assertTrue(script.contains("SET lock_timeout"), script);
        assertTrue(script.contains("CREATE INDEX CONCURRENTLY IF NOT EXISTS customer_name_idx ON public.customer (name);"), script);
        assertTrue(script.contains("-- step 1: create-index-concurrently"), script);
        assertTrue(script.contains("lock: SHARE UPDATE EXCLUSIVE on public.customer"), script);
    }

    @Test
    void unconfirmedRenameIsHeldBackAndProposed() throws IOException {
        assertEquals(ExitCodes.FINDINGS, run("diff", file("a.sql", BEFORE), file("b.sql", RENAMED)));
        assertFalse(out.toString().contains("DROP COLUMN"), out.toString());
        assertTrue(err.toString().contains("held back (destructive): drop-column public.customer.name"), err.toString());
        assertTrue(err.toString().contains("--rename customer.name=full_name"), err.toString());

        assertEquals(ExitCodes.FINDINGS, run("diff", file("a.sql", BEFORE), file("b.sql", RENAMED),
                "--rename", "customer.name=full_name", "--allow-destructive"));
        assertTrue(out.toString().contains("ALTER TABLE public.customer RENAME COLUMN name TO full_name;"), out.toString());
        assertTrue(out.toString().contains("deploy code that uses full_name first"), out.toString());
    }

    @Test
    void jsonListsStepsWithLocks() throws IOException {
        assertEquals(ExitCodes.FINDINGS, run("diff", file("a.sql", BEFORE), file("b.sql", RENAMED), "--format", "json"));
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertEquals("postgres", root.get("dialect").asText());
        assertEquals(1, root.get("heldBack").asInt());
        JsonNode drop = root.get("steps").get(1);
        assertEquals("drop-column", drop.get("kind").asText());
        assertEquals("contract", drop.get("phase").asText());
        assertTrue(drop.get("heldBack").asBoolean());
        assertTrue(drop.get("lock").asText().contains("ACCESS EXCLUSIVE"), drop.toString());
        assertEquals("customer.name=full_name", root.get("possibleRenames").get(0).get("hint").asText());
    }

    @Test
    void flywayFilesPutNonTransactionalStepsAlone() throws IOException {
        String after = ADD_INDEX + "ALTER TABLE customer ADD COLUMN email text;\n";
        Path flyway = dir.resolve("flyway");
        assertEquals(ExitCodes.OK, run("diff", file("a.sql", BEFORE), file("b.sql", after), "--flyway", flyway.toString()),
                err.toString());
        List<String> files;
        try (Stream<Path> s = Files.list(flyway)) {
            files = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("V1__expand_add_column_public_customer_email.sql",
                "V2__expand_create_index_concurrently_public_customer_customer_name_idx.sql",
                "V2__expand_create_index_concurrently_public_customer_customer_name_idx.sql.conf"), files);
        assertEquals("executeInTransaction=false\n", Files.readString(flyway.resolve(files.get(2))));
    }

    @Test
    void h2PlanIsPlainDdl() throws IOException {
        assertEquals(ExitCodes.OK, run("diff", file("a.sql", BEFORE), file("b.sql", ADD_INDEX), "--dialect", "h2"), err.toString());
        assertTrue(out.toString().contains("CREATE INDEX CUSTOMER_NAME_IDX ON PUBLIC.CUSTOMER (NAME);"), out.toString());
        assertFalse(out.toString().contains("CONCURRENTLY"));
    }

    @Test
    void usageErrorsExitTwo() throws IOException {
        String a = file("a.sql", BEFORE);
        assertEquals(ExitCodes.USAGE, run("diff", a, dir.resolve("missing.sql").toString()));
        assertEquals(ExitCodes.USAGE, run("diff", a, a, "--rename", "customer.name"));
        assertTrue(err.toString().contains("customer.name"), err.toString());
        assertEquals(ExitCodes.USAGE, run("diff", a, a, "-o", dir.resolve("x.sql").toString(), "--flyway", dir.toString()));
        assertEquals(ExitCodes.USAGE, run("diff", a, a, "--dialect", "mysql"));
        assertEquals(ExitCodes.OK, run("diff", a, a));
    }

    @Test
    void jpaFolderIsAnInputOnEitherSide() throws IOException {
        Path sources = Files.createDirectories(dir.resolve("src/shop"));
        Files.writeString(sources.resolve("Customer.java"), """
                package shop;
                import jakarta.persistence.*;
                @Entity
                public class Customer {
                    @Id Long id;
                    String fullName;
                }
                """);
        String before = file("a.sql", "CREATE TABLE customer (id bigint PRIMARY KEY, full_name varchar(255));\n");
        assertEquals(ExitCodes.OK, run("diff", before, dir.resolve("src").toString()), err.toString());
        assertFalse(out.toString().contains("ALTER TABLE"), out.toString());
        // --naming jpa keeps the field name as written: fullName is then a different column.
        assertEquals(ExitCodes.FINDINGS, run("diff", before, dir.resolve("src").toString(), "--naming", "jpa"));
        assertTrue((out.toString() + err).toLowerCase().contains("fullname"), out.toString() + err);
    }
}
