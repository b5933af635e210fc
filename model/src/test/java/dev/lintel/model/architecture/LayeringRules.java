package dev.lintel.model.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The layering of the product, as ArchUnit rules. Shared (test-jar) so the app module checks the
 * same rules and can prove that they fail on a violation.
 */
public final class LayeringRules {
    private LayeringRules() {
    }

    public static final ArchRule MODEL_HAS_NO_JAVAFX = noClasses()
            .that().resideInAPackage("dev.lintel.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..", "org.fxmisc..")
            .because("the model is pure Java: the CLI and CI run it headless, and lint and diff run on any thread");

    public static final ArchRule MODEL_DOES_NOT_KNOW_THE_APP = noClasses()
            .that().resideInAPackage("dev.lintel.model..")
            .should().dependOnClassesThat().resideInAPackage("dev.lintel.app..")
            .because("the app depends on the model, never the other way round");

    public static final ArchRule SQL_ONLY_IN_INTROSPECTION = noClasses()
            .that().resideInAPackage("dev.lintel.model..")
            .and().resideOutsideOfPackage("dev.lintel.model.introspect..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.postgresql..", "org.h2..")
            .because("only live introspection talks to databases; everything else works offline on the model");

    public static final ArchRule JSQLPARSER_ONLY_IN_DDL_PARSING = noClasses()
            .that().resideOutsideOfPackage("dev.lintel.model.ddl.parse..")
            .should().dependOnClassesThat().resideInAPackage("net.sf.jsqlparser..")
            .because("the parser's AST is converted to the model at the edge and dropped (it retains ~7.7 KB a statement)");

    public static final ArchRule JAVAPARSER_ONLY_IN_JPA_IMPORT = noClasses()
            .that().resideOutsideOfPackage("dev.lintel.model.jpa..")
            .should().dependOnClassesThat().resideInAPackage("com.github.javaparser..")
            .because("JPA sources are read in one place and turned into the model there");

    public static final ArchRule ELK_ONLY_IN_LAYOUT = noClasses()
            .that().resideOutsideOfPackage("dev.lintel.model.layout..")
            .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.elk..", "org.eclipse.emf..")
            .because("ELK's graph is built and read in one place; everything else sees DiagramLayout values");

    public static final ArchRule MODEL_HAS_NO_AWT = noClasses()
            .that().resideInAPackage("dev.lintel.model..")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.imageio..", "javax.swing..")
            .because("the model draws nothing: SVG is written as text, pixels are the app's business");

    public static final List<ArchRule> MODEL_RULES = List.of(MODEL_HAS_NO_JAVAFX, MODEL_DOES_NOT_KNOW_THE_APP,
            SQL_ONLY_IN_INTROSPECTION, JSQLPARSER_ONLY_IN_DDL_PARSING, JAVAPARSER_ONLY_IN_JPA_IMPORT, ELK_ONLY_IN_LAYOUT, MODEL_HAS_NO_AWT);
}
