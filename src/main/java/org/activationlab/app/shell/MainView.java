package org.activationlab.app.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window's content: menu bar, navigation between screens on the left, the current
 * screen in the middle, the status bar below, and the help overlay (F1) on top.
 */
public final class MainView extends BorderPane {
    private final AppContext context;
    private final StackPane content = new StackPane();
    private final StackPane layers = new StackPane();
    private final ToggleGroup navGroup = new ToggleGroup();
    private final Map<Screen, Node> views = new LinkedHashMap<>();
    private final List<ToggleButton> navButtons = new ArrayList<>();
    private final HelpOverlay help;
    private final AppearanceController appearance;
    private final SessionController sessions;
    private final LessonController lessons;
    private final SessionMenus sessionMenus;
    private final ExplainPanel explain = new ExplainPanel();
    private Screen current;

    public MainView(AppContext context) {
        this.context = Objects.requireNonNull(context);
        this.help = new HelpOverlay(this::shortcuts);
        this.appearance = new AppearanceController(context.appearance(), context.settings());
        this.sessions = new SessionController(context, this::currentScreenKey, this::showByKey);
        this.lessons = new LessonController(sessions, context.status());
        this.sessionMenus = new SessionMenus(sessions, lessons, () -> getScene() == null ? null : getScene().getWindow());
        getStyleClass().add("main-view");
        createView();
        if (!context.screens().isEmpty()) {
            show(context.screens().get(0));
        }
    }

    /** Adds the app's stylesheet to a scene. */
    public static void installStyles(Scene scene) {
        var css = MainView.class.getResource("/org/activationlab/app/app.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
    }

    private void createView() {
        setTop(createMenuBar());
        VBox nav = new VBox(6);
        nav.getStyleClass().add("nav");
        nav.setPadding(new Insets(12, 8, 12, 8));
        Label brand = new Label("Activation Lab");
        brand.getStyleClass().add("brand");
        nav.getChildren().add(brand);
        int i = 1;
        for (Screen s : context.screens()) {
            ToggleButton b = new ToggleButton(s.title());
            b.setId("nav-" + s.title().toLowerCase().replaceAll("[^a-z]+", "-"));
            b.setToggleGroup(navGroup);
            b.setMaxWidth(Double.MAX_VALUE);
            b.getStyleClass().add("nav-button");
            b.setTooltip(new Tooltip(s.summary() + "  (Ctrl+" + i + ")"));
            b.setOnAction(e -> show(s));
            navButtons.add(b);
            nav.getChildren().add(b);
            i++;
        }
        if (context.screens().isEmpty()) {
            Label none = new Label("No screens registered.");
            none.setWrapText(true);
            nav.getChildren().add(none);
        }
        setLeft(nav);

        content.getStyleClass().add("content");
        javafx.scene.layout.HBox body = new javafx.scene.layout.HBox(content, explain);
        javafx.scene.layout.HBox.setHgrow(content, Priority.ALWAYS);
        VBox main = new VBox(sessionMenus.lessonBar(), body);
        VBox.setVgrow(body, Priority.ALWAYS);
        layers.getChildren().addAll(main, help);
        setCenter(layers);

        Label statusText = new Label();
        statusText.setId("status-text");
        statusText.textProperty().bind(context.status().messageProperty());
        javafx.scene.layout.HBox status = new javafx.scene.layout.HBox(statusText);
        status.setId("status-bar");
        status.getStyleClass().add("app-status-bar");
        setBottom(status);
    }

    private MenuBar createMenuBar() {
        Menu file = new Menu("_File");
        MenuItem quit = new MenuItem("_Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> {
            if (getScene() != null && getScene().getWindow() != null) {
                getScene().getWindow().fireEvent(new javafx.stage.WindowEvent(getScene().getWindow(),
                        javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
                getScene().getWindow().hide();
            }
        });
        file.getItems().addAll(sessionMenus.fileItems());
        file.getItems().add(quit);

        Menu view = new Menu("_View");
        view.getItems().addAll(appearance.menuItems(() -> getScene() == null ? null
                : (javafx.stage.Stage) getScene().getWindow()));
        int i = 1;
        for (Screen s : context.screens()) {
            MenuItem item = new MenuItem(s.title());
            if (i <= 9) {
                item.setAccelerator(new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(i)), KeyCombination.SHORTCUT_DOWN));
            }
            item.setOnAction(e -> show(s));
            view.getItems().add(item);
            i++;
        }

        Menu helpMenu = new Menu("_Help");
        MenuItem shortcuts = new MenuItem("Keyboard shortcuts");
        shortcuts.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        shortcuts.setOnAction(e -> help.toggle());
        MenuItem explainItem = new MenuItem("What am I looking at?");
        explainItem.setAccelerator(new KeyCodeCombination(KeyCode.F2));
        explainItem.setOnAction(e -> explain.toggle());
        MenuItem about = new MenuItem("About Activation Lab");
        about.setOnAction(e -> AboutDialog.show(getScene() == null ? null : getScene().getWindow()));
        helpMenu.getItems().addAll(explainItem, shortcuts, about);
        MenuBar bar = new MenuBar(file, view, helpMenu);
        bar.setId("menu-bar");
        return bar;
    }

    /** Keys that work everywhere (Esc closes the help overlay), and the appearance on the scene's root. */
    public void installShortcuts(Scene scene) {
        appearance.bind(scene.getRoot());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && help.isShowing()) {
                help.hide();
                e.consume();
            } else if (lessons.lessonProperty().get() != null && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
                if (e.getCode() == KeyCode.PAGE_DOWN) {
                    lessons.next();
                    e.consume();
                } else if (e.getCode() == KeyCode.PAGE_UP) {
                    lessons.previous();
                    e.consume();
                }
            }
        });
    }

    /** Shows a screen, creating its view on first use. */
    public void show(Screen screen) {
        Node view = views.computeIfAbsent(screen, Screen::createView);
        content.getChildren().setAll(view);
        current = screen;
        explain.setScreen(screen);
        int idx = context.screens().indexOf(screen);
        if (idx >= 0 && idx < navButtons.size()) {
            navButtons.get(idx).setSelected(true);
        }
        context.status().show(screen.title() + " — " + screen.summary());
    }

    public Screen currentScreen() {
        return current;
    }

    private String currentScreenKey() {
        return current == null ? null : keyOf(current);
    }

    /** The session key of a screen: its {@link SessionParticipant#sessionKey()}, else its title. */
    static String keyOf(Screen s) {
        return s instanceof SessionParticipant p ? p.sessionKey() : s.title().toLowerCase(java.util.Locale.ROOT);
    }

    /** Shows the screen with this session key, if there is one. */
    public void showByKey(String key) {
        for (Screen s : context.screens()) {
            if (keyOf(s).equals(key)) {
                show(s);
                return;
            }
        }
    }

    /** Hands a trained-model file to the first screen that opens models. */
    public void openModel(java.nio.file.Path file) {
        for (Screen s : context.screens()) {
            if (s instanceof ModelOpener m) {
                show(s);
                m.openModel(file);
                return;
            }
        }
        context.status().show("No screen can open model files in this version: " + file.getFileName());
    }

    public SessionController sessions() {
        return sessions;
    }

    public LessonController lessons() {
        return lessons;
    }

    public ExplainPanel explainPanel() {
        return explain;
    }

    public HelpOverlay helpOverlay() {
        return help;
    }

    private List<Shortcut> shortcuts() {
        List<Shortcut> list = new ArrayList<>();
        list.add(new Shortcut("F1", "Show or hide this list of shortcuts"));
        list.add(new Shortcut("Esc", "Close this list"));
        list.add(new Shortcut("F2", "What am I looking at? (an explanation of this screen)"));
        int i = 1;
        for (Screen s : context.screens()) {
            list.add(new Shortcut("Ctrl+" + i, "Go to " + s.title()));
            i++;
        }
        list.addAll(AppearanceController.shortcuts());
        list.addAll(SessionMenus.shortcuts());
        list.add(new Shortcut("Ctrl+Q", "Quit (window size and position are remembered)"));
        if (current instanceof ShortcutProvider p) {
            list.addAll(p.shortcuts());
        }
        return list;
    }
}
