package dev.lintel.app.importing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The remembered connections: a small JSON file in the user's config directory
 * ({@code $XDG_CONFIG_HOME/lintel/connections.json}, else {@code ~/.config/lintel/...}). Plain
 * file I/O: callers run it on the background executor. Passwords are never in it (the record
 * has no field for one).
 */
public final class ConnectionProfiles {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Path file;

    public ConnectionProfiles(Path file) {
        this.file = file;
    }

    public static ConnectionProfiles inUserConfig() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return new ConnectionProfiles(base.resolve("lintel").resolve("connections.json"));
    }

    public Path file() {
        return file;
    }

    /** The saved profiles; none when the file does not exist yet. An unreadable file is an error to show, not to overwrite. */
    public List<ConnectionProfile> load() throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        return List.copyOf(JSON.readValue(file.toFile(), new TypeReference<List<ConnectionProfile>>() { }));
    }

    /** Adds or replaces (by name) one profile and writes the file atomically; returns the new list. */
    public List<ConnectionProfile> save(ConnectionProfile profile) throws IOException {
        List<ConnectionProfile> all = new ArrayList<>(load());
        all.removeIf(p -> p.name().equals(profile.name()));
        all.add(profile);
        all.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), "connections", ".tmp");
        JSON.writeValue(temp.toFile(), all);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return List.copyOf(all);
    }
}
