package dev.lintel.model.archfixture;

import javafx.beans.property.SimpleStringProperty;

/**
 * A deliberate layering violation (a "model" class that uses JavaFX), compiled only in app tests,
 * where JavaFX is on the class path, so that {@code LayeringRulesBiteTest} can prove the rule fails.
 */
public final class ModelClassUsingJavaFx {
    public Object property() {
        return new SimpleStringProperty("not allowed in the model");
    }
}
