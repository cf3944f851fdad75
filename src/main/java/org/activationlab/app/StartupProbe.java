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
                if ("threads".equals(System.getenv("ACTIVATION_LAB_STARTUP_PROBE"))) {
                    threadTimes();
                }
                System.out.flush();
                Platform.exit();
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** Linux: CPU milliseconds per thread (clock ticks of 10 ms), to see what competes with the FX thread. */
    private static void threadTimes() {
        try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/task"))) {
            tasks.forEach(t -> {
                try {
                    String stat = java.nio.file.Files.readString(t.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ms = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
                    if (ms > 0) {
                        System.out.println("thread-cpu-ms " + ms + " " + name.replace(' ', '_'));
                    }
                } catch (java.io.IOException | RuntimeException e) {
                    // thread gone
                }
            });
        } catch (java.io.IOException e) {
            // not Linux
        }
    }
}
