package dev.lintel.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The app's layering, enforced by the build. */
@AnalyzeClasses(packages = "dev.lintel.app", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule viewsDoNotRunModelEngines = noClasses()
            .that().haveSimpleNameEndingWith("View")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.lintel.model.ddl..", "dev.lintel.model.lint..", "dev.lintel.model.diff..")
            .because("parsing, linting and diffing are I/O- or CPU-heavy and belong behind a view-model "
                    + "that runs them on the background executor, never on the UI thread");

    @ArchTest
    static final ArchRule viewsDoNotTouchTheModel = noClasses()
            .that().haveSimpleNameEndingWith("View")
            .should().dependOnClassesThat().resideInAPackage("dev.lintel.model..")
            .because("MVVM: only view-models touch the model; views bind to display-ready state");

    @ArchTest
    static final ArchRule nodesDoNotTouchTheModel = noClasses()
            .that().areAssignableTo("javafx.scene.Node")
            .should().dependOnClassesThat().resideInAPackage("dev.lintel.model..")
            .because("MVVM: scene-graph classes get display-ready state from view-models, so they can "
                    + "change without the model and the model can change without them");

    @ArchTest
    static final ArchRule commandLineIsHeadless = noClasses()
            .that().resideInAPackage("dev.lintel.app.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp.ikonli..")
            .because("the lintel command runs in CI without a display; it must never start the JavaFX toolkit");

    @ArchTest
    static final ArchRule threadsOnlyInTheTaskPackage = noClasses()
            .that().resideOutsideOfPackage("dev.lintel.app.task..")
            .should().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.Executors")
            .orShould().callConstructor(Thread.class, Runnable.class)
            .orShould().callConstructor(Thread.class, Runnable.class, String.class)
            .because("background work goes through the injectable TaskExecutor, so tests can run it on one thread");
}
