package org.activationlab.app;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.activationlab.app.shell.AppContext;
import org.activationlab.app.shell.MainView;
import org.activationlab.app.shell.WindowSettings;

/** The JavaFX application: the composition root builds the services, the shell shows the screens. */
public final class ActivationLabApp extends Application {

    private AppContext context;

    /** Called by {@link org.activationlab.Main} when no arguments are given. */
    public static void launchApp(String[] args) {
        Application.launch(ActivationLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        org.activationlab.StartupClock.mark("fx-start");
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        setIcons(stage);
        context = AppContext.createDefault();
        org.activationlab.StartupClock.mark("context");
        MainView view = new MainView(context);
        org.activationlab.StartupClock.mark("main-view");
        Scene scene = new Scene(view, 1280, 800);
        MainView.installStyles(scene);
        view.installShortcuts(scene);
        stage.setTitle("Activation Lab");
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        WindowSettings windowSettings = new WindowSettings(context.settings());
        windowSettings.restore(stage);
        stage.setOnCloseRequest(e -> {
            view.sessions().stopAutosave();
            view.sessions().autosaveBlocking();
            windowSettings.save(stage); // also writes the appearance settings
        });
        boolean probe = System.getenv("ACTIVATION_LAB_STARTUP_PROBE") != null;
        if (probe) {
            StartupProbe.install(scene);
        }
        stage.show();
        org.activationlab.StartupClock.mark("shown");
        // the first start on a machine without a start-up archive makes one for the next starts
        org.activationlab.StartupArchive.makeInBackground(java.time.Duration.ofMillis(probe ? 300 : 5000), probe);
        openAtStart(view, getParameters().getRaw());
        view.sessions().startAutosave(5);
    }

    /** Opens the file the desktop passed us (file association), else reopens the last session. */
    private static void openAtStart(MainView view, java.util.List<String> args) {
        if (args.size() == 1 && args.get(0).toLowerCase(java.util.Locale.ROOT).endsWith(".alsession")) {
            view.sessions().open(java.nio.file.Path.of(args.get(0)));
        } else if (args.size() == 1 && args.get(0).toLowerCase(java.util.Locale.ROOT).endsWith(".almodel")) {
            view.sessions().restoreAutosave();
            view.openModel(java.nio.file.Path.of(args.get(0)));
        } else {
            view.sessions().restoreAutosave();
        }
    }

    private static void setIcons(Stage stage) {
        for (int size : new int[] {16, 32, 64, 256}) {
            var in = ActivationLabApp.class.getResourceAsStream("icons/activation-lab-" + size + ".png");
            if (in != null) {
                stage.getIcons().add(new javafx.scene.image.Image(in));
            }
        }
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
