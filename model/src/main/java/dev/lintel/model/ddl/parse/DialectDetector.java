package dev.lintel.model.ddl.parse;

import dev.lintel.model.dialect.Dialect;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses the dialect of a script from markers only one dialect writes. Each marker adds its
 * weight once per occurrence (capped), the highest score wins, PostgreSQL on a tie or no evidence.
 */
final class DialectDetector {
    private static final int SAMPLE_CHARS = 2_000_000;

    private record Marker(Dialect dialect, int weight, Pattern pattern) {
    }

    private static final Marker[] MARKERS = {
        new Marker(Dialect.MYSQL, 3, Pattern.compile("`[^`\\n]+`")),
        new Marker(Dialect.MYSQL, 5, Pattern.compile("(?i)\\)\\s*ENGINE\\s*=")),
        new Marker(Dialect.MYSQL, 2, Pattern.compile("(?i)\\bAUTO_INCREMENT\\b")),
        new Marker(Dialect.MYSQL, 3, Pattern.compile("/\\*!\\d+")),
        new Marker(Dialect.MYSQL, 3, Pattern.compile("(?im)^\\s*DELIMITER\\s")),
        new Marker(Dialect.MYSQL, 2, Pattern.compile("(?i)\\bUNSIGNED\\b|\\bDATETIME\\b|\\bTINYINT\\b|\\bLONGTEXT\\b|\\bMEDIUMTEXT\\b")),
        new Marker(Dialect.MYSQL, 2, Pattern.compile("(?i)\\bDEFAULT\\s+CHARSET\\b|\\bCHARACTER\\s+SET\\s+utf8")),
        new Marker(Dialect.POSTGRES, 5, Pattern.compile("(?i)\\bpg_catalog\\b")),
        new Marker(Dialect.POSTGRES, 3, Pattern.compile("::")),
        new Marker(Dialect.POSTGRES, 3, Pattern.compile("\\$[A-Za-z_]*\\$")),
        new Marker(Dialect.POSTGRES, 3, Pattern.compile("(?i)\\bOWNER\\s+TO\\b|\\bCREATE\\s+EXTENSION\\b|\\bSET\\s+search_path\\b")),
        new Marker(Dialect.POSTGRES, 2, Pattern.compile("(?i)\\b(BIG)?SERIAL\\b|\\bBYTEA\\b|\\bJSONB\\b|\\bTIMESTAMPTZ\\b|\\bnextval\\s*\\(")),
        new Marker(Dialect.POSTGRES, 2, Pattern.compile("(?i)\\bUSING\\s+(btree|gin|gist|brin)\\b|\\bplpgsql\\b")),
        new Marker(Dialect.H2, 5, Pattern.compile("(?i)\\bMODE\\s*=\\s*\\w+")),
        new Marker(Dialect.H2, 4, Pattern.compile("(?i)\\bDROP\\s+TABLE\\s+[\\w\".]+\\s+IF\\s+EXISTS\\b")),
        new Marker(Dialect.H2, 4, Pattern.compile("(?i)\\bCREATE\\s+(MEMORY|CACHED)\\s+TABLE\\b|\\bVARCHAR_IGNORECASE\\b")),
        new Marker(Dialect.H2, 2, Pattern.compile("(?i)\\bCLOB\\b|\\bBLOB\\b|\\bIMAGE\\b|\\bLONGVARCHAR\\b|\\bLONGVARBINARY\\b")),
        new Marker(Dialect.H2, 1, Pattern.compile("(?i)\\bCHARACTER\\s+VARYING\\b.*\\b(IDENTITY|AUTO_INCREMENT)\\b")),
    };
    private static final int CAP_PER_MARKER = 20;

    private DialectDetector() {
    }

    static Dialect detect(String text) {
        String sample = withoutLineComments(text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text);
        int[] scores = new int[Dialect.values().length];
        for (Marker marker : MARKERS) {
            Matcher m = marker.pattern().matcher(sample);
            int hits = 0;
            while (hits < CAP_PER_MARKER && m.find()) {
                hits++;
            }
            scores[marker.dialect().ordinal()] += hits * marker.weight();
        }
        Dialect best = Dialect.POSTGRES;
        for (Dialect d : Dialect.values()) {
            if (scores[d.ordinal()] > scores[best.ordinal()]) {
                best = d;
            }
        }
        return best;
    }

    private static String withoutLineComments(String text) {
        return text.replaceAll("(?m)^\\s*--.*$", "");
    }
}
