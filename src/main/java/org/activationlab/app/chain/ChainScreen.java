package org.activationlab.app.chain;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import org.activationlab.app.shell.AppContext;
import org.activationlab.app.shell.Explainable;
import org.activationlab.app.shell.Screen;
import org.activationlab.app.shell.SessionParticipant;
import org.activationlab.app.shell.Shortcut;
import org.activationlab.app.shell.ShortcutProvider;

/**
 * The "Gradient chain" screen: one neuron per layer, dC/db₁ built factor by factor, and deep
 * signal propagation on a second tab. The ViewModels exist from the start, so a session can be
 * saved and restored before the view is ever shown.
 */
public final class ChainScreen implements Screen, ShortcutProvider, SessionParticipant, Explainable {
    private final AppContext context;
    private final ChainViewModel vm = new ChainViewModel();
    private final SignalViewModel signalVm;
    private ChainView view;

    public ChainScreen(AppContext context) {
        this.context = Objects.requireNonNull(context);
        this.signalVm = new SignalViewModel(context.tasks());
    }

    @Override
    public String title() {
        return "Gradient chain";
    }

    @Override
    public String summary() {
        return "watch dC/db1 vanish or explode, one factor w·f′(z) at a time";
    }

    @Override
    public Node createView() {
        if (view == null) {
            view = new ChainView(vm, signalVm, context.status(), context.tasks());
            // plot text follows the app's appearance (larger in presenter mode and when zoomed)
            var textScale = context.appearance().textScale();
            for (var plot : java.util.List.of(view.chart, view.signal.activations, view.signal.gradients)) {
                plot.textScaleProperty().bind(textScale);
            }
            java.util.function.DoubleConsumer scaleAll = k -> {
                view.diagram.setScale(k);
                view.steps.bar.setScale(k);
                view.steps.setScale(k);
            };
            scaleAll.accept(textScale.get());
            textScale.addListener((o, was, k) -> scaleAll.accept(k.doubleValue()));
        }
        return view;
    }

    @Override
    public void dispose() {
        signalVm.cancel();
        if (view != null) {
            view.dispose();
        }
    }

    public ChainViewModel viewModel() {
        return vm;
    }

    public SignalViewModel signalViewModel() {
        return signalVm;
    }

    @Override
    public List<Shortcut> shortcuts() {
        return List.of(
                new Shortcut("→", "Multiply in the next factor"),
                new Shortcut("←", "Take the last factor out again"),
                new Shortcut("Space", "Play / pause the walk through all factors"),
                new Shortcut("Home / End", "Jump to the start (dC/da_L) / the end (dC/db₁)"),
                new Shortcut("Drag an edge", "Change that layer's weight (Shift: finer)"),
                new Shortcut("Double-click a w or b cell", "Type a new weight or bias"));
    }

    @Override
    public String sessionKey() {
        return "chain";
    }

    @Override
    public JsonObject saveState() {
        return ChainSession.save(vm);
    }

    @Override
    public void restoreState(JsonObject state) {
        ChainSession.restore(vm, state);
    }

    @Override
    public String explanation() {
        return ChainTexts.EXPLANATION;
    }
}
