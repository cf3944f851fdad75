package org.activationlab.app.explorer;

import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import org.activationlab.app.shell.AppContext;
import org.activationlab.app.shell.Screen;
import org.activationlab.app.shell.Shortcut;
import org.activationlab.app.shell.ShortcutProvider;

/** The first screen: every activation function and its derivative, alpha live, compared side by side. */
public final class ExplorerScreen implements Screen, ShortcutProvider {
    private final AppContext context;

    public ExplorerScreen(AppContext context) {
        this.context = Objects.requireNonNull(context);
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
        return new ExplorerView(new ExplorerViewModel(), context.status());
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
