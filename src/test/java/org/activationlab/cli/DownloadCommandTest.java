package org.activationlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.activationlab.core.download.DatasetCatalogue;
import org.activationlab.core.download.LoopbackServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class DownloadCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    @TempDir
    Path dir;

    private int run(String... args) {
        return ActivationLabCommand.create(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void unknownDatasetIsBadInput() {
        assertEquals(2, run("download", "cifar10", "--to", dir.toString()));
        assertTrue(err.toString().contains("choose mnist or fashion-mnist"), err.toString());
        assertEquals(1, err.toString().strip().lines().count());
    }

    @Test
    void aMirrorThatIsNoUrlIsBadInput() {
        assertEquals(2, run("download", "mnist", "--mirror", "ftp://example.org/x", "--to", dir.toString()));
        assertTrue(err.toString().contains("--mirror must be an http or https URL"), err.toString());
    }

    @Test
    void unreachableMirrorFailsWithTheOfflineMessage() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        assertEquals(1, run("download", "mnist", "--mirror", "http://127.0.0.1:" + closedPort + "/mnist",
                "--to", dir.toString()));
        assertTrue(err.toString().startsWith("activation-lab download: You appear to be offline"), err.toString());
        assertEquals(1, err.toString().strip().lines().count());
    }

    @Test
    void aWrongFileOnTheMirrorIsRefusedAndNothingIsLeft() throws Exception {
        try (LoopbackServer server = LoopbackServer.start()) {
            server.serve("/m/" + DatasetCatalogue.TRAIN_IMAGES, new byte[100]);
            assertEquals(1, run("download", "fashion-mnist", "--mirror", server.folder("m").toString(),
                    "--to", dir.toString()));
        }
        assertTrue(err.toString().contains("100 bytes"), err.toString());
        assertTrue(out.toString().startsWith("Downloading Fashion-MNIST (30.9 MB) into " + dir), out.toString());
        assertFalse(Files.exists(dir.resolve(DatasetCatalogue.TRAIN_IMAGES)));
    }
}
