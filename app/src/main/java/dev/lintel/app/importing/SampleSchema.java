package dev.lintel.app.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The bundled sample design shown on first start: a small shop with a few flaws for the lint to find. */
public final class SampleSchema {
    public static final String FILE_NAME = "sample.sql";
    private static final String RESOURCE = "/dev/lintel/app/sample/" + FILE_NAME;

    private SampleSchema() {
    }

    /** Reads the sample's SQL text. I/O: call it on a worker thread. */
    public static String readSql() {
        try (InputStream in = SampleSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the sample " + RESOURCE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
