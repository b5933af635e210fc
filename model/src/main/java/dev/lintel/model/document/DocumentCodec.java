package dev.lintel.model.document;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lintel.model.lint.LintSettings;
import dev.lintel.model.lint.LintSettingsJson;
import dev.lintel.model.schema.Schema;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The {@code .lintel} text format: pretty JSON, deterministic (normalized schema, sorted map
 * keys, record components in declaration order, LF line ends, empty values omitted), with
 * {@code format}/{@code version} first and one top-level section per document part.
 *
 * <p>Version policy: files of this or an older version are read; a newer version is refused
 * with a message that says so, and nothing is ever written over it.
 */
public final class DocumentCodec {
    public static final String FORMAT = "lintel";
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .serializationInclusion(JsonInclude.Include.NON_DEFAULT)
            // Only record components are data: helpers such as IndexKey.isColumn() must not become fields.
            .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .addModule(new InstantModule())
            .build();

    static {
        // Enum values that mean "nothing special" are left out, as null and false are.
        for (Class<?> type : DefaultEnumValueFilter.TYPES) {
            MAPPER.configOverride(type).setInclude(JsonInclude.Value.construct(
                    JsonInclude.Include.CUSTOM, JsonInclude.Include.CUSTOM, DefaultEnumValueFilter.class, null));
        }
    }

    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private DocumentCodec() {
    }

    /** The file text for a document; equal documents give identical text. */
    public static String write(LintelDocument doc) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.set("schema", MAPPER.valueToTree(doc.schema().normalize()));
        root.set("layout", MAPPER.valueToTree(doc.layout()));
        root.set("review", MAPPER.valueToTree(doc.review()));
        if (!doc.lint().isDefault()) {
            // Absent when default, so documents that never configured lint keep their exact text.
            root.set("lint", LintSettingsJson.toTree(doc.lint()));
        }
        if (doc.baseline() != null) {
            // Last and absent when unset: documents without a baseline keep their exact text.
            root.set("baseline", MAPPER.valueToTree(doc.baseline()));
        }
        try {
            return WRITER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise document", e);
        }
    }

    /**
     * Reads file text.
     *
     * @param sourceName file name used in messages
     * @throws DocumentFormatException with a message for the user: not JSON (with line and column),
     *         not a Lintel file, a newer format version, or content that does not fit the model
     */
    public static LintelDocument read(String text, String sourceName) throws DocumentFormatException {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new DocumentFormatException(sourceName + " is not a readable Lintel document: the file is damaged or"
                    + " incomplete" + where + " (" + e.getOriginalMessage() + ").", e);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
            throw new DocumentFormatException(sourceName + " is not a Lintel document (no \"format\": \"lintel\" header).");
        }
        int version = root.path("version").asInt(-1);
        if (version < 1) {
            throw new DocumentFormatException(sourceName + " has no valid format version.");
        }
        if (version > VERSION) {
            throw new DocumentFormatException(sourceName + " was written by a newer Lintel (format version " + version
                    + "); this version reads up to " + VERSION + ". Update Lintel to open it.");
        }
        try {
            Schema schema = MAPPER.treeToValue(root.path("schema"), Schema.class);
            Layout layout = root.hasNonNull("layout") ? MAPPER.treeToValue(root.get("layout"), Layout.class) : null;
            Review review = root.hasNonNull("review") ? MAPPER.treeToValue(root.get("review"), Review.class) : null;
            LintSettings lint = LintSettingsJson.fromTree(root.get("lint"));
            Baseline baseline = root.hasNonNull("baseline") ? MAPPER.treeToValue(root.get("baseline"), Baseline.class) : null;
            if (schema == null) {
                throw new DocumentFormatException(sourceName + " has no schema section.");
            }
            return new LintelDocument(schema.normalize(), layout, review, lint, baseline);
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            String msg = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new DocumentFormatException(sourceName + " does not fit the Lintel document structure: " + msg, e);
        }
    }

    /** The canonical JSON of a schema alone (as in the file's schema section), for {@code lintel show}. */
    public static String writeSchema(Schema schema) {
        try {
            return WRITER.writeValueAsString(MAPPER.valueToTree(schema.normalize())) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise schema", e);
        }
    }

    /** SHA-256 of the schema's canonical text: what a sign-off certifies. */
    public static String fingerprint(Schema schema) {
        try {
            String text = WRITER.writeValueAsString(MAPPER.valueToTree(schema.normalize()));
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Instants as ISO-8601 text without pulling in the JSR-310 module for one type. */
    private static final class InstantModule extends com.fasterxml.jackson.databind.module.SimpleModule {
        InstantModule() {
            addSerializer(Instant.class, new com.fasterxml.jackson.databind.ser.std.ToStringSerializer(Instant.class));
            addDeserializer(Instant.class, new com.fasterxml.jackson.databind.deser.std.FromStringDeserializer<>(Instant.class) {
                @Override
                protected Instant _deserialize(String value, com.fasterxml.jackson.databind.DeserializationContext ctxt) {
                    return Instant.parse(value);
                }
            });
        }
    }

}
