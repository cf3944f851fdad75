package org.activationlab.app.shell;

/**
 * The list of screens, in navigation order. Each screen's package adds one line here.
 */
public final class ScreenCatalog {
    private ScreenCatalog() {
    }

    public static void registerAll(AppContext ctx) {
        // Screens are added here as they are built: explorer, gradient chain, training, approximation.
        ctx.addScreen(new org.activationlab.app.explorer.ExplorerScreen(ctx));
        ctx.addScreen(new org.activationlab.app.training.TrainingScreen(ctx));
    }
}
