package dev.lintel.model.dialect;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Byte-length arithmetic for identifiers and PostgreSQL's rule for generated object names. */
public final class Identifiers {
    private Identifiers() {
    }

    /** The longest prefix of {@code s} that fits in {@code maxBytes} UTF-8 bytes, never splitting a character. */
    public static String clipToBytes(String s, int maxBytes) {
        if (s.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return s;
        }
        int bytes = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + len > maxBytes) {
                break;
            }
            bytes += len;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }

    /**
     * PostgreSQL's {@code makeObjectName}: {@code name1_name2_label}, shortening the longer of
     * name1 and name2 one character at a time until the whole fits in 63 bytes.
     * (src/backend/commands/indexcmds.c)
     */
    public static String makeObjectName(String name1, String name2, String label) {
        int overhead = 0;
        int name1chars = name1.length();
        int name2chars = 0;
        if (name2 != null) {
            name2chars = name2.length();
            overhead++;
        }
        if (label != null) {
            overhead += label.length() + 1;
        }
        int avail = 63 - overhead;
        // PostgreSQL counts bytes; for ASCII names characters and bytes agree. Clip by bytes after.
        while (byteLen(name1, name1chars) + byteLen(name2, name2chars) > avail) {
            if (name1chars > name2chars) {
                name1chars--;
            } else {
                name2chars--;
            }
        }
        StringBuilder sb = new StringBuilder(name1.substring(0, name1chars));
        if (name2 != null) {
            sb.append('_').append(name2, 0, name2chars);
        }
        if (label != null) {
            sb.append('_').append(label);
        }
        return sb.toString();
    }

    private static int byteLen(String s, int chars) {
        return s == null ? 0 : s.substring(0, chars).getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * The column part of a generated constraint or index name: the names joined by underscores,
     * stopped once it reaches 63 bytes, as PostgreSQL's {@code ChooseIndexNameAddition} does.
     */
    public static String columnsPart(List<String> columns) {
        StringBuilder sb = new StringBuilder();
        for (String c : columns) {
            if (sb.length() > 0) {
                sb.append('_');
            }
            sb.append(c);
            if (sb.toString().getBytes(StandardCharsets.UTF_8).length >= 63) {
                break;
            }
        }
        return clipToBytes(sb.toString(), 63);
    }
}
