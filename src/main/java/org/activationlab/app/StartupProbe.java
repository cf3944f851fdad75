package org.activationlab.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Start-up benchmark hook: with the environment variable {@code ACTIVATION_LAB_STARTUP_PROBE}
 * set, the app prints the time from process start to its first rendered frame (and the CPU
 * time the window's JVM spent until then) and exits.
 * Used by {@code bench/startup.sh}; never active otherwise.
 */
final class StartupProbe {
    private StartupProbe() {
    }

    static void install(Scene scene) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // the frame is rendered right after this pulse's layout; measure on the next turn
            Platform.runLater(() -> {
                System.out.println("first-frame-ms " + org.activationlab.StartupClock.sinceLaunch());
                // CPU time of this JVM (all threads) up to here: less sensitive to a busy machine than wall time
                ProcessHandle.current().info().totalCpuDuration()
                        .ifPresent(d -> System.out.println("first-frame-cpu-ms " + d.toMillis()));
                System.out.flush();
                Platform.exit();
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
