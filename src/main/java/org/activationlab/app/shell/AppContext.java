package org.activationlab.app.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.activationlab.core.settings.AppDirs;

/**
 * The composition root: builds the app's services once and hands them to the screens by
 * constructor. No static mutable singletons.
 */
public final class AppContext implements AutoCloseable {
    private final AppSettings settings;
    private final StatusModel status;
    private final TaskRunner tasks;
    private final Appearance appearance = new Appearance();
    private final List<Screen> screens = new ArrayList<>();

    public AppContext(AppSettings settings, StatusModel status, TaskRunner tasks) {
        this.settings = Objects.requireNonNull(settings);
        this.status = Objects.requireNonNull(status);
        this.tasks = Objects.requireNonNull(tasks);
    }

    /** The app as it runs: settings in the user's settings folder, a background pool, every screen. */
    public static AppContext createDefault() {
        AppContext ctx = new AppContext(new AppSettings(AppDirs.home()), new StatusModel(),
                new FxTaskRunner(Math.max(1, Runtime.getRuntime().availableProcessors())));
        ScreenCatalog.registerAll(ctx);
        return ctx;
    }

    public AppSettings settings() {
        return settings;
    }

    public StatusModel status() {
        return status;
    }

    public Appearance appearance() {
        return appearance;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public List<Screen> screens() {
        return List.copyOf(screens);
    }

    public void addScreen(Screen screen) {
        screens.add(Objects.requireNonNull(screen));
    }

    @Override
    public void close() {
        screens.forEach(Screen::dispose);
        tasks.close();
    }
}
