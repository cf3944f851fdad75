package org.activationlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The core is plain Java: it must not depend on JavaFX, ControlsFX, AtlantaFX or the app. */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter().importPath(Path.of("target", "classes"));

    @Test
    void coreDoesNotDependOnJavaFxOrTheApp() {
        noClasses().that().resideInAPackage("org.activationlab.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "org.controlsfx..", "atlantafx..", "org.activationlab.app..", "org.activationlab.cli..")
                .because("the core is shared by the app and the CLI and must run without a display")
                .check(MAIN);
    }

    @Test
    void cliDoesNotDependOnJavaFx() {
        noClasses().that().resideInAPackage("org.activationlab.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                        "org.activationlab.app..")
                .because("every subcommand must work without a display")
                .check(MAIN);
    }

    @Test
    void theRuleSeesTheCoreClasses() {
        // guards against a vacuous pass: the importer must actually have found core classes
        org.junit.jupiter.api.Assertions.assertTrue(
                MAIN.stream().anyMatch(c -> c.getPackageName().startsWith("org.activationlab.core.activation")),
                "no core classes imported from target/classes");
    }
}
