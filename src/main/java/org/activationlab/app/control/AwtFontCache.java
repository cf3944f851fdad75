package org.activationlab.app.control;

import java.awt.Font;
import org.activationlab.core.settings.AppDirs;

/**
 * Keeps the JDK's font-configuration cache in the app's own settings folder.
 *
 * <p>The formula typesetter (JLaTeXMath) draws with AWT fonts. The first time AWT fonts are used,
 * the JDK on Linux (its fontconfig-based font configuration) writes a cache file to
 * {@code <user.home>/.java/fonts/<version>/}, and no JDK option turns that off or moves it. A
 * classroom app must not write outside its own folder, so AWT's font manager is created once, here,
 * with {@code user.home} pointing at the settings folder for that moment only: the cache lands in
 * {@code <settings>/.java/fonts/} and is read back from there on later starts. Nothing else in
 * the app reads {@code user.home} after start-up ({@link AppDirs} has computed its folder by then),
 * and the property is restored at once.
 */
final class AwtFontCache {
    private static boolean placed;

    private AwtFontCache() {
    }

    /** Creates AWT's font manager with its cache in the settings folder; later calls do nothing. */
    static synchronized void placeInSettingsFolder() {
        if (placed) {
            return;
        }
        placed = true;
        String home = System.getProperty("user.home");
        String settings = AppDirs.home().toAbsolutePath().toString();
        try {
            System.setProperty("user.home", settings);
            // asking a font for its family creates the font manager and its font configuration,
            // which reads (or writes) the cache under user.home
            new Font(Font.DIALOG, Font.PLAIN, 12).getFamily();
        } catch (RuntimeException | LinkageError | java.awt.AWTError e) {
            // no usable fonts: typesetting will fail later and show the plain-text fallback
        } finally {
            if (home != null) {
                System.setProperty("user.home", home);
            }
        }
    }
}
