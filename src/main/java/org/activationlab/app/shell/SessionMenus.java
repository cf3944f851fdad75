package org.activationlab.app.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The File menu's session and lesson items (with the standard file dialogs) and the lesson bar. */
final class SessionMenus {
    private final SessionController sessions;
    private final LessonController lessons;
    private final Supplier<Window> window;

    SessionMenus(SessionController sessions, LessonController lessons, Supplier<Window> window) {
        this.sessions = sessions;
        this.lessons = lessons;
        this.window = window;
    }

    java.util.List<MenuItem> fileItems() {
        MenuItem open = item("_Open session…", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                () -> choose(false, "Open session", "alsession").ifPresent(sessions::open));
        MenuItem saveAs = item("Save session _as…", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> choose(true, "Save session", "alsession").ifPresent(sessions::save));
        MenuItem save = item("_Save session", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
            if (sessions.recent().isEmpty()) {
                choose(true, "Save session", "alsession").ifPresent(sessions::save);
            } else {
                sessions.save(sessions.recent().get(0));
            }
        });
        Menu recent = new Menu("Recent sessions");
        recent.setOnShowing(e -> {
            recent.getItems().clear();
            for (Path p : sessions.recent()) {
                MenuItem r = new MenuItem(p.getFileName() + "  —  " + p.getParent());
                r.setMnemonicParsing(false);
                r.setOnAction(a -> sessions.open(p));
                recent.getItems().add(r);
            }
            if (recent.getItems().isEmpty()) {
                MenuItem none = new MenuItem("(none yet)");
                none.setDisable(true);
                recent.getItems().add(none);
            }
        });
        recent.getItems().add(new MenuItem("(none yet)"));
        MenuItem openLesson = item("Open _lesson…", new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN),
                () -> choose(false, "Open lesson", "allesson").ifPresent(lessons::open));
        MenuItem newLesson = item("New lesson…", null, () -> ask("New lesson", "Title of the lesson:", "")
                .ifPresent(lessons::startDraft));
        MenuItem addStep = item("Add this state as a lesson step…", new KeyCodeCombination(KeyCode.L,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> ask("Add lesson step", "Title of step " + (lessons.draftSize() + 1) + ":", "")
                        .ifPresent(t -> lessons.addCurrentAsStep(t, "")));
        MenuItem saveLesson = item("Save lesson as…", null,
                () -> choose(true, "Save lesson", "allesson").ifPresent(lessons::saveDraft));
        return java.util.List.of(open, save, saveAs, recent, new SeparatorMenuItem(),
                openLesson, newLesson, addStep, saveLesson, new SeparatorMenuItem());
    }

    /** The bar above the screen while a lesson is open: title, step, note, back/next, close. */
    HBox lessonBar() {
        Label title = new Label();
        title.getStyleClass().add("lesson-title");
        Label note = new Label();
        note.setWrapText(true);
        Button back = new Button("◀ Back");
        back.setOnAction(e -> lessons.previous());
        Button next = new Button("Next ▶");
        next.setOnAction(e -> lessons.next());
        Button close = new Button("Close lesson");
        close.setOnAction(e -> lessons.close());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(12, title, note, grow, back, next, close);
        bar.setId("lesson-bar");
        bar.getStyleClass().add("lesson-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        Runnable update = () -> {
            boolean on = lessons.lessonProperty().get() != null && lessons.stepProperty().get() >= 0;
            bar.setVisible(on);
            bar.setManaged(on);
            if (on) {
                int i = lessons.stepProperty().get();
                title.setText(lessons.title() + " — step " + (i + 1) + " of " + lessons.stepCount() + ": " + lessons.stepTitle(i));
                note.setText(lessons.stepNote(i));
                back.setDisable(i == 0);
                next.setDisable(i + 1 >= lessons.stepCount());
            }
        };
        lessons.lessonProperty().addListener((o, a, b) -> update.run());
        lessons.stepProperty().addListener((o, a, b) -> update.run());
        update.run();
        return bar;
    }

    static java.util.List<Shortcut> shortcuts() {
        return java.util.List.of(
                new Shortcut("Ctrl+O / Ctrl+S", "Open / save a session (Ctrl+Shift+S: save as)"),
                new Shortcut("Ctrl+L", "Open a lesson"),
                new Shortcut("Page Down / Page Up", "Next / previous lesson step (clickers send these)"),
                new Shortcut("Ctrl+Shift+L", "Add the current state as a lesson step"));
    }

    private static MenuItem item(String text, KeyCombination key, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (key != null) {
            m.setAccelerator(key);
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private Optional<Path> choose(boolean save, String title, String ext) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Activation Lab " + (ext.equals("alsession")
                ? "session" : "lesson") + " (*." + ext + ")", "*." + ext));
        File f = save ? fc.showSaveDialog(window.get()) : fc.showOpenDialog(window.get());
        if (f == null) {
            return Optional.empty();
        }
        Path p = f.toPath();
        if (save && !p.getFileName().toString().endsWith("." + ext)) {
            p = p.resolveSibling(p.getFileName() + "." + ext);
        }
        return Optional.of(p);
    }

    private Optional<String> ask(String title, String prompt, String def) {
        TextInputDialog d = new TextInputDialog(def);
        d.setTitle(title);
        d.setHeaderText(null);
        d.setContentText(prompt);
        if (window.get() != null) {
            d.initOwner(window.get());
        }
        return d.showAndWait();
    }
}
