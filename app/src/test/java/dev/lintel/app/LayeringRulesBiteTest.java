package dev.lintel.app;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.lintel.model.architecture.LayeringRules;
import dev.lintel.model.archfixture.ModelClassUsingJSqlParser;
import dev.lintel.model.archfixture.ModelClassUsingJavaFx;
import org.junit.jupiter.api.Test;

/**
 * The model's layering rules pass on the model (ModelArchitectureTest); this proves they would
 * fail on a violation, using classes that break them on purpose.
 */
class LayeringRulesBiteTest {

    @Test
    void modelImportingJavaFxFailsTheBuild() {
        JavaClasses violating = new ClassFileImporter().importClasses(ModelClassUsingJavaFx.class);
        AssertionError error = assertThrows(AssertionError.class, () -> LayeringRules.MODEL_HAS_NO_JAVAFX.check(violating));
        assertTrue(error.getMessage().contains("javafx.beans.property.SimpleStringProperty"), error.getMessage());
        assertTrue(error.getMessage().contains("the model is pure Java"), "the failure says why: " + error.getMessage());
    }

    @Test
    void jsqlParserOutsideDdlParsingFailsTheBuild() {
        JavaClasses violating = new ClassFileImporter().importClasses(ModelClassUsingJSqlParser.class);
        assertThrows(AssertionError.class, () -> LayeringRules.JSQLPARSER_ONLY_IN_DDL_PARSING.check(violating));
    }
}
