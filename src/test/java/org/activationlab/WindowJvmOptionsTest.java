package org.activationlab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The window's JVM options ({@link VectorRelauncher#WINDOW_JIT}) are written in three places: the
 * relaunch, the runtime image's launcher script, and the pom's benchmark profile (so the UI
 * benchmarks compile as the app does). They must not drift apart.
 */
class WindowJvmOptionsTest {
    @Test
    void launcherScriptAndBenchmarkProfileUseTheWindowsOptions() throws Exception {
        String launcher = Files.readString(Path.of("assets", "packaging", "launcher.sh"));
        String pom = Files.readString(Path.of("pom.xml"));
        for (String option : VectorRelauncher.WINDOW_JIT) {
            assertTrue(launcher.contains(option), "launcher.sh lacks " + option);
            if (option.startsWith("-XX:")) {
                assertTrue(pom.contains(option), "the pom's ui-bench-jit profile lacks " + option);
            } else {
                assertTrue(pom.contains("<test.heap>-Xmx2g " + option), "the tests' heap lacks " + option);
            }
        }
    }
}
