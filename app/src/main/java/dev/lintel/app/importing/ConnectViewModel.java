package dev.lintel.app.importing;

import dev.lintel.app.task.BackgroundTask;
import dev.lintel.app.task.TaskExecutor;
import dev.lintel.app.task.TaskHandle;
import dev.lintel.model.introspect.Cancellation;
import dev.lintel.model.introspect.DatabaseIntrospection;
import dev.lintel.model.introspect.IntrospectionException;
import dev.lintel.model.introspect.IntrospectionListener;
import dev.lintel.model.introspect.IntrospectionOptions;
import dev.lintel.model.introspect.IntrospectionResult;
import dev.lintel.model.introspect.JdbcUrls;
import dev.lintel.model.introspect.PasswordProvider;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "Connect to Database" dialog's state and commands. Test and Connect run on the injected
 * executor; Connect reads the whole schema with {@link DatabaseIntrospection}, reports its phases
 * as progress, and can be cancelled (the running catalog query is cancelled on the server).
 * Failures are the introspector's one-line messages, with the redacted URL and SQLState as
 * detail. Profiles are remembered without the password: an empty password field lets the
 * driver use {@code ~/.pgpass}.
 */
public final class ConnectViewModel {
    /** The phases a PostgreSQL read reports, in order; an H2 read reports a similar number. */
    private static final List<String> PHASES = List.of("connecting", "schemas", "types", "tables", "columns",
            "constraints", "indexes", "sequences", "functions");

    private final TaskExecutor executor;
    private final ConnectionProfiles profileStore;
    private final Consumer<IntrospectionResult> schemaRead;

    // Properties ------------------------------------------------------------------------------
    private final ObjectProperty<DatabaseKind> kind = new SimpleObjectProperty<>(DatabaseKind.POSTGRESQL);
    private final StringProperty host = new SimpleStringProperty("localhost");
    private final StringProperty port = new SimpleStringProperty(DatabaseKind.POSTGRESQL.defaultPort());
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty(System.getProperty("user.name", ""));
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty includeSchemas = new SimpleStringProperty("");
    private final StringProperty excludeSchemas = new SimpleStringProperty("");
    private final StringProperty profileName = new SimpleStringProperty("");
    private final ObservableList<ConnectionProfile> profiles = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canConnect;

    private TaskHandle running;
    private Cancellation cancellation;

    public ConnectViewModel(TaskExecutor executor, ConnectionProfiles profileStore, Consumer<IntrospectionResult> schemaRead) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.profileStore = Objects.requireNonNull(profileStore, "profileStore");
        this.schemaRead = Objects.requireNonNull(schemaRead, "schemaRead");
        kind.addListener((obs, old, now) -> {
            if (now != null && old != null && port.get().equals(old.defaultPort())) {
                port.set(now.defaultPort());
            }
        });
        canConnect = Bindings.createBooleanBinding(() -> !busy.get() && !database.get().isBlank(), busy, database);
    }

    public ObjectProperty<DatabaseKind> kindProperty() {
        return kind;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    /** Held only while the dialog is open; never saved. Empty: the server is asked without one (~/.pgpass, trust). */
    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty includeSchemasProperty() {
        return includeSchemas;
    }

    public StringProperty excludeSchemasProperty() {
        return excludeSchemas;
    }

    /** The name the current settings are remembered under when the read succeeds; empty: not remembered. */
    public StringProperty profileNameProperty() {
        return profileName;
    }

    public ObservableList<ConnectionProfile> profiles() {
        return profiles;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** 0..1 while reading; negative while connecting or testing (indeterminate). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last failure in one line with the likely fix; empty when none. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What the failure was about (redacted URL, SQLState), for the expandable detail. */
    public ReadOnlyStringProperty errorDetailProperty() {
        return errorDetail.getReadOnlyProperty();
    }

    /** True once a schema was read and handed over: the dialog closes. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public BooleanBinding canConnectProperty() {
        return canConnect;
    }

    /** The URL the settings make, password left out (it goes to the driver separately). */
    public String jdbcUrl() {
        if (kind.get() == DatabaseKind.H2) {
            String where = host.get().isBlank() ? database.get().strip()
                    : "tcp://" + host.get().strip() + (port.get().isBlank() ? "" : ":" + port.get().strip()) + "/" + database.get().strip();
            return "jdbc:h2:" + where + (user.get().isBlank() ? "" : ";USER=" + user.get().strip());
        }
        String url = "jdbc:postgresql://" + host.get().strip() + (port.get().isBlank() ? "" : ":" + port.get().strip()) + "/"
                + encode(database.get().strip());
        return user.get().isBlank() ? url : url + "?user=" + encode(user.get().strip());
    }

    // Commands --------------------------------------------------------------------------------

    /** Loads the remembered profiles in the background. */
    public void loadProfiles() {
        executor.submit(BackgroundTask.of("Reading connection profiles", ctx -> profileStore.load())
                .onSuccess(profiles::setAll)
                .onFailure(e -> status.set("Could not read saved connections (" + profileStore.file() + "): " + e.getMessage())));
    }

    /** Fills the fields from a profile; the password is left empty, to be typed or read from ~/.pgpass. */
    public void apply(ConnectionProfile profile) {
        if (profile == null) {
            return;
        }
        kind.set(profile.kind().equals(DatabaseKind.H2.name()) ? DatabaseKind.H2 : DatabaseKind.POSTGRESQL);
        host.set(profile.host());
        port.set(profile.port());
        database.set(profile.database());
        user.set(profile.user());
        includeSchemas.set(profile.includeSchemas());
        excludeSchemas.set(profile.excludeSchemas());
        profileName.set(profile.name());
        password.set("");
        clearError();
    }

    /** Connects and reports the server's version, reading nothing. */
    public void testConnection() {
        if (busy.get()) {
            return;
        }
        String url = jdbcUrl();
        PasswordProvider passwords = passwordProvider();
        start("Connecting to " + JdbcUrls.redact(url) + "\u2026");
        running = executor.submit(BackgroundTask.of("Testing " + JdbcUrls.redact(url),
                        ctx -> DatabaseIntrospection.test(url, passwords, options(null)))
                .onSuccess(version -> status.set("Connected: " + version))
                .onFailure(e -> failed(url, e))
                .onCancelled(() -> status.set("Test cancelled"))
                .onFinished(this::stopped));
    }

    /** Reads the whole schema in the background, then hands it to the main window and finishes. */
    public void connect() {
        if (!canConnect.get()) {
            return;
        }
        String url = jdbcUrl();
        PasswordProvider passwords = passwordProvider();
        Cancellation cancel = new Cancellation();
        cancellation = cancel;
        ConnectionProfile remembered = currentProfile();
        start("Connecting to " + JdbcUrls.redact(url) + "\u2026");
        running = executor.submit(BackgroundTask.of("Reading " + JdbcUrls.redact(url), ctx -> {
                    IntrospectionListener phases = new IntrospectionListener() {
                        @Override
                        public void phase(String phase) {
                            int index = PHASES.indexOf(phase);
                            ctx.updateProgress(index < 0 ? PHASES.size() - 1 : index + 1, PHASES.size() + 1);
                            ctx.updateMessage("Reading " + phase + "\u2026");
                        }
                    };
                    IntrospectionResult result = DatabaseIntrospection.read(url, passwords,
                            options(phases).withCancellation(cancel));
                    if (remembered != null) {
                        profileStore.save(remembered); // without the password: the record has none
                    }
                    return result;
                })
                .onProgress(p -> {
                    progress.set(p.fraction());
                    if (p.message() != null) {
                        status.set(p.message());
                    }
                })
                .onSuccess(result -> {
                    password.set("");
                    status.set("Read " + result.schema().tables().size() + " tables from " + result.serverVersion()
                            + " in " + result.queries() + " queries");
                    schemaRead.accept(result);
                    finished.set(true);
                })
                .onFailure(e -> failed(url, e))
                .onCancelled(() -> status.set("Cancelled: nothing was read"))
                .onFinished(this::stopped));
    }

    /** Stops a running test or read: the flag is set and the catalog query running on the server is cancelled. */
    public void cancel() {
        if (cancellation != null) {
            cancellation.cancel();
        }
        if (running != null) {
            running.cancel();
        }
    }

    // Plumbing --------------------------------------------------------------------------------

    private IntrospectionOptions options(IntrospectionListener listener) {
        return IntrospectionOptions.defaults().withSchemas(patterns(includeSchemas.get()), patterns(excludeSchemas.get()))
                .withListener(listener);
    }

    private PasswordProvider passwordProvider() {
        char[] typed = password.get().toCharArray();
        PasswordProvider provider = typed.length == 0 ? PasswordProvider.NONE : PasswordProvider.of(typed.clone());
        Arrays.fill(typed, '\0');
        return provider;
    }

    private ConnectionProfile currentProfile() {
        String name = profileName.get().strip();
        return name.isEmpty() ? null : new ConnectionProfile(name, kind.get().name(), host.get(), port.get(), database.get(),
                user.get(), includeSchemas.get(), excludeSchemas.get());
    }

    private void start(String text) {
        clearError();
        busy.set(true);
        progress.set(-1);
        status.set(text);
    }

    private void stopped() {
        busy.set(false);
        progress.set(0);
        running = null;
        cancellation = null;
    }

    private void failed(String url, Throwable e) {
        String message = e instanceof IntrospectionException ? e.getMessage()
                : "could not read " + JdbcUrls.redact(url) + ": " + JdbcUrls.redact(String.valueOf(e.getMessage()));
        error.set(message);
        String state = e instanceof IntrospectionException ie && ie.sqlState() != null ? "SQLState " + ie.sqlState() : "no SQLState";
        errorDetail.set("URL: " + JdbcUrls.redact(url) + "\n" + state + "\nError type: " + e.getClass().getSimpleName()
                + "\nThe password is never stored; leave it empty to use ~/.pgpass.");
        status.set("Not connected");
    }

    private void clearError() {
        error.set("");
        errorDetail.set("");
    }

    private static List<String> patterns(String text) {
        return Arrays.stream(text.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
