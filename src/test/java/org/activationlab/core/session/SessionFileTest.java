package org.activationlab.core.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionFileTest {
    @TempDir
    Path dir;

    private static JsonObject session() {
        JsonObject explorer = new JsonObject();
        explorer.addProperty("function", "elu");
        explorer.addProperty("alpha", 0.2);
        JsonObject screens = new JsonObject();
        screens.add("explorer", explorer);
        JsonObject s = new JsonObject();
        s.addProperty("screen", "explorer");
        s.add("screens", screens);
        return s;
    }

    @Test
    void sessionRoundTripsWithFormatAndVersion() throws Exception {
        Path f = dir.resolve("a.alsession");
        SessionFile.writeSession(f, session());
        JsonObject back = SessionFile.readSession(f);
        assertEquals(SessionFile.SESSION_FORMAT, back.get("format").getAsString());
        assertEquals(1, back.get("version").getAsInt());
        assertEquals(0.2, back.getAsJsonObject("screens").getAsJsonObject("explorer").get("alpha").getAsDouble());
    }

    @Test
    void truncatedJsonIsReportedAndTheFileIsLeftUntouched() throws Exception {
        Path f = dir.resolve("t.alsession");
        SessionFile.writeSession(f, session());
        byte[] full = Files.readAllBytes(f);
        byte[] cut = java.util.Arrays.copyOf(full, full.length / 2);
        Files.write(f, cut);
        var e = assertThrows(SessionFile.InvalidFileException.class, () -> SessionFile.readSession(f));
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
        assertArrayEquals(cut, Files.readAllBytes(f));
    }

    @Test
    void aNewerVersionIsRefusedWithAClearMessage() throws Exception {
        Path f = dir.resolve("new.alsession");
        Files.writeString(f, "{\"format\":\"activation-lab-session\",\"version\":7,\"screens\":{}}");
        var e = assertThrows(SessionFile.InvalidFileException.class, () -> SessionFile.readSession(f));
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
    }

    @Test
    void randomBytesAreNotASession() throws Exception {
        Path f = dir.resolve("r.alsession");
        byte[] junk = new byte[4096];
        new Random(1).nextBytes(junk);
        Files.write(f, junk);
        var e = assertThrows(SessionFile.InvalidFileException.class, () -> SessionFile.readSession(f));
        assertTrue(e.getMessage().contains("not"), e.getMessage());
    }

    @Test
    void otherJsonIsNotASession() throws Exception {
        Path f = dir.resolve("o.json");
        Files.writeString(f, "{\"name\":\"something else\"}");
        var e = assertThrows(SessionFile.InvalidFileException.class, () -> SessionFile.readSession(f));
        assertTrue(e.getMessage().contains("format is missing"), e.getMessage());
        Files.writeString(f, "[1,2,3]");
        assertThrows(SessionFile.InvalidFileException.class, () -> SessionFile.readSession(f));
        Files.writeString(f, "{\"format\":\"activation-lab-session\",\"version\":1}");
        var e2 = assertThrows(SessionFile.InvalidFileException.class, () -> SessionFile.readSession(f));
        assertTrue(e2.getMessage().contains("screens"), e2.getMessage());
    }

    @Test
    void lessonNeedsStepsEachWithASession() throws Exception {
        Path f = dir.resolve("l.allesson");
        JsonArray steps = new JsonArray();
        JsonObject step = new JsonObject();
        step.addProperty("title", "1: sigmoid saturates");
        step.add("session", session());
        steps.add(step);
        SessionFile.writeLesson(f, "Vanishing gradients", steps);
        assertEquals(1, SessionFile.readLesson(f).getAsJsonArray("steps").size());
        SessionFile.writeLesson(f, "empty", new JsonArray());
        assertThrows(SessionFile.InvalidFileException.class, () -> SessionFile.readLesson(f));
        // a session file is not a lesson
        Path s = dir.resolve("s.alsession");
        SessionFile.writeSession(s, session());
        assertThrows(SessionFile.InvalidFileException.class, () -> SessionFile.readLesson(s));
    }
}
