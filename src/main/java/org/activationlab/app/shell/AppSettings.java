package org.activationlab.app.shell;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.activationlab.core.settings.AtomicFiles;

/**
 * Small key/value settings (window bounds, last choices) in {@code settings.properties} inside
 * the app's settings folder. A missing or unreadable file means defaults; writes are atomic.
 */
public final class AppSettings {
    private static final Logger LOG = Logger.getLogger(AppSettings.class.getName());
    private final Path file;
    private final Properties props = new Properties();

    public AppSettings(Path folder) {
        this.file = folder.resolve("settings.properties");
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(Level.WARNING, "Ignoring unreadable settings file " + file + ": " + e.getMessage());
                props.clear();
            }
        }
    }

    public Path file() {
        return file;
    }

    public String get(String key, String def) {
        return props.getProperty(key, def);
    }

    /** A finite double, or the default when missing or malformed. */
    public double getDouble(String key, double def) {
        String v = props.getProperty(key);
        if (v == null) {
            return def;
        }
        try {
            double d = Double.parseDouble(v);
            return Double.isFinite(d) ? d : def;
        } catch (NumberFormatException e) {
            return def;
        }
    }

    public void put(String key, String value) {
        props.setProperty(key, value);
    }

    /** Writes the file atomically; failure is logged, never thrown at the user mid-exit. */
    public boolean save() {
        try {
            var sw = new java.io.StringWriter();
            props.store(sw, "Activation Lab settings");
            AtomicFiles.writeString(file, sw.toString());
            return true;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not save settings to " + file + ": " + e.getMessage());
            return false;
        }
    }
}
