package org.activationlab.app.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * Applies {@link Appearance} to the window (root font size, the {@code presenter} style class,
 * the AtlantaFX light or dark theme) and offers the View-menu items and keys that change it:
 * F5 presenter mode, Ctrl+= / Ctrl+− / Ctrl+0 zoom, F11 full screen, Ctrl+Shift+D dark theme.
 */
final class AppearanceController {
    private final Appearance appearance;
    private final AppSettings settings;
    /** The window's root: carries the {@code dark} style class on the dark theme. */
    private Parent root;

    AppearanceController(Appearance appearance, AppSettings settings) {
        this.appearance = appearance;
        this.settings = settings;
        appearance.setPresenter(Boolean.parseBoolean(settings.get("appearance.presenter", "false")));
        appearance.darkProperty().set(Boolean.parseBoolean(settings.get("appearance.dark", "false")));
        double z = settings.getDouble("appearance.zoom", 1.0);
        appearance.zoomProperty().set(Math.max(Appearance.MIN_ZOOM, Math.min(Appearance.MAX_ZOOM, z)));
    }

    /** Keeps {@code root} styled after the appearance, now and on every change. */
    void bind(Parent root) {
        this.root = root;
        Runnable apply = () -> {
            root.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", appearance.fontSize().get()));
            root.getStyleClass().remove("presenter");
            if (appearance.isPresenter()) {
                root.getStyleClass().add("presenter");
            }
            settings.put("appearance.presenter", Boolean.toString(appearance.isPresenter()));
            settings.put("appearance.zoom", Double.toString(appearance.zoomProperty().get()));
        };
        appearance.fontSize().addListener((o, a, b) -> apply.run());
        appearance.presenterProperty().addListener((o, a, b) -> apply.run());
        appearance.darkProperty().addListener((o, a, b) -> applyTheme());
        apply.run();
        applyTheme();
    }

    private void applyTheme() {
        boolean dark = appearance.darkProperty().get();
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        // what is drawn in dark ink (canvases, typeset formulas) gets a white page: see .paper in app.css
        root.getStyleClass().remove("dark");
        if (dark) {
            root.getStyleClass().add("dark");
        }
        settings.put("appearance.dark", Boolean.toString(dark));
    }

    /** The View-menu items; {@code stage} is looked up lazily for full screen. */
    java.util.List<MenuItem> menuItems(java.util.function.Supplier<Stage> stage) {
        CheckMenuItem presenter = new CheckMenuItem("Presenter mode (large, high contrast)");
        presenter.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        presenter.selectedProperty().bindBidirectional(appearance.presenterProperty());
        MenuItem zoomIn = new MenuItem("Zoom in");
        zoomIn.setAccelerator(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        zoomIn.setOnAction(e -> appearance.zoomBy(1));
        MenuItem zoomOut = new MenuItem("Zoom out");
        zoomOut.setAccelerator(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        zoomOut.setOnAction(e -> appearance.zoomBy(-1));
        MenuItem zoomReset = new MenuItem("Actual size");
        zoomReset.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        zoomReset.setOnAction(e -> appearance.resetZoom());
        MenuItem full = new MenuItem("Full screen");
        full.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        full.setOnAction(e -> {
            Stage s = stage.get();
            if (s != null) {
                s.setFullScreen(!s.isFullScreen());
            }
        });
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        dark.selectedProperty().bindBidirectional(appearance.darkProperty());
        return java.util.List.of(presenter, zoomIn, zoomOut, zoomReset, full, dark, new SeparatorMenuItem());
    }

    static java.util.List<Shortcut> shortcuts() {
        return java.util.List.of(
                new Shortcut("F5", "Presenter mode: large type, thick lines, high contrast"),
                new Shortcut("Ctrl+= / Ctrl+−", "Zoom in / out"),
                new Shortcut("Ctrl+0", "Actual size"),
                new Shortcut("F11", "Full screen"),
                new Shortcut("Ctrl+Shift+D", "Dark theme"));
    }
}
