package dev.lintel.model.schema;

import java.util.Objects;

/**
 * A stable address of a schema object, used by findings, waivers, comments, layout and source
 * maps: {@code table:public.invoice}, {@code column:public.invoice.account_id},
 * {@code constraint:public.invoice.invoice_account_fk}, {@code index:public.invoice.invoice_account_idx}.
 * The string form is what documents store; it survives any edit that keeps the object's name.
 */
public record ObjectPath(Kind kind, QualifiedName owner, String member) {
    public enum Kind { SCHEMA, TABLE, COLUMN, CONSTRAINT, INDEX, VIEW, ENUM, DOMAIN, SEQUENCE, EXTENSION, OPAQUE }

    public ObjectPath {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(owner, "owner");
    }

    public static ObjectPath table(QualifiedName t) {
        return new ObjectPath(Kind.TABLE, t, null);
    }

    public static ObjectPath column(QualifiedName t, String column) {
        return new ObjectPath(Kind.COLUMN, t, column);
    }

    public static ObjectPath constraint(QualifiedName t, String name) {
        return new ObjectPath(Kind.CONSTRAINT, t, name);
    }

    public static ObjectPath index(QualifiedName t, String name) {
        return new ObjectPath(Kind.INDEX, t, name);
    }

    public static ObjectPath of(Kind kind, QualifiedName name) {
        return new ObjectPath(kind, name, null);
    }

    /** The table (or view, type ...) this path belongs to. */
    public ObjectPath ownerPath() {
        return member == null ? this : new ObjectPath(Kind.TABLE, owner, null);
    }

    /** Parses {@link #toString()}; names containing dots are not ambiguous because the kind fixes the arity. */
    public static ObjectPath parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not an object path: " + text);
        }
        Kind kind = Kind.valueOf(text.substring(0, colon).toUpperCase(java.util.Locale.ROOT));
        String rest = text.substring(colon + 1);
        java.util.List<String> parts = splitEscaped(rest);
        boolean hasMember = switch (kind) {
            case COLUMN, CONSTRAINT, INDEX -> true;
            default -> false;
        };
        int n = parts.size();
        if (hasMember) {
            if (n < 2) {
                throw new IllegalArgumentException("not an object path: " + text);
            }
            String member = parts.get(n - 1);
            String table = parts.get(n - 2);
            String schema = n >= 3 ? parts.get(n - 3) : null;
            return new ObjectPath(kind, new QualifiedName(schema, table), member);
        }
        return new ObjectPath(kind, new QualifiedName(n >= 2 ? parts.get(n - 2) : null, parts.get(n - 1)), null);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(kind.name().toLowerCase(java.util.Locale.ROOT)).append(':');
        if (owner.schema() != null) {
            sb.append(escape(owner.schema())).append('.');
        }
        sb.append(escape(owner.name()));
        if (member != null) {
            sb.append('.').append(escape(member));
        }
        return sb.toString();
    }

    /** Readable form without the kind: {@code public.invoice.account_id}. */
    public String display() {
        return owner + (member == null ? "" : "." + member);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace(".", "\\.");
    }

    private static java.util.List<String> splitEscaped(String s) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                cur.append(s.charAt(++i));
            } else if (c == '.') {
                parts.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        parts.add(cur.toString());
        return parts;
    }
}
