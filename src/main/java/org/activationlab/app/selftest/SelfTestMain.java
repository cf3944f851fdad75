package org.activationlab.app.selftest;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.activationlab.app.shell.AppContext;

/**
 * Entry point of the self-test JVM: starts the toolkit (offscreen when Monocle is configured by
 * the parent, see {@link org.activationlab.Main}), renders every screen and exits 0, or 1 with the
 * reason.
 */
public final class SelfTestMain {
    private SelfTestMain() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "activation-lab-self-test");
        CompletableFuture<AppContext> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> {
                try {
                    started.complete(AppContext.createDefault());
                } catch (RuntimeException | Error e) {
                    started.completeExceptionally(e);
                }
            });
        } catch (RuntimeException | Error e) {
            System.err.println("self-test FAILED: could not start the JavaFX toolkit: " + e.getMessage());
            System.exit(1);
        }
        int code;
        try (AppContext ctx = started.get(60, TimeUnit.SECONDS)) {
            code = report(SelfTest.renderAll(ctx, dir.toAbsolutePath()), dir) ? 0 : 1;
        } catch (Exception | Error e) {
            System.err.println("self-test FAILED: " + e);
            code = 1;
        }
        Platform.exit();
        System.exit(code);
    }

    private static boolean report(List<SelfTest.ScreenResult> results, Path dir) {
        boolean ok = true;
        for (SelfTest.ScreenResult r : results) {
            System.out.println((r.ok() ? "ok    " : "FAIL  ") + r.screen()
                    + (r.png() == null ? "" : "  " + r.png())
                    + (r.ok() ? "  (" + r.distinctColours() + " colours)" : "  " + r.problem()));
            ok &= r.ok();
        }
        System.out.println(ok ? "self-test passed: " + results.size() + " screens rendered to " + dir.toAbsolutePath()
                : "self-test FAILED");
        return ok;
    }
}
