package dev.lintel.model.ddl.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a PostgreSQL script's bytes the way psql sends them: each statement in the client
 * encoding in force when it runs. {@code SET client_encoding = latin1} in a UTF-8 file makes the
 * server read the rest as Latin-1 (so {@code é} becomes {@code Ã©} in the catalog), and the
 * model must say what the database holds.
 *
 * <p>The script is first viewed byte for byte ({@link #byteView}, ISO-8859-1 maps each byte to one
 * char), which is enough to cut statements: every delimiter and quote is ASCII in the encodings
 * a script can use. Each statement's chars are then turned back into its bytes and decoded.
 */
final class ClientEncoding {
    private static final Pattern SET_ENCODING = Pattern.compile(
            "(?is)\\s*SET\\s+(?:SESSION\\s+)?(?:client_encoding\\s*(?:=|\\bTO\\b)|NAMES\\b)\\s*'?([A-Za-z0-9_-]+)'?\\s*");
    private static final Pattern RESET_ENCODING = Pattern.compile("(?is)\\s*RESET\\s+client_encoding\\s*");
    /** PostgreSQL's encoding names that Java spells differently (after removing '_' and '-', upper-cased). */
    private static final Map<String, String> JAVA_NAMES = Map.ofEntries(
            Map.entry("UTF8", "UTF-8"), Map.entry("UNICODE", "UTF-8"),
            Map.entry("LATIN1", "ISO-8859-1"), Map.entry("LATIN2", "ISO-8859-2"), Map.entry("LATIN3", "ISO-8859-3"),
            Map.entry("LATIN4", "ISO-8859-4"), Map.entry("LATIN5", "ISO-8859-9"), Map.entry("LATIN6", "ISO-8859-10"),
            Map.entry("LATIN7", "ISO-8859-13"), Map.entry("LATIN8", "ISO-8859-14"), Map.entry("LATIN9", "ISO-8859-15"),
            Map.entry("LATIN10", "ISO-8859-16"), Map.entry("KOI8", "KOI8-R"), Map.entry("KOI8R", "KOI8-R"),
            Map.entry("KOI8U", "KOI8-U"), Map.entry("SJIS", "Shift_JIS"), Map.entry("EUCJP", "EUC-JP"),
            Map.entry("EUCKR", "EUC-KR"), Map.entry("EUCCN", "GB2312"), Map.entry("GBK", "GBK"), Map.entry("BIG5", "Big5"));

    private ClientEncoding() {
    }

    /** The script's bytes as chars, one per byte (a leading UTF-8 byte order mark dropped). */
    static String byteView(byte[] bytes) {
        int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        return new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
    }

    /** What the script starts in: UTF-8 when all of it is valid UTF-8, else a legacy single-byte file read as Latin-1. */
    static Charset initial(String byteView) {
        return isValid(byteView.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8)
                ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
    }

    /**
     * Each statement of a byte view decoded in the encoding in force when it runs.
     *
     * @param followSettings whether {@code SET client_encoding} statements switch the encoding (PostgreSQL
     *        scripts); other dialects' {@code SET NAMES} are not interpreted
     */
    static List<RawStatement> decode(List<RawStatement> byteStatements, Charset initial, boolean followSettings) {
        List<RawStatement> out = new ArrayList<>(byteStatements.size());
        Charset current = initial;
        for (RawStatement s : byteStatements) {
            String text = new String(s.text().getBytes(StandardCharsets.ISO_8859_1), current);
            out.add(new RawStatement(text, s.line(), s.column()));
            if (followSettings) {
                current = after(text, current, initial);
            }
        }
        return out;
    }

    /** The encoding after a statement: changed by {@code SET client_encoding|NAMES}, reset by {@code RESET} or {@code DEFAULT}. */
    static Charset after(String statement, Charset current, Charset initial) {
        if (RESET_ENCODING.matcher(statement).matches()) {
            return initial;
        }
        Matcher m = SET_ENCODING.matcher(statement);
        if (!m.matches()) {
            return current;
        }
        String name = m.group(1).toUpperCase(Locale.ROOT).replace("_", "").replace("-", "");
        if (name.equals("DEFAULT")) {
            return initial;
        }
        String javaName = JAVA_NAMES.getOrDefault(name, name.startsWith("WIN") ? "windows-" + name.substring(3)
                : name.startsWith("ISO8859") ? "ISO-8859-" + name.substring(7) : m.group(1));
        try {
            return Charset.forName(javaName);
        } catch (IllegalArgumentException e) {
            return current; // SQL_ASCII, MULE_INTERNAL ...: nothing Java decodes; keep reading as before
        }
    }

    private static boolean isValid(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
