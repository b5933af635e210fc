package dev.lintel.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/** The app's layering, enforced by the build. */
@AnalyzeClasses(packages = "dev.lintel.app", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    // The canvas draws DiagramLayout values (Rect, Point, EdgeRoute): pure geometry computed by
    // the view-model's background layout, the display-ready state a canvas needs.
    private static final DescribedPredicate<JavaClass> MODEL_EXCEPT_GEOMETRY =
            JavaClass.Predicates.resideInAPackage("dev.lintel.model..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("dev.lintel.model.layout..")))
                    .as("model classes other than layout geometry");

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
            .should().dependOnClassesThat(MODEL_EXCEPT_GEOMETRY)
            .because("MVVM: only view-models touch the model; views bind to display-ready state "
                    + "(the layout's boxes and routes are that: geometry values with no schema in them)");

    @ArchTest
    static final ArchRule nodesDoNotTouchTheModel = noClasses()
            .that().areAssignableTo("javafx.scene.Node")
            .should().dependOnClassesThat(MODEL_EXCEPT_GEOMETRY)
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
