package dev.lintel.model.ddl.parse;

/**
 * MySQL executes the body of a version comment ({@code /*!50705 location GEOMETRY,*}{@code /}) as
 * code. Blanking the markers (same length, so offsets and lines stay put) lets the rest of the
 * importer read such a body like any other SQL.
 */
final class MySqlVersionComments {
    private MySqlVersionComments() {
    }

    static String unwrap(String text) {
        if (!text.contains("/*!")) {
            return text;
        }
        char[] buf = text.toCharArray();
        int n = buf.length;
        boolean inside = false;
        int i = 0;
        while (i < n) {
            char c = buf[i];
            if (c == '\'' || c == '"' || c == '`') {
                i = SqlScanning.endOfQuoted(text, i, c, c == '\'');
            } else if (c == '-' && i + 1 < n && buf[i + 1] == '-' || c == '#') {
                while (i < n && buf[i] != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 2 < n && buf[i + 1] == '*' && buf[i + 2] == '!' && !inside) {
                int j = i + 3;
                while (j < n && Character.isDigit(buf[j])) {
                    j++;
                }
                for (int k = i; k < j; k++) {
                    buf[k] = ' ';
                }
                inside = true;
                i = j;
            } else if (c == '/' && i + 1 < n && buf[i + 1] == '*') {
                i = SqlScanning.endOfBlockComment(text, i);
            } else if (inside && c == '*' && i + 1 < n && buf[i + 1] == '/') {
                buf[i] = ' ';
                buf[i + 1] = ' ';
                inside = false;
                i += 2;
            } else {
                i++;
            }
        }
        return new String(buf);
    }
}
