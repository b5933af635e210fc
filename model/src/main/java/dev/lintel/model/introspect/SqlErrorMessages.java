package dev.lintel.model.introspect;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a driver error into one line a user understands, with the likely fix, keyed on the
 * SQLState first and the cause (network exceptions) second. Every message names the redacted URL.
 */
final class SqlErrorMessages {
    /** "permission denied for table pg_trigger", "... for function pg_get_viewdef", "... for schema app". */
    private static final Pattern DENIED_OBJECT = Pattern.compile("permission denied for (table|function|schema|view) (\\S+)");

    private SqlErrorMessages() {
    }

    static IntrospectionException explain(SQLException e, String url, boolean cancelled) {
        String where = JdbcUrls.redact(url);
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String driverText = firstLine(e.getMessage());
        String message = switch (state) {
            case "28P01" -> "wrong password for " + where + ": check the password (--password-env VAR, the prompt or ~/.pgpass)";
            case "3D000" -> "the database named in " + where + " does not exist: check its name (psql -l lists them)";
            case "28000" -> refused(where, driverText);
            case "42501" -> permissionDenied(where, driverText);
            case "57014" -> cancelled ? "introspection of " + where + " cancelled"
                    : "introspection of " + where + " timed out (a catalog query ran past the statement timeout): retry when"
                    + " the server is less busy, or raise the timeout";
            case "55P03" -> "introspection of " + where + " timed out waiting for a lock on a catalog (" + driverText + "): another"
                    + " session holds it (a long migration or DDL); retry when it is done, or raise the timeout";
            case "08004" -> passwordMissing(driverText)
                    ? "the server at " + where + " asks for a password and none was given: use --password-env VAR, run in a"
                    + " terminal to be prompted, or add it to ~/.pgpass"
                    : "the server at " + where + " rejected the connection: " + driverText;
            // pgjdbc's loginTimeout: the TCP connect worked but the server never finished the login.
            case "08001" -> driverText.toLowerCase(Locale.ROOT).contains("timed out") ? "no answer from " + where
                    + " within the connect timeout (the port accepts connections but nothing answers): check the host, port"
                    + " and firewall, or whether the server is overloaded" : null;
            case "53300" -> "the server at " + where + " has no free connection slots (too many clients): retry later";
            // The connection broke after it was made: the server stopped, crashed or the network failed.
            case "57P01", "57P02" -> "lost the connection to " + where + ": the server ended the session (" + driverText
                    + "); nothing was read, retry when it is back";
            case "08006", "08003" -> lostConnection(e, where, driverText);
            case "57P03" -> "the server at " + where + " is starting up or shutting down: retry in a moment";
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

    /** 28000: pg_hba.conf has no line for this connection; "no encryption" means only hostssl lines would match. */
    private static String refused(String where, String driverText) {
        if (driverText.contains("no encryption")) {
            return "the server at " + where + " accepts only encrypted connections (TLS) from this host: set sslmode=require in"
                    + " the URL (or sslmode=verify-full with the server's CA certificate)";
        }
        return "the server refused " + where + " (" + driverText + "): add a matching pg_hba.conf entry for this host, user"
                + " and database";
    }

    /** 42501 on a catalog: name the object and the GRANT that fixes it. */
    private static String permissionDenied(String where, String driverText) {
        Matcher m = DENIED_OBJECT.matcher(driverText);
        if (m.find()) {
            String kind = m.group(1);
            String privilege = kind.equals("function") ? "EXECUTE ON FUNCTION" : kind.equals("schema") ? "USAGE ON SCHEMA"
                    : "SELECT ON";
            String object = kind.equals("schema") || m.group(2).contains(".") ? m.group(2) : "pg_catalog." + m.group(2);
            return "permission denied reading the catalog of " + where + " (" + driverText + "): ask the database owner to"
                    + " GRANT " + privilege + " " + object + " to the user you connect as, or connect as a user who has it";
        }
        return "permission denied reading the catalog of " + where + " (" + driverText + "): the user needs CONNECT on the"
                + " database, USAGE on the schemas to read, and the default read access to pg_catalog";
    }

    private static String lostConnection(SQLException e, String where, String driverText) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException) {
                return "lost the connection to " + where + ": no answer for longer than the statement timeout (the server"
                        + " or the network stalled); nothing was read, retry or raise the timeout";
            }
        }
        return "lost the connection to " + where + " (" + driverText + "): the server stopped or the network failed;"
                + " nothing was read, retry when it is back";
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
