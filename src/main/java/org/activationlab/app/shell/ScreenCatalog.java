package org.activationlab.app.shell;

/**
 * The list of screens, in navigation order. Each screen's package adds one line here.
 */
public final class ScreenCatalog {
    private ScreenCatalog() {
    }

    public static void registerAll(AppContext ctx) {
        ctx.addScreen(new org.activationlab.app.explorer.ExplorerScreen(ctx));
        ctx.addScreen(new org.activationlab.app.chain.ChainScreen(ctx));
        ctx.addScreen(new org.activationlab.app.training.TrainingScreen(ctx));
        ctx.addScreen(new org.activationlab.app.approx.ApproxScreen(ctx));
    }
}
