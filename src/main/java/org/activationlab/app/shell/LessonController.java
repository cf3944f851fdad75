package org.activationlab.app.shell;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.activationlab.core.session.SessionFile;

/**
 * Lessons: a teacher's prepared sequence of states ("1: sigmoid saturates", "2: the chain
 * vanishes", ...), stepped through with one key (Page Down / Page Up, which presentation clickers
 * send). A lesson is built in the app by adding the current state as a step, then saved.
 */
public final class LessonController {
    private final SessionController sessions;
    private final StatusModel status;
    private final ReadOnlyObjectWrapper<JsonObject> lesson = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(-1);
    private JsonArray draft;
    private String draftTitle;

    public LessonController(SessionController sessions, StatusModel status) {
        this.sessions = Objects.requireNonNull(sessions);
        this.status = Objects.requireNonNull(status);
    }

    /** The open lesson (null when none). */
    public ReadOnlyObjectProperty<JsonObject> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    /** Index of the current step (−1 when no lesson). */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public int stepCount() {
        return lesson.get() == null ? 0 : lesson.get().getAsJsonArray("steps").size();
    }

    /** Opens a lesson file and shows its first step; on a problem shows a message and changes nothing. */
    public boolean open(Path file) {
        JsonObject l;
        try {
            l = SessionFile.readLesson(file);
        } catch (IOException e) {
            status.show("Could not open lesson " + file.getFileName() + ": " + e.getMessage());
            return false;
        }
        JsonObject previous = lesson.get();
        int previousStep = step.get();
        lesson.set(l);
        step.set(-1);
        if (!go(0)) {
            lesson.set(previous);
            step.set(previousStep);
            return false;
        }
        return true;
    }

    public void close() {
        lesson.set(null);
        step.set(-1);
    }

    /** Next step; false at the end. */
    public boolean next() {
        return lesson.get() != null && step.get() + 1 < stepCount() && go(step.get() + 1);
    }

    /** Previous step; false at the start. */
    public boolean previous() {
        return lesson.get() != null && step.get() > 0 && go(step.get() - 1);
    }

    /** Goes to step {@code i}. */
    public boolean go(int i) {
        if (lesson.get() == null || i < 0 || i >= stepCount()) {
            return false;
        }
        JsonObject s = lesson.get().getAsJsonArray("steps").get(i).getAsJsonObject();
        try {
            sessions.apply(s.getAsJsonObject("session"));
        } catch (IllegalArgumentException e) {
            status.show("Lesson step " + (i + 1) + " could not be shown: " + e.getMessage());
            return false;
        }
        step.set(i);
        status.show("Lesson step " + (i + 1) + " of " + stepCount() + ": " + stepTitle(i));
        return true;
    }

    public String title() {
        JsonObject l = lesson.get();
        return l == null || !l.has("title") ? "" : l.get("title").getAsString();
    }

    public String stepTitle(int i) {
        JsonObject s = lesson.get().getAsJsonArray("steps").get(i).getAsJsonObject();
        return s.has("title") ? s.get("title").getAsString() : "Step " + (i + 1);
    }

    public String stepNote(int i) {
        JsonObject s = lesson.get().getAsJsonArray("steps").get(i).getAsJsonObject();
        return s.has("note") ? s.get("note").getAsString() : "";
    }

    // ---- building a lesson ----

    /** Starts a new lesson draft. */
    public void startDraft(String title) {
        draft = new JsonArray();
        draftTitle = title == null || title.isBlank() ? "Untitled lesson" : title.trim();
    }

    public int draftSize() {
        return draft == null ? 0 : draft.size();
    }

    /** Adds the current state of every screen as the next step of the draft. */
    public void addCurrentAsStep(String title, String note) {
        if (draft == null) {
            startDraft(null);
        }
        JsonObject s = new JsonObject();
        s.addProperty("title", title == null || title.isBlank() ? "Step " + (draft.size() + 1) : title.trim());
        s.addProperty("note", note == null ? "" : note);
        s.add("session", sessions.capture());
        draft.add(s);
        status.show("Added step " + draft.size() + " to the lesson \"" + draftTitle + "\"");
    }

    /** Saves the draft as a lesson file. */
    public boolean saveDraft(Path file) {
        if (draftSize() == 0) {
            status.show("The lesson has no steps yet: set up a screen, then add it as a step");
            return false;
        }
        try {
            SessionFile.writeLesson(file, draftTitle, draft);
            status.show("Saved lesson \"" + draftTitle + "\" (" + draft.size() + " steps) to " + file);
            return true;
        } catch (IOException e) {
            status.show("Could not save the lesson: " + e.getMessage());
            return false;
        }
    }
}
