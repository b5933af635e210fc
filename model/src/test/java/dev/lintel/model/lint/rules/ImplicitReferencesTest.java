package dev.lintel.model.lint.rules;

import static org.junit.jupiter.api.Assertions.*;

import dev.lintel.model.ddl.parse.DdlImporter;
import dev.lintel.model.dialect.Dialect;
import dev.lintel.model.lint.Finding;
import dev.lintel.model.lint.LintResult;
import dev.lintel.model.lint.LintSettings;
import dev.lintel.model.lint.Linter;
import dev.lintel.model.lint.fix.SchemaEdit;
import dev.lintel.model.schema.Schema;
import dev.lintel.model.schema.Table;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Relationship discovery on small schemas: what it guesses, how sure, and what it leaves alone. */
class ImplicitReferencesTest {
    private static Schema ddl(String sql) {
        return new DdlImporter().importText(sql, "test.sql", Dialect.POSTGRES).schema();
    }

    private static Optional<ImplicitReferences.Candidate> guess(Schema s, String table, String column) {
        return ImplicitReferences.discover(s).stream()
                .filter(c -> c.table().name().equals(table) && c.columns().contains(column)).findFirst();
    }

    @Test
    void aNameThatIsATableNameAndKeyIsTheStrongestGuess() {
        Schema s = ddl("CREATE TABLE users (id bigint PRIMARY KEY); CREATE TABLE posts (id bigint PRIMARY KEY, user_id bigint);");
        ImplicitReferences.Candidate c = guess(s, "posts", "user_id").orElseThrow();
        assertEquals("users", c.target().name());
        assertEquals(List.of("id"), c.targetColumns());
        assertEquals(0.9, c.confidence());
        assertTrue(c.evidence().contains("names table public.users"), c.evidence());
    }

    @Test
    void aStringOfAnotherDeclaredLengthIsLessSure() {
        Schema s = ddl("CREATE TABLE users (id varchar(64) PRIMARY KEY);"
                + "CREATE TABLE posts (id bigint PRIMARY KEY, user_id varchar(255));");
        ImplicitReferences.Candidate c = guess(s, "posts", "user_id").orElseThrow();
        assertEquals(0.7, c.confidence());
        assertTrue(c.evidence().contains("declared varchar(255) against varchar(64)"), c.evidence());
    }

    @Test
    void aPrefixManyTablesShareIsReadAsTheSchemasNamingScheme() {
        String tables = "CREATE TABLE sp_target (id bigint PRIMARY KEY, name text);"
                + "CREATE TABLE sp_action (id bigint PRIMARY KEY, target_id bigint);";
        // two tables sharing sp_: the prefix may be part of the names, target only ends sp_target
        assertEquals(0.75, guess(ddl(tables), "sp_action", "target_id").orElseThrow().confidence());
        // a third one makes it the schema's prefix: target names sp_target without it
        assertEquals(0.85, guess(ddl(tables + "CREATE TABLE sp_rollout (id bigint PRIMARY KEY);"), "sp_action", "target_id")
                .orElseThrow().confidence());
    }

    @Test
    void anAbbreviationCountsOnlyWhenTheSchemaUsesItInATableName() {
        String tables = "CREATE TABLE distribution_set (id bigint PRIMARY KEY, name text);"
                + "CREATE TABLE metadata (id bigint PRIMARY KEY, ds bigint);";
        assertTrue(guess(ddl(tables), "metadata", "ds").isEmpty());
        ImplicitReferences.Candidate c = guess(ddl(tables + "CREATE TABLE ds_tag (ds bigint, tag text, PRIMARY KEY (ds, tag));"),
                "metadata", "ds").orElseThrow();
        assertEquals("distribution_set", c.target().name());
        assertTrue(c.evidence().contains("ds = distribution_set (as in table public.ds_tag)"), c.evidence());
    }

    @Test
    void twoTablesThatFitEquallyWellGiveNoGuess() {
        Schema s = ddl("CREATE SCHEMA a; CREATE SCHEMA b; CREATE SCHEMA c;"
                + "CREATE TABLE a.users (id bigint PRIMARY KEY); CREATE TABLE b.users (id bigint PRIMARY KEY);"
                + "CREATE TABLE c.posts (id bigint PRIMARY KEY, user_id bigint);");
        assertTrue(guess(s, "posts", "user_id").isEmpty());
    }

    @Test
    void aSchemaSettlesATie() {
        Schema s = ddl("CREATE SCHEMA a; CREATE SCHEMA b;"
                + "CREATE TABLE a.users (id bigint PRIMARY KEY); CREATE TABLE b.users (id bigint PRIMARY KEY);"
                + "CREATE TABLE b.posts (id bigint PRIMARY KEY, user_id bigint);");
        assertEquals("b", guess(s, "posts", "user_id").orElseThrow().target().schema());
    }

    @Test
    void incompatibleTypesAndOwnNamesAreNoReferences() {
        Schema s = ddl("CREATE TABLE users (id bigint PRIMARY KEY);"
                + "CREATE TABLE reactions (id bigint PRIMARY KEY, reaction_id bigint, user_id text);"
                + "CREATE TABLE orders (order_id integer PRIMARY KEY);"
                + "CREATE TABLE stock (id integer PRIMARY KEY, units_on_order integer);");
        assertEquals(List.of(), ImplicitReferences.discover(s));
    }

    @Test
    void aMultiColumnKeyNamedAfterItsTableIsReferencedWithAllItsColumns() {
        Schema s = ddl("CREATE TABLE job_details (sched_name text, job_name text, job_group text,"
                + " PRIMARY KEY (sched_name, job_name, job_group));"
                + "CREATE TABLE triggers (sched_name text, trigger_name text, job_name text, job_group text,"
                + " PRIMARY KEY (sched_name, trigger_name));");
        ImplicitReferences.Candidate c = guess(s, "triggers", "job_name").orElseThrow();
        assertEquals(List.of("sched_name", "job_name", "job_group"), c.columns());
        assertEquals(List.of("sched_name", "job_name", "job_group"), c.targetColumns());
        assertEquals("job_details", c.target().name());
        assertEquals(0.8, c.confidence());
    }

    @Test
    void sharedColumnsThatNameAnotherTableAreNoMultiColumnReference() {
        Schema s = ddl("CREATE TABLE project (project_id integer PRIMARY KEY);"
                + "CREATE TABLE project_metadata (id integer PRIMARY KEY, project_id integer, name text, UNIQUE (project_id, name));"
                + "CREATE TABLE robot (id integer PRIMARY KEY, project_id integer, name text);");
        ImplicitReferences.Candidate c = guess(s, "robot", "project_id").orElseThrow();
        assertEquals("project", c.target().name());
        assertEquals(List.of("project_id"), c.columns());
    }

    @Test
    void siblingTablesKeyedByTheSameColumnsReferenceTheirParentsNotEachOther() {
        Schema s = ddl("CREATE TABLE employees (emp_no integer PRIMARY KEY); CREATE TABLE departments (dept_no char(4) PRIMARY KEY);"
                + "CREATE TABLE dept_emp (emp_no integer, dept_no char(4), PRIMARY KEY (emp_no, dept_no));"
                + "CREATE TABLE dept_manager (emp_no integer, dept_no char(4), PRIMARY KEY (emp_no, dept_no));");
        for (ImplicitReferences.Candidate c : ImplicitReferences.discover(s)) {
            assertEquals(1, c.columns().size(), c.toString());
            assertEquals(c.columns().get(0).equals("emp_no") ? "employees" : "departments", c.target().name());
        }
        assertEquals(4, ImplicitReferences.discover(s).size());
    }

    @Test
    void aSubtypeIsReferencedByTheTableNamedAfterIt() {
        Schema s = ddl("CREATE TABLE businessentity (businessentityid integer PRIMARY KEY);"
                + "CREATE TABLE person (businessentityid integer PRIMARY KEY);"
                + "CREATE TABLE personphone (businessentityid integer, phone text, PRIMARY KEY (businessentityid, phone));"
                + "CREATE TABLE emailaddress (businessentityid integer, email text, PRIMARY KEY (businessentityid, email));");
        assertEquals("person", guess(s, "personphone", "businessentityid").orElseThrow().target().name());
        assertEquals("businessentity", guess(s, "person", "businessentityid").orElseThrow().target().name());
        // emailaddress is named after none of the tables keyed businessentityid: any could be meant
        ImplicitReferences.Candidate ambiguous = guess(s, "emailaddress", "businessentityid").orElseThrow();
        assertEquals("businessentity", ambiguous.target().name());
        assertTrue(ambiguous.confidence() < ImplicitForeignKey.DEFAULT_MIN_CONFIDENCE, ambiguous.toString());
        assertTrue(ambiguous.evidence().contains("1 other table is keyed businessentityid"), ambiguous.evidence());
    }

    @Test
    void anExtensionTableKeyedLikeItsTableLeavesTheReferenceSure() {
        Schema s = ddl("CREATE TABLE film (film_id integer PRIMARY KEY);"
                + "CREATE TABLE film_text (film_id integer PRIMARY KEY, description text);"
                + "CREATE TABLE inventory (id integer PRIMARY KEY, film_id integer);");
        ImplicitReferences.Candidate c = guess(s, "inventory", "film_id").orElseThrow();
        assertEquals("film", c.target().name());
        assertTrue(c.confidence() >= ImplicitForeignKey.DEFAULT_MIN_CONFIDENCE, c.toString());
    }

    @Test
    void rowsOfAPrefixThatRepeatsAnothersTableNamesAreCopiesNotTargets() {
        String runtime = "CREATE TABLE act_ru_task (id_ varchar(64) PRIMARY KEY, proc_inst_id_ varchar(64));"
                + "CREATE TABLE act_ru_actinst (id_ varchar(64) PRIMARY KEY);"
                + "CREATE TABLE act_ru_identitylink (id_ varchar(64) PRIMARY KEY);";
        String history = "CREATE TABLE act_hi_procinst (id_ varchar(64) PRIMARY KEY);"
                + "CREATE TABLE act_hi_actinst (id_ varchar(64) PRIMARY KEY);"
                + "CREATE TABLE act_hi_identitylink (id_ varchar(64) PRIMARY KEY);";
        ImplicitReferences.Candidate twoShared = guess(ddl(runtime + history), "act_ru_task", "proc_inst_id_").orElseThrow();
        assertEquals(0.85, twoShared.confidence());
        ImplicitReferences.Candidate threeShared = guess(ddl(runtime + history
                + "CREATE TABLE act_ru_entitylink (id_ varchar(64) PRIMARY KEY);"
                + "CREATE TABLE act_hi_entitylink (id_ varchar(64) PRIMARY KEY);"), "act_ru_task", "proc_inst_id_").orElseThrow();
        assertEquals("act_hi_procinst", threeShared.target().name());
        assertEquals(0.65, threeShared.confidence());
        assertTrue(threeShared.evidence().contains("act_hi_ tables repeat the names of act_ru_ tables"), threeShared.evidence());
    }

    @Test
    void aNameAfterASharedPrefixThatAlsoEndsAnotherTableIsLessSure() {
        String tables = "CREATE TABLE flw_event_definition (id_ varchar(64) PRIMARY KEY);"
                + "CREATE TABLE flw_event_deployment (id_ varchar(64) PRIMARY KEY);"
                + "CREATE TABLE flw_event_resource (id_ varchar(64) PRIMARY KEY);"
                + "CREATE TABLE act_ru_job (id_ varchar(64) PRIMARY KEY, scope_definition_id_ varchar(64), definition_id_ varchar(64));";
        assertEquals(0.85, guess(ddl(tables), "act_ru_job", "definition_id_").orElseThrow().confidence());
        assertEquals(0.7, guess(ddl(tables), "act_ru_job", "scope_definition_id_").orElseThrow().confidence());
        Schema both = ddl(tables + "CREATE TABLE flw_channel_definition (id_ varchar(64) PRIMARY KEY);");
        // definition also ends flw_channel_definition: a tie at 0.75, settled by nothing, and no role-prefixed guess
        assertTrue(guess(both, "act_ru_job", "definition_id_").isEmpty());
        assertTrue(guess(both, "act_ru_job", "scope_definition_id_").isEmpty());
    }

    @Test
    void theFixAddsTheMultiColumnForeignKeyAndItsIndex() {
        Schema s = ddl("CREATE TABLE job_details (sched_name text, job_name text, job_group text,"
                + " PRIMARY KEY (sched_name, job_name, job_group));"
                + "CREATE TABLE triggers (sched_name text, trigger_name text, job_name text, job_group text,"
                + " PRIMARY KEY (sched_name, trigger_name));");
        ImplicitForeignKey rule = new ImplicitForeignKey();
        LintResult result = new Linter(List.of(rule)).lint(s, LintSettings.defaults().withRule(rule.id(), r -> r.withEnabled(true)));
        Finding f = result.findings().get(0);
        assertEquals("column:public.triggers.sched_name", f.object().toString());
        assertTrue(f.message().startsWith("Columns public.triggers(sched_name, job_name, job_group) look like a reference"), f.message());
        List<SchemaEdit> edits = f.fixes().get(0).edits();
        SchemaEdit.AddForeignKey add = (SchemaEdit.AddForeignKey) edits.get(0);
        assertEquals(List.of("sched_name", "job_name", "job_group"), add.foreignKey().columns());
        assertEquals(List.of("sched_name", "job_name", "job_group"), add.foreignKey().referencedColumns());
        assertEquals(2, edits.size(), "the key leads with sched_name but not job_name: an index is added");
        Table fixed = f.fixes().get(0).apply(s).table(add.table()).orElseThrow();
        assertEquals(1, fixed.foreignKeys().size());
        assertTrue(ImplicitReferences.discover(f.fixes().get(0).apply(s)).isEmpty());
    }
}
