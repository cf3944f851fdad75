package org.activationlab.core.download;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.activationlab.core.download.DownloadException.Reason;
import org.activationlab.core.download.DownloadProgress.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Downloads from a scripted HTTP server on 127.0.0.1: no partial or corrupt file is ever left as valid. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class DatasetDownloaderTest {
    private static final String IMAGES = DatasetCatalogue.TRAIN_IMAGES;
    private static final String LABELS = DatasetCatalogue.TEST_LABELS;

    private final byte[] images = randomBytes(300_000, 1);
    private final byte[] labels = randomBytes(1_000, 2);
    private final DatasetDownloader downloader = new DatasetDownloader(Duration.ofSeconds(2), Duration.ofSeconds(20));
    private LoopbackServer server;
    @TempDir
    Path dir;

    @BeforeEach
    void startServer() throws IOException {
        server = LoopbackServer.start();
    }

    @AfterEach
    void stopServer() throws IOException {
        server.close();
    }

    @Test
    void goodFilesLandVerifiedAndAreNotFetchedAgain() throws Exception {
        server.serve("/good/" + IMAGES, images);
        server.serve("/good/" + LABELS, labels);
        RemoteDataset ds = dataset(server.folder("good"));
        List<DownloadProgress> seen = new CopyOnWriteArrayList<>();

        assertEquals(dir, downloader.download(ds, dir, seen::add, new CancelSignal()));

        assertArrayEquals(images, Files.readAllBytes(dir.resolve(IMAGES)));
        assertArrayEquals(labels, Files.readAllBytes(dir.resolve(LABELS)));
        assertNoTempFiles();
        assertTrue(DatasetDownloader.isComplete(ds, dir));
        DownloadProgress last = seen.get(seen.size() - 1);
        assertEquals(Stage.FINISHED, last.stage());
        assertEquals(1.0, last.fraction());
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i).doneBytes() >= seen.get(i - 1).doneBytes(), "overall progress went backwards");
        }
        assertTrue(seen.stream().anyMatch(p -> p.stage() == Stage.DOWNLOADING && p.fileBytes() > 0
                && p.fileBytes() < p.fileSize()), "no progress while the big file was arriving");

        seen.clear();
        downloader.download(ds, dir, seen::add, new CancelSignal());
        assertEquals(1, server.hits("/good/" + IMAGES));
        assertEquals(1, server.hits("/good/" + LABELS));
        assertTrue(seen.stream().anyMatch(p -> p.stage() == Stage.CHECKING));
        assertFalse(seen.stream().anyMatch(p -> p.stage() == Stage.DOWNLOADING));
    }

    @Test
    void corruptFileIsRefusedAndDeleted() {
        byte[] flipped = images.clone();
        flipped[flipped.length / 3] ^= 1;
        server.serve("/bad/" + IMAGES, flipped);
        RemoteDataset ds = dataset(server.folder("bad"));

        DownloadException e = assertThrows(DownloadException.class, () -> download(ds));

        assertEquals(Reason.CORRUPT, e.reason());
        assertTrue(e.getMessage().contains("was corrupt (SHA-256"), e.getMessage());
        assertTrue(e.getMessage().contains("it was deleted"), e.getMessage());
        assertFalse(Files.exists(dir.resolve(IMAGES)));
        assertNoTempFiles();
    }

    @Test
    void fileLongerThanItsCatalogueSizeIsRefused() {
        byte[] longer = java.util.Arrays.copyOf(images, images.length + 10);
        server.serve("/long/" + IMAGES, longer);

        DownloadException e = assertThrows(DownloadException.class, () -> download(dataset(server.folder("long"))));

        assertEquals(Reason.CORRUPT, e.reason());
        assertFalse(Files.exists(dir.resolve(IMAGES)));
        assertNoTempFiles();
    }

    @Test
    void damagedFileAlreadyInTheFolderIsReplaced() throws Exception {
        server.serve("/good/" + IMAGES, images);
        server.serve("/good/" + LABELS, labels);
        byte[] damaged = images.clone();
        damaged[0] ^= 1;
        Files.write(dir.resolve(IMAGES), damaged);

        download(dataset(server.folder("good")));

        assertArrayEquals(images, Files.readAllBytes(dir.resolve(IMAGES)));
        assertEquals(1, server.hits("/good/" + IMAGES));
    }

    @Test
    void serverGoneMidwayLeavesNoFile() {
        server.hangUpHalfway("/half/" + IMAGES, images);

        DownloadException e = assertThrows(DownloadException.class, () -> download(dataset(server.folder("half"))));

        assertEquals(Reason.NETWORK, e.reason());
        assertFalse(Files.exists(dir.resolve(IMAGES)));
        assertNoTempFiles();
    }

    @Test
    void cancelMidwayStopsPromptlyAndLeavesNoFile() throws Exception {
        server.stallAfter("/slow/" + IMAGES, images, 100_000);
        CountDownLatch flowing = new CountDownLatch(1);
        DownloadJob job = downloader.start(dataset(server.folder("slow")), dir, p -> {
            if (p.stage() == Stage.DOWNLOADING && p.fileBytes() > 0) {
                flowing.countDown();
            }
        });
        assertTrue(flowing.await(5, TimeUnit.SECONDS), "the download never started");

        long t0 = System.nanoTime();
        job.cancel();
        ExecutionException e = assertThrows(ExecutionException.class, () -> job.result().get(5, TimeUnit.SECONDS));
        long millis = (System.nanoTime() - t0) / 1_000_000;

        assertEquals(Reason.CANCELLED, ((DownloadException) e.getCause()).reason());
        assertTrue(millis < 2_000, "cancel took " + millis + " ms");
        assertTrue(job.isCancelRequested());
        assertFalse(Files.exists(dir.resolve(IMAGES)));
        assertNoTempFiles();
    }

    @Test
    void cancelWhileWaitingForTheServerToAnswerStopsPromptly() throws Exception {
        server.stallAfter("/mute/" + IMAGES, images, 0);
        CountDownLatch asked = new CountDownLatch(1);
        DownloadJob job = downloader.start(dataset(server.folder("mute")), dir, p -> asked.countDown());
        assertTrue(asked.await(5, TimeUnit.SECONDS));

        job.cancel();
        ExecutionException e = assertThrows(ExecutionException.class, () -> job.result().get(3, TimeUnit.SECONDS));

        assertEquals(Reason.CANCELLED, ((DownloadException) e.getCause()).reason());
        assertNoTempFiles();
    }

    @Test
    void silentServerRunsIntoTheReadTimeout() {
        server.stallAfter("/silent/" + IMAGES, images, 10_000);
        DatasetDownloader impatient = new DatasetDownloader(Duration.ofSeconds(2), Duration.ofMillis(300));

        DownloadException e = assertThrows(DownloadException.class,
                () -> impatient.download(dataset(server.folder("silent")), dir, DownloadListener.none(), new CancelSignal()));

        assertEquals(Reason.TIMEOUT, e.reason());
        assertTrue(e.getMessage().contains("sent nothing for 0.3 s"), e.getMessage());
        assertFalse(Files.exists(dir.resolve(IMAGES)));
        assertNoTempFiles();
    }

    @Test
    void fallsBackToTheNextMirrorAfterAMissingAndACorruptFile() throws Exception {
        byte[] flipped = images.clone();
        flipped[7] ^= 1;
        server.serve("/bad/" + IMAGES, flipped);
        server.serve("/good/" + IMAGES, images);
        server.serve("/good/" + LABELS, labels);
        RemoteDataset ds = dataset(server.folder("missing"), server.folder("bad"), server.folder("good"));

        download(ds);

        assertArrayEquals(images, Files.readAllBytes(dir.resolve(IMAGES)));
        assertEquals(1, server.hits("/missing/" + IMAGES));
        assertEquals(1, server.hits("/bad/" + IMAGES));
        assertEquals(1, server.hits("/good/" + IMAGES));
        assertNoTempFiles();
    }

    @Test
    void whenEveryMirrorFailsTheMessageNamesEachFailure() {
        byte[] flipped = images.clone();
        flipped[7] ^= 1;
        server.serve("/bad/" + IMAGES, flipped);

        DownloadException e = assertThrows(DownloadException.class,
                () -> download(dataset(server.folder("missing"), server.folder("bad"))));

        assertEquals(Reason.CORRUPT, e.reason());
        assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
        assertTrue(e.getMessage().contains("corrupt"), e.getMessage());
        assertNoTempFiles();
    }

    @Test
    void unreachableMirrorsGiveTheOfflineMessage() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + closedPort + "/mnist/");

        DownloadException e = assertThrows(DownloadException.class, () -> download(dataset(nowhere)));

        assertEquals(Reason.OFFLINE, e.reason());
        assertTrue(e.getMessage().startsWith("You appear to be offline: could not reach any mirror for Test digits"),
                e.getMessage());
        assertTrue(e.getMessage().contains("the embedded digits still work"), e.getMessage());
        assertNoTempFiles();
    }

    @Test
    void aSecondDownloadIntoABusyFolderIsRefused() throws Exception {
        server.stallAfter("/slow/" + IMAGES, images, 100_000);
        CountDownLatch running = new CountDownLatch(1);
        DownloadJob first = downloader.start(dataset(server.folder("slow")), dir, p -> running.countDown());
        assertTrue(running.await(5, TimeUnit.SECONDS));

        DownloadException e = assertThrows(DownloadException.class, () -> download(dataset(server.folder("slow"))));

        assertEquals(Reason.BUSY, e.reason());
        first.cancel();
        assertThrows(ExecutionException.class, () -> first.result().get(5, TimeUnit.SECONDS));
        assertNoTempFiles();
    }

    @Test
    void leftoversOfAKilledRunAreRemoved() throws Exception {
        server.serve("/good/" + IMAGES, images);
        server.serve("/good/" + LABELS, labels);
        Files.write(dir.resolve("." + IMAGES + ".12345" + FolderLock.TEMP_SUFFIX), new byte[10]);
        Path someoneElses = Files.write(dir.resolve(".notes.part"), new byte[10]);

        download(dataset(server.folder("good")));

        assertTrue(Files.exists(someoneElses), "a file the download did not make was deleted");
        Files.delete(someoneElses);
        assertNoTempFiles();
    }

    @Test
    void aFileInPlaceOfTheFolderIsReportedAsADiskProblem() throws Exception {
        Path notAFolder = Files.write(dir.resolve("occupied"), new byte[1]);

        DownloadException e = assertThrows(DownloadException.class, () -> downloader.download(
                dataset(server.folder("good")), notAFolder.resolve("mnist"), DownloadListener.none(), new CancelSignal()));

        assertEquals(Reason.DISK, e.reason());
    }

    private void download(RemoteDataset ds) throws DownloadException {
        downloader.download(ds, dir, DownloadListener.none(), new CancelSignal());
    }

    private RemoteDataset dataset(URI... mirrors) {
        return new RemoteDataset("test", "Test digits",
                List.of(new DatasetFile(IMAGES, images.length, sha256(images)),
                        new DatasetFile(LABELS, labels.length, sha256(labels))),
                List.of(mirrors));
    }

    private void assertNoTempFiles() {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> parts = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(FolderLock.TEMP_SUFFIX)).toList();
            assertEquals(List.of(), parts, "temporary files left behind");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] randomBytes(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
