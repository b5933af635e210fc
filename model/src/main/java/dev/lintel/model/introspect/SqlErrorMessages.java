package dev.lintel.model.introspect;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Turns a driver error into one line a user understands, with the likely fix, keyed on the
 * SQLState first and the cause (network exceptions) second. Every message names the redacted URL.
 */
final class SqlErrorMessages {
    private SqlErrorMessages() {
    }

    static IntrospectionException explain(SQLException e, String url, boolean cancelled) {
        String where = JdbcUrls.redact(url);
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String driverText = firstLine(e.getMessage());
        String message = switch (state) {
            case "28P01" -> "wrong password for " + where + ": check the password (--password-env VAR, the prompt or ~/.pgpass)";
            case "3D000" -> "the database named in " + where + " does not exist: check its name (psql -l lists them)";
            case "28000" -> "the server refused " + where + " (" + driverText + "): add a matching pg_hba.conf entry for this"
                    + " host, user and database, or connect with TLS (?sslmode=require) if the server requires it";
            case "42501" -> "permission denied reading the catalog of " + where + " (" + driverText + "): the user needs"
                    + " CONNECT on the database and USAGE on the schemas to read";
            case "57014" -> cancelled ? "introspection of " + where + " cancelled"
                    : "introspection of " + where + " timed out (statement timeout): retry, or raise the timeout";
            case "08004" -> passwordMissing(driverText)
                    ? "the server at " + where + " asks for a password and none was given: use --password-env VAR, run in a"
                    + " terminal to be prompted, or add it to ~/.pgpass"
                    : "the server at " + where + " rejected the connection: " + driverText;
            case "53300" -> "the server at " + where + " has no free connection slots (too many clients): retry later";
            case "25006" -> "refused to write through the read-only introspection transaction on " + where;
            default -> null;
        };
        if (message == null) {
            message = network(e, where);
        }
        if (message == null) {
            message = "cannot read " + where + ": " + driverText + (state.isEmpty() ? "" : " (SQLState " + state + ")");
        }
        return new IntrospectionException(message, e.getSQLState());
    }

    private static String network(Throwable e, String where) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return "unknown host in " + where + ": check the host name (DNS cannot resolve it)";
            }
            if (t instanceof NoRouteToHostException) {
                return "host unreachable for " + where + ": check the host, the network or a firewall";
            }
            if (t instanceof ConnectException) {
                return "connection refused by " + where + ": is the server running and listening on that host and port"
                        + " (listen_addresses, port, a firewall)?";
            }
            if (t instanceof SocketTimeoutException) {
                return "no answer from " + where + " within the connect timeout: check the host, port and firewall";
            }
        }
        return null;
    }

    private static boolean passwordMissing(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("password") && (lower.contains("no password") || lower.contains("not provided")
                || lower.contains("was not provided") || lower.contains("none was"));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return JdbcUrls.redact(nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
