package org.activationlab.app.chain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import org.activationlab.app.control.PlotExport;
import org.testfx.util.WaitForAsyncUtils;

/** Test helper: run on the FX thread and wait; snapshot a node to target/snapshots/*.png. */
final class ChainFx {
    private ChainFx() {
    }

    static <T> T call(Callable<T> work) {
        return WaitForAsyncUtils.waitForAsyncFx(20_000, work);
    }

    static void run(Runnable work) {
        WaitForAsyncUtils.waitForAsyncFx(20_000, work);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static Path snapshot(Node node, String name) throws IOException {
        Path dir = Path.of("target", "snapshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        PlotExport.writePng(call(() -> node.snapshot(new SnapshotParameters(), null)), file);
        return file;
    }
}
