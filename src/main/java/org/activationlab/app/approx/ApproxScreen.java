package org.activationlab.app.approx;

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
 * The universal-approximation screen: a one-hidden-layer ReLU network approximating a function
 * on an interval, built by construction, by hand or by training. The ViewModel exists from the
 * start, so a session can be saved and restored before the view is ever shown.
 */
public final class ApproxScreen implements Screen, SessionParticipant, Explainable, ShortcutProvider {
    private final AppContext context;
    private final ApproxViewModel vm;
    private ApproxView view;

    public ApproxScreen(AppContext context) {
        this.context = Objects.requireNonNull(context);
        this.vm = new ApproxViewModel(context.tasks());
    }

    @Override
    public String title() {
        return "Approximation";
    }

    @Override
    public String summary() {
        return "a ReLU network approximating any continuous function, one hinge per hidden unit";
    }

    @Override
    public Node createView() {
        view = new ApproxView(vm, context.status());
        view.bindLineScale(context.appearance().lineScale());
        view.bindTextScale(context.appearance().textScale());
        return view;
    }

    /** The ViewModel (tests and lessons drive it directly). */
    public ApproxViewModel viewModel() {
        return vm;
    }

    @Override
    public void dispose() {
        if (view != null) {
            view.dispose();
        } else {
            vm.dispose();
        }
    }

    @Override
    public String sessionKey() {
        return "approx";
    }

    @Override
    public JsonObject saveState() {
        return ApproxSession.save(vm);
    }

    @Override
    public void restoreState(JsonObject state) {
        ApproxSession.restore(vm, state);
    }

    @Override
    public String explanation() {
        return """
                A network with one input, one layer of N ReLU units and a linear output computes \
                output(x) = c + Σ v_i·relu(w_i·x + b_i). Each unit is zero on one side of the point \
                x = −b_i/w_i and a straight line on the other: a hinge. Adding hinges can only bend the \
                output at those points, so the output is a chain of straight pieces, and with enough \
                pieces it can follow any continuous curve as closely as you like.

                The constructive method writes the weights down: pick N + 1 evenly spaced knots, join \
                f's values there by straight lines, and place one hinge at each knot whose output weight \
                is the change of slope. This is exactly the network, not an approximation of it. Drag \
                an orange dot to move a kink or change its slope and watch the sum and the error respond.

                For a smooth target, a straight piece of width h misses the curve by at most \
                h²/8·max|f″|. With h = (b − a)/N the largest error falls like 1/N²: double N and it drops \
                about four times, which is the slope −2 on the log-log plot. A kink in f (like |x|) is \
                hit exactly when a knot lands on it; a fast wiggle needs N large enough to resolve it first.

                Training starts from random hinges and lets Adam move all of them — kinks, slopes and \
                the output bias — to shrink the mean squared error at sample points. It finds its own \
                places for the kinks, often crowding them where f bends most, but it only reaches a \
                good fit after many steps, and the loss curve shows how it got there.""";
    }

    @Override
    public List<Shortcut> shortcuts() {
        return List.of(
                new Shortcut("Drag a dot sideways", "Move that hinge's breakpoint (constructive method)"),
                new Shortcut("Drag a dot up / down", "Change that hinge's slope"),
                new Shortcut("Enter in a field", "Apply the typed function, interval, N or setting"),
                new Shortcut("Mouse wheel on a small plot", "Zoom (double-click or R resets)"));
    }
}
