package org.activationlab.app.explorer;

import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import com.google.gson.JsonObject;
import org.activationlab.app.shell.AppContext;
import org.activationlab.app.shell.Explainable;
import org.activationlab.app.shell.Screen;
import org.activationlab.app.shell.SessionParticipant;
import org.activationlab.app.shell.Shortcut;
import org.activationlab.app.shell.ShortcutProvider;

/** The first screen: every activation function and its derivative, alpha live, compared side by side. */
public final class ExplorerScreen implements Screen, ShortcutProvider, SessionParticipant, Explainable {
    private final AppContext context;
    private final ExplorerViewModel viewModel = new ExplorerViewModel();

    public ExplorerScreen(AppContext context) {
        this.context = Objects.requireNonNull(context);
    }

    /** The screen's state, alive before and after its view (sessions restore into it). */
    public ExplorerViewModel viewModel() {
        return viewModel;
    }

    @Override
    public String sessionKey() {
        return "explorer";
    }

    @Override
    public JsonObject saveState() {
        return ExplorerSession.save(viewModel);
    }

    @Override
    public void restoreState(JsonObject state) {
        ExplorerSession.restore(viewModel, state);
    }

    @Override
    public String explanation() {
        return """
                The solid curve is the activation function f(x): what a neuron outputs for the \
                weighted sum x of its inputs. The dashed curve in the same colour is its slope f'(x).

                The slope is what backpropagation multiplies by at every layer. Where it is close \
                to zero (the shaded "saturated" bands, |f'| < 0.01) a neuron passes almost no \
                gradient back, so the layers before it learn slowly. Where it is exactly zero (the \
                "dead" band) nothing passes at all.

                Compare sigmoid with ReLU: sigmoid's slope never exceeds 0.25 and fades in both \
                tails; ReLU's slope is 1 for every positive input and 0 for every negative one. \
                Leaky ReLU, ELU, SELU, GELU, SiLU and Mish are different answers to the same \
                question: how to keep a useful slope without giving up what makes ReLU fast.

                Move alpha to see how the parameter reshapes the negative side. The derivative \
                check compares the formula for f' with a slope measured numerically, so you can \
                see the formula is right.""";
    }

    @Override
    public String title() {
        return "Explorer";
    }

    @Override
    public String summary() {
        return "each activation function and its derivative, with alpha on a slider";
    }

    @Override
    public Node createView() {
        ExplorerView view = new ExplorerView(viewModel, context.status());
        view.plot().lineScaleProperty().bind(context.appearance().lineScale());
        view.plot().textScaleProperty().bind(context.appearance().textScale());
        view.setFormulaScale(context.appearance().textScale().get());
        context.appearance().textScale().addListener((o, was, k) -> view.setFormulaScale(k.doubleValue()));
        return view;
    }

    @Override
    public List<Shortcut> shortcuts() {
        return List.of(
                new Shortcut("← / →", "Nudge alpha down / up (Shift: ten times as far)"),
                new Shortcut("Mouse wheel", "Zoom the plot around the mouse (Shift: x only, Ctrl: y only)"),
                new Shortcut("Drag", "Move the plot"),
                new Shortcut("R or double-click", "Reset the zoom"),
                new Shortcut("Ctrl+E", "Export the plot as PNG"),
                new Shortcut("Ctrl+Shift+E", "Export the plotted data as CSV"));
    }
}
