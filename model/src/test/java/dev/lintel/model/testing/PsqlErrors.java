package dev.lintel.model.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the errors out of what {@code psql -f FILE} printed on stderr. Each error starts with
 * {@code psql:FILE:LINE: ERROR:  message}; the lines after it up to the next {@code psql:} line
 * (LINE n:, the caret, DETAIL, HINT, CONTEXT) belong to it.
 */
final class PsqlErrors {
    private PsqlErrors() {
    }

    static List<ScriptError> parse(String stderr, String fileName) {
        Pattern head = Pattern.compile("^psql:" + Pattern.quote(fileName) + ":(\\d+): (ERROR|FATAL|PANIC):\\s*(.*)$");
        List<ScriptError> errors = new ArrayList<>();
        Integer line = null;
        StringBuilder message = null;
        for (String text : stderr.split("\n", -1)) {
            Matcher m = head.matcher(text);
            if (m.matches()) {
                if (message != null) {
                    errors.add(new ScriptError(line, message.toString().strip()));
                }
                line = Integer.parseInt(m.group(1));
                message = new StringBuilder(m.group(2)).append(":  ").append(m.group(3));
            } else if (text.startsWith("psql:")) {
                if (message != null) {
                    errors.add(new ScriptError(line, message.toString().strip()));
                }
                message = null; // a notice or warning: not an error
            } else if (message != null && !text.isBlank()) {
                message.append('\n').append(text);
            }
        }
        if (message != null) {
            errors.add(new ScriptError(line, message.toString().strip()));
        }
        return errors;
    }
}
