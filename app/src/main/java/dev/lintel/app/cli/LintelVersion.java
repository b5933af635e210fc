package dev.lintel.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The build's version, read from the Maven-filtered {@code version.properties} resource. */
public final class LintelVersion {
    private static final String RESOURCE = "/dev/lintel/app/version.properties";

    private LintelVersion() {
    }

    public static String current() {
        try (InputStream in = LintelVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                // Only when running from an IDE that skipped resource filtering; say so rather than lie.
                return "unknown";
            }
            Properties props = new Properties();
            props.load(in);
            return props.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
