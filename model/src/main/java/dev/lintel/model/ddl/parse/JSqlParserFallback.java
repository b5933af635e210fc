package dev.lintel.model.ddl.parse;

import dev.lintel.model.dialect.Dialect;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.sf.jsqlparser.parser.AbstractJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;

/**
 * JSqlParser for the statements the importer's own readers do not cover: it tells a valid
 * statement the model has no place for (an INFO) from text that is not SQL at all (a WARNING).
 * Each parse runs on a daemon worker with a time bound; a parse that overruns is abandoned with
 * its worker, so a pathological statement costs the bound, never a hang.
 */
final class JSqlParserFallback implements AutoCloseable {
    /** What JSqlParser made of a statement. */
    record Verdict(Outcome outcome, String statementKind, String error) {
    }

    enum Outcome { PARSED, FAILED, TIMED_OUT }

    private final long timeoutMillis;
    private ExecutorService worker;

    JSqlParserFallback(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
        this.worker = newWorker();
    }

    Verdict classify(String sql, Dialect dialect) {
        Future<Statement> future = worker.submit(() -> CCJSqlParserUtil.newParser(sql)
                .withDialect(jsqlDialect(dialect))
                .withAllowComplexParsing(true)
                .Statement());
        try {
            Statement statement = future.get(timeoutMillis, TimeUnit.MILLISECONDS);
            String kind = statement == null ? "empty" : statement.getClass().getSimpleName();
            return new Verdict(Outcome.PARSED, kind, null);
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            return new Verdict(Outcome.TIMED_OUT, null, "parsing took longer than " + timeoutMillis + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Verdict(Outcome.FAILED, null, "interrupted");
        } catch (Exception | StackOverflowError e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String message = String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
            return new Verdict(Outcome.FAILED, null, message);
        }
    }

    private static AbstractJSqlParser.Dialect jsqlDialect(Dialect dialect) {
        return switch (dialect) {
            case POSTGRES -> AbstractJSqlParser.Dialect.POSTGRESQL;
            case H2 -> AbstractJSqlParser.Dialect.H2;
            case MYSQL -> AbstractJSqlParser.Dialect.MYSQL;
        };
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "lintel-ddl-parse");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
