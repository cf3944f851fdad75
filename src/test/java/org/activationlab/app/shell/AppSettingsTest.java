package org.activationlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppSettingsTest {
    @TempDir
    Path dir;

    @Test
    void savedValuesAreReadBack() {
        AppSettings s = new AppSettings(dir);
        s.put("window.width", "1111.0");
        s.save();
        assertEquals(1111.0, new AppSettings(dir).getDouble("window.width", 0), 0.0);
    }

    @Test
    void malformedNumbersFallBackToDefaults() throws Exception {
        Files.writeString(dir.resolve("settings.properties"), "window.width=abc\nwindow.height=NaN\n");
        AppSettings s = new AppSettings(dir);
        assertEquals(1280, s.getDouble("window.width", 1280), 0.0);
        assertEquals(800, s.getDouble("window.height", 800), 0.0);
    }
}
