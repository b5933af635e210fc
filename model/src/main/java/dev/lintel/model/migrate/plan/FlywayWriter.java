package dev.lintel.model.migrate.plan;

import dev.lintel.model.dialect.Dialect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The plan as Flyway versioned migrations: {@code V<n>__<phase>_<what>.sql}, one file per run of
 * transactional steps of one phase (Flyway runs each file in a transaction), and every step that
 * must run outside a transaction in a file of its own with a {@code .sql.conf} saying
 * {@code executeInTransaction=false}.
 */
public final class FlywayWriter {

    /** File name to content, in version order. */
    public Map<String, String> write(MigrationPlan plan, boolean allowDestructive, int firstVersion) {
        Map<String, String> files = new LinkedHashMap<>();
        List<Step> steps = plan.applied(allowDestructive);
        boolean postgres = plan.dialect() == Dialect.POSTGRES;
        int version = firstVersion;
        List<Step> batch = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            boolean alone = !s.transactional();
            if (!batch.isEmpty() && (alone || batch.get(0).phase() != s.phase())) {
                version = emit(files, version, batch, numbers, postgres, true);
            }
            batch.add(s);
            numbers.add(i + 1);
            if (alone) {
                version = emit(files, version, batch, numbers, postgres, false);
            }
        }
        if (!batch.isEmpty()) {
            emit(files, version, batch, numbers, postgres, true);
        }
        return files;
    }

    private static int emit(Map<String, String> files, int version, List<Step> batch, List<Integer> numbers,
                            boolean postgres, boolean transactional) {
        Step first = batch.get(0);
        String what = batch.size() == 1 ? first.kind() + "_" + first.subject() : "steps";
        String name = "V" + version + "__" + first.phase().label() + "_" + slug(what);
        StringBuilder sb = new StringBuilder();
        if (postgres) {
            sb.append(transactional ? PsqlScriptWriter.timeouts().replace("SET ", "SET LOCAL ")
                    : "SET lock_timeout = '" + PsqlScriptWriter.LOCK_TIMEOUT + "';\n"
                    + "SET statement_timeout = '" + (first.longRunning() ? PsqlScriptWriter.LONG_STATEMENT_TIMEOUT
                    : PsqlScriptWriter.STATEMENT_TIMEOUT) + "';\n");
        }
        for (int i = 0; i < batch.size(); i++) {
            sb.append('\n');
            StepComments.of(numbers.get(i), batch.get(i)).forEach(l -> sb.append(l).append('\n'));
            sb.append(StepComments.terminated(batch.get(i).sql())).append('\n');
        }
        files.put(name + ".sql", sb.toString());
        if (!transactional) {
            files.put(name + ".sql.conf", "executeInTransaction=false\n");
        }
        batch.clear();
        numbers.clear();
        return version + 1;
    }

    private static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        return s.length() > 60 ? s.substring(0, 60) : s;
    }
}
