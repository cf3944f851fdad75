package org.activationlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionControllerTest {
    @TempDir
    Path dir;
    private AppContext ctx;
    private FakeScreen a;
    private FakeScreen b;
    private String shown;
    private SessionController sessions;

    /** A screen with one number of state; refuses negative numbers. */
    static final class FakeScreen implements Screen, SessionParticipant {
        final String key;
        double value;

        FakeScreen(String key, double value) {
            this.key = key;
            this.value = value;
        }

        @Override
        public String title() {
            return key;
        }

        @Override
        public String summary() {
            return key;
        }

        @Override
        public Node createView() {
            return new Pane();
        }

        @Override
        public String sessionKey() {
            return key;
        }

        @Override
        public JsonObject saveState() {
            JsonObject o = new JsonObject();
            o.addProperty("value", value);
            return o;
        }

        @Override
        public void restoreState(JsonObject state) {
            double v = state.get("value").getAsDouble();
            if (v < 0) {
                throw new IllegalArgumentException(key + ": value must not be negative");
            }
            value = v;
        }
    }

    @BeforeEach
    void setUp() {
        ctx = new AppContext(new AppSettings(dir.resolve("home")), new StatusModel(), TaskRunner.synchronous());
        a = new FakeScreen("a", 1);
        b = new FakeScreen("b", 2);
        ctx.addScreen(a);
        ctx.addScreen(b);
        shown = "a";
        sessions = new SessionController(ctx, () -> shown, k -> shown = k);
    }

    @Test
    void savedSessionReopensExactlyAsItWas() {
        Path f = dir.resolve("s.alsession");
        shown = "b";
        assertTrue(sessions.save(f));
        a.value = 10;
        b.value = 20;
        shown = "a";
        assertTrue(sessions.open(f));
        assertEquals(1, a.value);
        assertEquals(2, b.value);
        assertEquals("b", shown);
        assertEquals(f.toAbsolutePath(), sessions.recent().get(0));
    }

    @Test
    void aStateOneScreenRefusesLeavesEveryScreenAsItWas() throws Exception {
        Path f = dir.resolve("bad.alsession");
        Files.writeString(f, "{\"format\":\"activation-lab-session\",\"version\":1,"
                + "\"screens\":{\"a\":{\"value\":5},\"b\":{\"value\":-1}}}");
        assertFalse(sessions.open(f));
        assertEquals(1, a.value, "screen a must be put back");
        assertEquals(2, b.value);
        assertTrue(ctx.status().messageProperty().get().contains("must not be negative"),
                ctx.status().messageProperty().get());
    }

    @Test
    void badFilesGiveAMessageAndChangeNothing() throws Exception {
        for (String content : new String[] {"{\"format\":\"activation-lab-session\",\"version\":1,\"scr",
                "{\"format\":\"activation-lab-session\",\"version\":99,\"screens\":{}}", "\u0000\u0001garbage\u00ff"}) {
            Path f = dir.resolve("x.alsession");
            Files.writeString(f, content);
            byte[] before = Files.readAllBytes(f);
            assertFalse(sessions.open(f));
            assertEquals(1, a.value);
            assertEquals(2, b.value);
            assertTrue(ctx.status().messageProperty().get().startsWith("Could not open"));
            org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(f));
        }
    }

    @Test
    void autosaveWritesOnlyWhenSomethingChangedAndIsRestoredAtStart() throws Exception {
        sessions.autosaveNow();
        Path auto = sessions.autosaveFile();
        assertTrue(Files.isRegularFile(auto));
        long t0 = Files.getLastModifiedTime(auto).toMillis();
        Files.setLastModifiedTime(auto, java.nio.file.attribute.FileTime.fromMillis(t0 - 10_000));
        sessions.autosaveNow(); // unchanged state: no write
        assertEquals(t0 - 10_000, Files.getLastModifiedTime(auto).toMillis());
        a.value = 7;
        sessions.autosaveNow();
        a.value = 0;
        SessionController fresh = new SessionController(ctx, () -> shown, k -> shown = k);
        fresh.restoreAutosave();
        assertEquals(7, a.value);
    }

    @Test
    void lessonStepsThroughPreparedStatesWithNextAndPrevious() {
        LessonController lessons = new LessonController(sessions, ctx.status());
        lessons.startDraft("Vanishing gradients");
        a.value = 1;
        lessons.addCurrentAsStep("1: sigmoid saturates", "look at the tails");
        a.value = 2;
        lessons.addCurrentAsStep("2: the chain vanishes", "");
        a.value = 3;
        lessons.addCurrentAsStep("3: ReLU fixes it", "");
        Path f = dir.resolve("l.allesson");
        assertTrue(lessons.saveDraft(f));
        a.value = 99;
        assertTrue(lessons.open(f));
        assertEquals(0, lessons.stepProperty().get());
        assertEquals(1, a.value);
        assertTrue(lessons.next());
        assertEquals(2, a.value);
        assertTrue(lessons.next());
        assertEquals(3, a.value);
        assertFalse(lessons.next(), "no step after the last");
        assertTrue(lessons.previous());
        assertEquals(2, a.value);
        assertEquals("2: the chain vanishes", lessons.stepTitle(lessons.stepProperty().get()));
    }
}
