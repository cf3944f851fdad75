package org.activationlab.app.approx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import org.activationlab.app.approx.ApproxViewModel.Method;
import org.activationlab.app.shell.AppContext;
import org.activationlab.app.shell.AppSettings;
import org.activationlab.app.shell.StatusModel;
import org.activationlab.app.shell.TaskRunner;
import org.activationlab.core.approx.Preset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The screen object as the shell sees it: session key, save/restore before any view exists, explanation. */
class ApproxScreenTest {
    @TempDir
    Path dir;

    private ApproxScreen screen() {
        return new ApproxScreen(new AppContext(new AppSettings(dir), new StatusModel(), TaskRunner.synchronous()));
    }

    @Test
    void sessionRoundTripThroughTheScreenWithoutAView() {
        ApproxScreen a = screen();
        a.viewModel().choosePreset(Preset.NIELSEN);
        a.viewModel().setWidth(48);
        a.viewModel().methodProperty().set(Method.TRAINED);
        a.viewModel().training().setSeed(3);
        JsonObject saved = JsonParser.parseString(a.saveState().toString()).getAsJsonObject();
        assertEquals("approx", a.sessionKey());
        assertEquals("nielsen", saved.get("preset").getAsString());

        ApproxScreen b = screen();
        b.restoreState(saved);
        assertEquals(Preset.NIELSEN, b.viewModel().presetProperty().get());
        assertEquals(48, b.viewModel().width());
        assertEquals(Method.TRAINED, b.viewModel().methodProperty().get());
        assertEquals(3, b.viewModel().training().seedProperty().get());
        assertEquals(a.viewModel().errorProperty().get(), b.viewModel().errorProperty().get());
    }

    @Test
    void restoringNonsenseThrowsAReadableMessage() {
        ApproxScreen s = screen();
        JsonObject bad = JsonParser.parseString("{\"width\": 1000}").getAsJsonObject();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.restoreState(bad));
        assertTrue(e.getMessage().contains("1..256"), e.getMessage());
    }

    @Test
    void missingKeysKeepTheCurrentValues() {
        ApproxScreen s = screen();
        s.viewModel().setWidth(40);
        s.restoreState(new JsonObject());
        assertEquals(40, s.viewModel().width());
        assertEquals(Preset.SIN, s.viewModel().presetProperty().get());
    }

    @Test
    void explanationSpeaksOfHingesTheInverseSquareAndTraining() {
        String text = screen().explanation();
        assertTrue(text.contains("hinge"));
        assertTrue(text.contains("1/N²"));
        assertTrue(text.contains("Adam"));
        assertTrue(text.split("\n\n").length >= 3, "a few paragraphs");
    }
}
