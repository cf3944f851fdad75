package org.activationlab.app.shell;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.activationlab.core.session.SessionFile;

/**
 * Sessions: capture every participating screen's state, apply a saved one (all or nothing),
 * open and save files, remember recent files, and autosave to {@code autosave.alsession} in the
 * settings folder every few seconds when something changed, so a crash loses at most that much.
 */
public final class SessionController {
    static final int MAX_RECENT = 8;
    private final AppContext context;
    private final Supplier<String> currentScreenKey;
    private final Consumer<String> showScreen;
    private final Path autosaveFile;
    private String lastAutosaved;
    private Timeline autosave;

    public SessionController(AppContext context, Supplier<String> currentScreenKey, Consumer<String> showScreen) {
        this.context = Objects.requireNonNull(context);
        this.currentScreenKey = currentScreenKey;
        this.showScreen = showScreen;
        this.autosaveFile = context.settings().file().resolveSibling("autosave.alsession");
    }

    public Path autosaveFile() {
        return autosaveFile;
    }

    private List<SessionParticipant> participants() {
        List<SessionParticipant> list = new ArrayList<>();
        for (Screen s : context.screens()) {
            if (s instanceof SessionParticipant p) {
                list.add(p);
            }
        }
        return list;
    }

    /** The whole current set-up. */
    public JsonObject capture() {
        JsonObject screens = new JsonObject();
        for (SessionParticipant p : participants()) {
            screens.add(p.sessionKey(), p.saveState());
        }
        JsonObject session = new JsonObject();
        String key = currentScreenKey.get();
        if (key != null) {
            session.addProperty("screen", key);
        }
        session.add("screens", screens);
        return session;
    }

    /**
     * Applies a session: every screen present in it is restored; if any screen refuses its state,
     * all screens are put back as they were and the exception is rethrown.
     */
    public void apply(JsonObject session) {
        JsonObject before = capture();
        JsonObject screens = session.getAsJsonObject("screens");
        try {
            for (SessionParticipant p : participants()) {
                if (screens.has(p.sessionKey()) && screens.get(p.sessionKey()).isJsonObject()) {
                    p.restoreState(screens.getAsJsonObject(p.sessionKey()));
                }
            }
        } catch (RuntimeException e) {
            JsonObject old = before.getAsJsonObject("screens");
            for (SessionParticipant p : participants()) {
                if (old.has(p.sessionKey())) {
                    try {
                        p.restoreState(old.getAsJsonObject(p.sessionKey()));
                    } catch (RuntimeException ignored) {
                        // the state we captured a moment ago is valid by construction
                    }
                }
            }
            throw new IllegalArgumentException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
        if (session.has("screen") && session.get("screen").isJsonPrimitive()) {
            showScreen.accept(session.get("screen").getAsString());
        }
    }

    /** Opens a session file; on any problem shows a message and changes nothing. */
    public boolean open(Path file) {
        try {
            apply(SessionFile.readSession(file));
            addRecent(file);
            context.status().show("Opened session " + file.getFileName());
            return true;
        } catch (IOException | IllegalArgumentException e) {
            context.status().show("Could not open " + file.getFileName() + ": " + e.getMessage());
            return false;
        }
    }

    /** Saves the current session to a file. */
    public boolean save(Path file) {
        try {
            SessionFile.writeSession(file, capture());
            addRecent(file);
            context.status().show("Saved session to " + file);
            return true;
        } catch (IOException e) {
            context.status().show("Could not save " + file.getFileName() + ": " + e.getMessage()
                    + " — nothing was lost; try another folder");
            return false;
        }
    }

    /** Most recent first. */
    public List<Path> recent() {
        List<Path> list = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String v = context.settings().get("recent." + i, null);
            if (v != null && !v.isBlank()) {
                list.add(Path.of(v));
            }
        }
        return list;
    }

    private void addRecent(Path file) {
        List<Path> list = recent();
        Path abs = file.toAbsolutePath();
        list.remove(abs);
        list.add(0, abs);
        for (int i = 0; i < MAX_RECENT; i++) {
            context.settings().put("recent." + i, i < list.size() ? list.get(i).toString() : "");
        }
        context.settings().save();
    }

    /** Reopens the last autosaved session, if any. Problems are reported; the file is left as it is. */
    public void restoreAutosave() {
        if (!Files.isRegularFile(autosaveFile)) {
            return;
        }
        try {
            apply(SessionFile.readSession(autosaveFile));
            context.status().show("Welcome back: your last session was restored");
        } catch (IOException | IllegalArgumentException e) {
            context.status().show("The last session could not be restored (" + e.getMessage() + "); starting fresh");
        }
        lastAutosaved = capture().toString();
    }

    /** Writes the autosave file now if the state changed since the last write. */
    public void autosaveNow() {
        JsonObject state = capture();
        String text = state.toString();
        if (text.equals(lastAutosaved)) {
            return;
        }
        lastAutosaved = text;
        context.tasks().run(() -> {
            SessionFile.writeSession(autosaveFile, state);
            return null;
        }, ok -> { }, err -> context.status().show("Autosave failed: " + err.getMessage()));
    }

    /** Writes the autosave file on the calling thread (at exit). */
    public void autosaveBlocking() {
        try {
            SessionFile.writeSession(autosaveFile, capture());
        } catch (IOException e) {
            System.getLogger(SessionController.class.getName()).log(System.Logger.Level.WARNING,
                    "Autosave at exit failed: " + e.getMessage());
        }
    }

    /** Autosaves every {@code seconds} seconds while the app runs. */
    public void startAutosave(double seconds) {
        autosave = new Timeline(new KeyFrame(Duration.seconds(seconds), e -> autosaveNow()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
    }

    public void stopAutosave() {
        if (autosave != null) {
            autosave.stop();
        }
    }
}
