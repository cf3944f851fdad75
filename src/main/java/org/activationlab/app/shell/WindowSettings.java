package org.activationlab.app.shell;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers the main window's size, position and maximised state between runs. */
public final class WindowSettings {
    private final AppSettings settings;

    public WindowSettings(AppSettings settings) {
        this.settings = settings;
    }

    /** Restores the saved bounds if they still fit on one of the current screens. */
    public void restore(Stage stage) {
        double w = settings.getDouble("window.width", 1280);
        double h = settings.getDouble("window.height", 800);
        double x = settings.getDouble("window.x", Double.NaN);
        double y = settings.getDouble("window.y", Double.NaN);
        stage.setWidth(Math.max(900, w));
        stage.setHeight(Math.max(600, h));
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            boolean visible = !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.max(1, w), Math.max(1, h))).isEmpty();
            if (visible) {
                stage.setX(x);
                stage.setY(y);
            }
        }
        stage.setMaximized(Boolean.parseBoolean(settings.get("window.maximized", "false")));
    }

    /** Saves the current bounds. */
    public void save(Stage stage) {
        settings.put("window.maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized()) {
            settings.put("window.x", Double.toString(stage.getX()));
            settings.put("window.y", Double.toString(stage.getY()));
            settings.put("window.width", Double.toString(stage.getWidth()));
            settings.put("window.height", Double.toString(stage.getHeight()));
        }
        settings.save();
    }
}
