package org.activationlab.app.training;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import org.activationlab.app.shell.AppContext;
import org.activationlab.app.shell.Explainable;
import org.activationlab.app.shell.ModelOpener;
import org.activationlab.app.shell.Screen;
import org.activationlab.app.shell.SessionParticipant;
import org.activationlab.app.shell.Shortcut;
import org.activationlab.app.shell.ShortcutProvider;

/** The live training lab: real networks trained on real digits, several activations side by side. */
public final class TrainingScreen implements Screen, SessionParticipant, Explainable, ModelOpener, ShortcutProvider {
    /** Curve points per run kept in a session (sessions stay small). */
    static final int SESSION_POINTS = 80;
    private final AppContext context;
    private final TrainingViewModel vm = new TrainingViewModel();
    private TrainingView view;

    public TrainingScreen(AppContext context) {
        this.context = Objects.requireNonNull(context);
    }

    @Override
    public String title() {
        return "Training";
    }

    @Override
    public String summary() {
        return "train real networks on real digits and compare activations live";
    }

    @Override
    public Node createView() {
        view = new TrainingView(vm, context.status());
        view.bindTextScale(context.appearance().textScale());
        return view;
    }

    TrainingViewModel viewModel() {
        return vm;
    }

    @Override
    public void dispose() {
        if (view != null) {
            view.dispose();
        } else {
            vm.close();
        }
    }

    @Override
    public String sessionKey() {
        return "training";
    }

    @Override
    public JsonObject saveState() {
        JsonObject o = new JsonObject();
        o.add("setup", SetupJson.save(vm.setup()));
        List<Run> finished = vm.runs().stream().filter(r -> r.status().finished()).toList();
        o.add("runs", RunFiles.toJson(finished, SESSION_POINTS));
        return o;
    }

    @Override
    public void restoreState(JsonObject state) {
        if (state.has("setup")) {
            SetupJson.restore(vm.setup(), state.getAsJsonObject("setup"));
        }
        if (state.has("runs")) {
            List<Run> runs = RunFiles.fromJson(state.getAsJsonObject("runs"), vm::takeColor);
            vm.runs().removeIf(Run::isLoaded);
            vm.addLoaded(runs);
        }
    }

    @Override
    public void openModel(Path file) {
        vm.openModel(file);
    }

    @Override
    public String explanation() {
        return """
                Each ticked activation trains the same network from the same first weights on the same batches, \
                one run after another, so the only difference between the coloured lines is the activation.

                Top left: the loss falls as the network learns (solid: training batches, smoothed; dashed: the test \
                digits after each epoch). Top right: the share of test digits it gets right.

                Bottom left: how big each layer's gradient is, on a log scale. In a deep sigmoid network the first \
                layers get far smaller gradients than the last ones, so they learn slowly: the vanishing gradient, \
                live. Bottom right: units that never fire (dead ReLUs) and units stuck where their slope is almost \
                zero (saturated).

                On the right: the confusion matrix (rows: true digit, columns: answer), test digits with mistakes in \
                red, the first layer's weights as pictures, and a pad to draw your own digit.""";
    }

    @Override
    public List<Shortcut> shortcuts() {
        return List.of(
                new Shortcut("Ctrl+Enter", "Start training the set-up (queued behind running runs)"),
                new Shortcut("Space", "Pause or resume training"),
                new Shortcut("Esc", "Stop the running run and the queued ones"),
                new Shortcut("Ctrl+S", "Save the runs (JSON and CSV)"),
                new Shortcut("Ctrl+O", "Load saved runs to compare"));
    }
}
