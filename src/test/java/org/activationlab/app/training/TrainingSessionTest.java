package org.activationlab.app.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.List;
import org.activationlab.app.shell.AppContext;
import org.activationlab.app.shell.AppSettings;
import org.activationlab.app.shell.StatusModel;
import org.activationlab.app.shell.TaskRunner;
import org.activationlab.core.activation.ActivationKind;
import org.activationlab.core.nn.GradientClip;
import org.activationlab.core.train.EpochResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The screen's part of a session: the set-up and finished runs, compact, restored as they were. */
class TrainingSessionTest {
    @TempDir
    Path home;

    private TrainingScreen screen() {
        return new TrainingScreen(new AppContext(new AppSettings(home), new StatusModel(), TaskRunner.synchronous()));
    }

    @Test
    void setUpAndFinishedRunsComeBack() {
        TrainingScreen a = screen();
        SetupViewModel s = a.viewModel().setup();
        Preset.DEAD_RELU.applyTo(s);
        s.alphaProperty(ActivationKind.LEAKY_RELU).set("0.3");
        s.clipModeProperty().set(GradientClip.Mode.NORM);
        Run r = new Run("ReLU", ActivationChoice.of(ActivationKind.RELU), "x", 0, true);
        for (int i = 0; i < 2000; i++) {
            r.trainLoss().add(i / 100.0, 2.0 - i / 1000.0);
        }
        r.onEpoch(new EpochResult(1, 0.5, 0.8, 0.4, 0.85, 1, 1000));
        r.set(Run.Status.COMPLETED, "done");
        a.viewModel().addLoaded(List.of(r));
        JsonObject state = a.saveState();
        assertEquals("training", a.sessionKey());
        assertTrue(state.toString().length() < 20_000, "compact: " + state.toString().length() + " chars");

        TrainingScreen b = screen();
        b.restoreState(state);
        SetupViewModel t = b.viewModel().setup();
        assertEquals("784-128-128-10", t.layersProperty().get());
        assertEquals("0.05", t.learningRateProperty().get());
        assertEquals("0.3", t.alphaProperty(ActivationKind.LEAKY_RELU).get());
        assertEquals(GradientClip.Mode.NORM, t.clipModeProperty().get());
        assertTrue(t.selectedProperty(ActivationKind.RELU).get());
        assertFalse(t.selectedProperty(ActivationKind.SIGMOID).get());
        assertEquals(1, b.viewModel().runs().size());
        assertEquals(0.85, b.viewModel().runs().get(0).epochs().get(0).testAccuracy());
        a.dispose();
        b.dispose();
    }

    @Test
    void anUnknownChoiceIsRefusedWithAMessage() {
        JsonObject setup = new JsonObject();
        setup.addProperty("optimizer", "RMSPROP");
        JsonObject state = new JsonObject();
        state.add("setup", setup);
        TrainingScreen s = screen();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.restoreState(state));
        assertTrue(e.getMessage().contains("training set-up"), e.getMessage());
        s.dispose();
    }
}
