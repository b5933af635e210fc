package dev.lintel.model.introspect;

import java.util.Locale;
import java.util.regex.Pattern;

/** JDBC URL helpers: which kind of database a URL names, and its text with secrets masked. */
public final class JdbcUrls {
    /**
     * {@code password=...} in a query string ({@code ?&}) or an H2/other property list ({@code ;}),
     * up to the next parameter or blank; a {@code :}, {@code ,} or {@code )} right before a blank
     * is the message's punctuation, not the password's.
     */
    private static final Pattern PASSWORD_PARAM = Pattern.compile(
            "(?i)((?:password|pwd|passwd)\\s*=)[^&;\\s]*?(?=[&;]|[:,)]?(?:\\s|$))");
    /** {@code user:secret@host} userinfo, which some drivers accept. */
    private static final Pattern USERINFO = Pattern.compile("(//[^/:@\\s]+:)[^@/\\s]+@");

    public enum Kind { POSTGRES, H2, OTHER }

    private JdbcUrls() {
    }

    public static boolean isJdbcUrl(String input) {
        return input != null && input.regionMatches(true, 0, "jdbc:", 0, 5);
    }

    public static Kind kindOf(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return Kind.POSTGRES;
        }
        if (lower.startsWith("jdbc:h2:")) {
            return Kind.H2;
        }
        return Kind.OTHER;
    }

    /** Any text with passwords in URLs masked: {@code password=***}. Applied to every message. */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        String masked = PASSWORD_PARAM.matcher(text).replaceAll("$1***");
        return USERINFO.matcher(masked).replaceAll("$1***@");
    }
}
