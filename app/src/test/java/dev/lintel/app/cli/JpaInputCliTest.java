package dev.lintel.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of JPA entity sources is an INPUT like a .sql file, with --naming choosing the names. */
class JpaInputCliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path folder;

    private int run(String... args) {
        return LintelCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private void entities() throws IOException {
        Path pkg = Files.createDirectories(folder.resolve("src/shop"));
        Files.writeString(pkg.resolve("OrderLine.java"), """
                package shop;
                import jakarta.persistence.*;
                @Entity
                public class OrderLine {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @ManyToOne(optional = false) PurchaseOrder purchaseOrder;
                    int quantity;
                }
                """);
        Files.writeString(pkg.resolve("PurchaseOrder.java"), """
                package shop;
                import jakarta.persistence.*;
                @Entity
                public class PurchaseOrder {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    String customerName;
                }
                """);
        Files.writeString(pkg.resolve("Broken.java"), """
                package shop;
                import jakarta.persistence.*;
                @Entity
                public class Broken {
                    @Id Long id;
                    String name
                }
                """);
    }

    @Test
    void exportDdlReadsAFolderWithSpringNamingByDefault() throws IOException {
        entities();
        int code = run("export-ddl", folder.toString(), "--dialect", "postgres");

        String ddl = out.toString();
        assertTrue(ddl.contains("order_line"), ddl);
        assertTrue(ddl.contains("purchase_order_id bigint NOT NULL"), ddl);
        assertTrue(err.toString().contains("src/shop/Broken.java:6"), err.toString());
        assertEquals(ExitCodes.FINDINGS, code, "a source that does not parse is an input error: " + err);
    }

    @Test
    void jpaNamingKeepsTheNamesAsWritten() throws IOException {
        entities();
        run("export-ddl", folder.toString(), "--naming", "jpa");

        assertTrue(out.toString().contains("orderline"), out.toString());
        assertTrue(out.toString().contains("purchaseorder_id"), out.toString());
    }

    @Test
    void anUnknownNamingIsAUsageError() throws IOException {
        entities();
        int code = run("show", folder.toString(), "--naming", "camel");

        assertEquals(ExitCodes.USAGE, code);
        assertTrue(err.toString().contains("--naming must be spring or jpa"), err.toString());
    }

    @Test
    void hibernateSixOptionMapsAsHibernateSixDid() throws IOException {
        Path pkg = Files.createDirectories(folder.resolve("src/shop"));
        Files.writeString(pkg.resolve("Shift.java"), """
                package shop;
                import jakarta.persistence.*;
                @Entity
                public class Shift {
                    @Id Long id;
                    java.time.LocalTime startsAt;
                    @Version Long version;
                }
                """);
        run("export-ddl", folder.toString());
        String seven = out.toString();
        assertTrue(seven.contains("starts_at time(0)") && seven.contains("version bigint NOT NULL"), seven);

        out.getBuffer().setLength(0);
        assertEquals(ExitCodes.OK, run("export-ddl", folder.toString(), "--hibernate", "6"));
        String six = out.toString();
        assertTrue(six.contains("starts_at time(6)") && six.contains("version bigint,"), six);

        assertEquals(ExitCodes.USAGE, run("show", folder.toString(), "--hibernate", "5"));
        assertTrue(err.toString().contains("--hibernate must be 6 or 7"), err.toString());
    }
}
