package org.activationlab;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The app's version, from {@code version.properties} (filtered by Maven from the pom), so it is
 * right in the jar, in the jlink image and in the installers alike.
 */
public final class Version {
    private static final String VERSION = load();

    private Version() {
    }

    /** The version string, e.g. {@code 0.1.0}. */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/org/activationlab/version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null && !v.startsWith("$")) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall through to the development marker
        }
        return "0.0.0-dev";
    }
}
