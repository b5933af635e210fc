package dev.lintel.model.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ModelArchitectureTest {
    private static JavaClasses modelClasses;

    @BeforeAll
    static void importModel() {
        modelClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.lintel.model");
    }

    static Stream<ArchRule> rules() {
        return LayeringRules.MODEL_RULES.stream();
    }

    @ParameterizedTest
    @MethodSource("rules")
    void modelKeepsItsLayering(ArchRule rule) {
        rule.check(modelClasses);
    }
}
