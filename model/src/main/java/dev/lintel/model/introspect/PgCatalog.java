package dev.lintel.model.introspect;

import dev.lintel.model.diagnostic.Diagnostic;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.schema.Column;
import dev.lintel.model.schema.Domain;
import dev.lintel.model.schema.EnumType;
import dev.lintel.model.schema.Extension;
import dev.lintel.model.schema.Namespace;
import dev.lintel.model.schema.OpaqueObject;
import dev.lintel.model.schema.QualifiedName;
import dev.lintel.model.schema.Sequence;
import dev.lintel.model.schema.Table;
import dev.lintel.model.schema.View;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the PostgreSQL readers have read so far, keyed by catalog oid so that later queries
 * (columns, constraints, indexes) attach to the tables of earlier ones without lookups by name.
 */
final class PgCatalog {
    /** Shared WHERE condition: not a system schema. Extension-owned objects are excluded per kind. */
    static final String USER_NAMESPACE = "n.nspname NOT IN ('pg_catalog', 'information_schema')"
            + " AND n.nspname !~ '^pg_(toast|temp|toast_temp)'";

    /** Condition that relation {@code c} is not a member of an extension. */
    static final String NOT_EXTENSION_RELATION = "NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_class'::regclass"
            + " AND e.objid = c.oid AND e.deptype = 'e')";

    /** A table being assembled, with every column as read (inherited ones too, for partition options). */
    static final class TableDraft {
        final long oid;
        final QualifiedName name;
        final Table.Builder builder;
        final boolean partition;
        String partitionBound;
        /** Parent table oids (partition parent or INHERITS parents). */
        final List<Long> parentOids = new ArrayList<>();
        /** Columns as the model will have them (serial and identity folding applied). */
        final Map<Integer, Column> columnsByAttnum = new TreeMap<>();
        /** Columns exactly as read, for comparing a child's column options with its parent's. */
        final Map<Integer, Column> rawByAttnum = new TreeMap<>();
        final Map<Integer, Boolean> localByAttnum = new HashMap<>();

        TableDraft(long oid, QualifiedName name, boolean partition) {
            this.oid = oid;
            this.name = name;
            this.builder = Table.builder(name);
            this.partition = partition;
        }

        Column rawColumn(String name) {
            return rawByAttnum.values().stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        }
    }

    /** One opaque statement with the oid that orders it (creation order approximates dependency order). */
    record Ordered(long oid, OpaqueObject object) {
    }

    final SchemaFilter filter;
    int serverVersionNum;
    String serverVersion;
    final Map<Long, String> namespaces = new HashMap<>();
    final List<Namespace> namespaceList = new ArrayList<>();
    final List<Extension> extensions = new ArrayList<>();
    final List<EnumType> enums = new ArrayList<>();
    final List<Domain> domains = new ArrayList<>();
    final Map<Long, TableDraft> tables = new LinkedHashMap<>();
    final Map<Long, QualifiedName> matviews = new HashMap<>();
    final List<View> views = new ArrayList<>();
    final List<PgSequenceReader.SequenceRow> sequences = new ArrayList<>();
    final List<Sequence> standaloneSequences = new ArrayList<>();
    /** Types and routines: definitions other objects may use, in oid order. */
    final List<Ordered> definitions = new ArrayList<>();
    /** Table settings, matview indexes, triggers, policies: after everything they act on. */
    final List<OpaqueObject> afterwards = new ArrayList<>();
    final List<Diagnostic> diagnostics = new ArrayList<>();

    PgCatalog(SchemaFilter filter) {
        this.filter = filter;
    }

    boolean inScope(long namespaceOid) {
        return namespaces.containsKey(namespaceOid);
    }

    void warn(String message) {
        diagnostics.add(Diagnostic.warning(message, null, null));
    }

    static String qualified(QualifiedName name) {
        return Dialect.POSTGRES.qualified(name);
    }

    static String ident(String name) {
        return Dialect.POSTGRES.ident(name);
    }
}
