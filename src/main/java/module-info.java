/**
 * Activation Lab: activation functions, gradient flow and real training, made visible.
 *
 * <p>{@code org.activationlab.core..} is plain Java (no JavaFX); {@code org.activationlab.app..}
 * is the JavaFX desktop app; {@code org.activationlab.cli} the command line. All three ship in one
 * module and one launcher ({@link org.activationlab.Main}).
 */
module org.activationlab {
    requires javafx.controls;
    requires org.controlsfx.controls;
    requires atlantafx.base;
    requires info.picocli;
    requires com.google.gson;
    requires org.apache.commons.numbers.gamma;
    requires jlatexmath;
    requires exp4j;
    requires java.desktop;
    requires java.logging;
    requires java.net.http;
    // optional: resolved only for the heavy work (see Main and core.tensor.Simd), so light
    // commands do not print the JVM's incubator warning
    requires static jdk.incubator.vector;

    exports org.activationlab.app to javafx.graphics;
    opens org.activationlab.cli to info.picocli;
}
