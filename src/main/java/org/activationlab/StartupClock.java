package org.activationlab;

import java.time.Duration;
import java.time.Instant;

/**
 * Start-up timing for {@code bench/startup.sh}: with {@code ACTIVATION_LAB_STARTUP_PROBE} set,
 * {@link #mark} prints milliseconds since the user started the app — the launching process's
 * start, handed to a relaunched JVM in {@code ACTIVATION_LAB_LAUNCH_T0} — else does nothing.
 */
public final class StartupClock {
    static final String T0_ENV = "ACTIVATION_LAB_LAUNCH_T0";
    private static final boolean ON = System.getenv("ACTIVATION_LAB_STARTUP_PROBE") != null;

    private StartupClock() {
    }

    public static boolean enabled() {
        return ON;
    }

    /** Epoch milliseconds at which the user's process started. */
    static long launchMillis() {
        String t0 = System.getenv(T0_ENV);
        if (t0 != null) {
            try {
                return Long.parseLong(t0);
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        return ProcessHandle.current().info().startInstant().orElse(Instant.now()).toEpochMilli();
    }

    /** Milliseconds since launch. */
    public static long sinceLaunch() {
        return Duration.between(Instant.ofEpochMilli(launchMillis()), Instant.now()).toMillis();
    }

    /** Prints "startup NAME MS" when probing. */
    public static void mark(String name) {
        if (ON) {
            System.out.println("startup " + name + " " + sinceLaunch());
            System.out.flush();
        }
    }
}
