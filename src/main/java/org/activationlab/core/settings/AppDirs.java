package org.activationlab.core.settings;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the app keeps its own files: one settings folder and nothing else in the user's home.
 *
 * <ul>
 *   <li>the system property {@code activationlab.home}, if set (tests use a temp folder);</li>
 *   <li>Linux: {@code $XDG_CONFIG_HOME/activation-lab}, else {@code ~/.config/activation-lab};</li>
 *   <li>Windows: {@code %APPDATA%\ActivationLab}; macOS: {@code ~/Library/Application Support/ActivationLab}.</li>
 * </ul>
 */
public final class AppDirs {
    private AppDirs() {
    }

    /** The settings folder (not created here). */
    public static Path home() {
        String override = System.getProperty("activationlab.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String userHome = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return appData != null ? Path.of(appData, "ActivationLab") : Path.of(userHome, "ActivationLab");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "ActivationLab");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "activation-lab") : Path.of(userHome, ".config", "activation-lab");
    }

    /** Downloaded datasets (full MNIST, Fashion-MNIST), below the settings folder. */
    public static Path dataCache() {
        return home().resolve("data");
    }
}
