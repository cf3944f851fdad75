package org.activationlab.app.explorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import org.activationlab.app.control.PlotExport;
import org.testfx.util.WaitForAsyncUtils;

/** Test helper: runs code on the FX thread; snapshots a node on the FX thread and writes it to target/ as PNG. */
final class Snapshots {
    private Snapshots() {
    }

    static WritableImage take(Node node) {
        return call(() -> node.snapshot(new SnapshotParameters(), null));
    }

    /** Runs on the FX thread, waits, and rethrows what it threw. */
    static <T> T call(java.util.concurrent.Callable<T> work) {
        return WaitForAsyncUtils.waitForAsyncFx(20_000, work);
    }

    static void run(Runnable work) {
        WaitForAsyncUtils.waitForAsyncFx(20_000, work);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static Path write(Node node, String name) throws IOException {
        Path dir = Path.of("target", "snapshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        PlotExport.writePng(take(node), file);
        return file;
    }
}
