package org.activationlab.core.session;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.MalformedJsonException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.activationlab.core.settings.AtomicFiles;

/**
 * Reads and writes session and lesson files: versioned JSON documents.
 *
 * <pre>
 * session: {"format": "activation-lab-session", "version": 1, "screen": "explorer",
 *           "screens": {"explorer": {...}, "chain": {...}, ...}}
 * lesson:  {"format": "activation-lab-lesson", "version": 1, "title": "...",
 *           "steps": [{"title": "...", "note": "...", "session": {session without format/version}}, ...]}
 * </pre>
 * Each screen owns the object under its key. A file of a newer version is refused (we cannot know
 * what it means); a corrupt file is reported and never modified. Writes are atomic.
 */
public final class SessionFile {
    public static final String SESSION_FORMAT = "activation-lab-session";
    public static final String LESSON_FORMAT = "activation-lab-lesson";
    /** The version this build writes and the newest it reads. */
    public static final int VERSION = 1;
    /** Files larger than this are not sessions (a guard against opening a huge file by mistake). */
    public static final long MAX_BYTES = 64L << 20;

    private SessionFile() {
    }

    /** A problem with a file, with a message meant for the user. */
    public static final class InvalidFileException extends IOException {
        private static final long serialVersionUID = 1L;

        public InvalidFileException(String message) {
            super(message);
        }
    }

    /** Reads a session file; the returned object has "screens" (an object) and maybe "screen". */
    public static JsonObject readSession(Path file) throws IOException {
        JsonObject root = readDocument(file, SESSION_FORMAT);
        if (!root.has("screens") || !root.get("screens").isJsonObject()) {
            throw new InvalidFileException(file.getFileName() + " has no \"screens\" object: it is not a complete session file");
        }
        return root;
    }

    /** Reads a lesson file; the returned object has a non-empty "steps" array of objects with a "session". */
    public static JsonObject readLesson(Path file) throws IOException {
        JsonObject root = readDocument(file, LESSON_FORMAT);
        if (!root.has("steps") || !root.get("steps").isJsonArray() || root.getAsJsonArray("steps").isEmpty()) {
            throw new InvalidFileException(file.getFileName() + " has no steps: a lesson needs at least one step");
        }
        int i = 1;
        for (JsonElement step : root.getAsJsonArray("steps")) {
            if (!step.isJsonObject() || !step.getAsJsonObject().has("session")
                    || !step.getAsJsonObject().get("session").isJsonObject()
                    || !step.getAsJsonObject().getAsJsonObject("session").has("screens")) {
                throw new InvalidFileException(file.getFileName() + ": step " + i + " has no \"session\" with \"screens\"");
            }
            i++;
        }
        return root;
    }

    /** Writes a session (adds format and version) atomically. */
    public static void writeSession(Path file, JsonObject session) throws IOException {
        JsonObject doc = new JsonObject();
        doc.addProperty("format", SESSION_FORMAT);
        doc.addProperty("version", VERSION);
        for (var e : session.entrySet()) {
            if (!e.getKey().equals("format") && !e.getKey().equals("version")) {
                doc.add(e.getKey(), e.getValue());
            }
        }
        AtomicFiles.writeString(file, new com.google.gson.GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues()
                .create().toJson(doc) + "\n");
    }

    /** Writes a lesson (adds format and version) atomically. */
    public static void writeLesson(Path file, String title, com.google.gson.JsonArray steps) throws IOException {
        JsonObject doc = new JsonObject();
        doc.addProperty("format", LESSON_FORMAT);
        doc.addProperty("version", VERSION);
        doc.addProperty("title", Objects.requireNonNull(title));
        doc.add("steps", steps);
        AtomicFiles.writeString(file, new com.google.gson.GsonBuilder().setPrettyPrinting().create().toJson(doc) + "\n");
    }

    private static JsonObject readDocument(Path file, String format) throws IOException {
        String name = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            throw new InvalidFileException(name + " does not exist or is not a file");
        }
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new InvalidFileException(name + " is " + (size >> 20) + " MB: too large to be a session or lesson file");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidFileException(name + " is not a text file: it is not an Activation Lab file");
        }
        JsonElement el;
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(com.google.gson.Strictness.LENIENT);
            el = JsonParser.parseReader(reader);
            if (reader.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
                throw new InvalidFileException(name + " has extra text after the JSON document");
            }
        } catch (JsonParseException | MalformedJsonException | java.io.EOFException | IllegalStateException e) {
            throw new InvalidFileException(name + " is not valid JSON (it may be truncated or damaged): "
                    + firstLine(e.getMessage()));
        }
        if (!el.isJsonObject()) {
            throw new InvalidFileException(name + " is not an Activation Lab file (expected a JSON object)");
        }
        JsonObject root = el.getAsJsonObject();
        String actual = root.has("format") && root.get("format").isJsonPrimitive() ? root.get("format").getAsString() : null;
        if (!format.equals(actual)) {
            throw new InvalidFileException(name + " is not " + (format.equals(SESSION_FORMAT) ? "a session" : "a lesson")
                    + " file (format is " + (actual == null ? "missing" : "'" + actual + "'") + ")");
        }
        int version;
        try {
            version = root.get("version").getAsInt();
        } catch (RuntimeException e) {
            throw new InvalidFileException(name + " has no valid version number");
        }
        if (version > VERSION) {
            throw new InvalidFileException(name + " was written by a newer Activation Lab (file version " + version
                    + ", this one reads up to " + VERSION + "); please update the app to open it");
        }
        if (version < 1) {
            throw new InvalidFileException(name + " has an invalid version number " + version);
        }
        return root;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unexpected end";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
