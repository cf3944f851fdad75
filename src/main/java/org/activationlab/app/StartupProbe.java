package org.activationlab.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Start-up benchmark hook: with the environment variable {@code ACTIVATION_LAB_STARTUP_PROBE}
 * set, the app prints the time from process start to its first rendered frame and exits.
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
                System.out.flush();
                Platform.exit();
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
