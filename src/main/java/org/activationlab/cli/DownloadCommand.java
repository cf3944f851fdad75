package org.activationlab.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.activationlab.core.download.DatasetCatalogue;
import org.activationlab.core.download.DatasetDownloader;
import org.activationlab.core.download.DownloadException;
import org.activationlab.core.download.DownloadJob;
import org.activationlab.core.download.DownloadListener;
import org.activationlab.core.download.DownloadProgress;
import org.activationlab.core.download.RemoteDataset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code activation-lab download mnist|fashion-mnist [--to DIR] [--mirror URL]...}: fetches the full
 * dataset into the app's data cache (or DIR), verifying every file's size and SHA-256, and prints
 * where it is. Ctrl-C cancels cleanly: no unfinished file keeps a final name.
 */
@Command(name = "download", mixinStandardHelpOptions = true,
        description = {"Download the full MNIST or Fashion-MNIST (60,000 training and 10,000 test images, "
                + "four IDX .gz files) and check every file's size and SHA-256.",
                "Files already there and intact are not fetched again."})
public final class DownloadCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DATASET", description = "mnist or fashion-mnist")
    String datasetName;

    @Option(names = "--to", paramLabel = "DIR",
            description = "folder to download into (default: the app's data folder, <data>/<dataset>)")
    Path folder;

    @Option(names = "--mirror", paramLabel = "URL",
            description = "fetch from this mirror instead of the usual ones; repeat to give several, tried in order")
    List<String> mirrors = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        RemoteDataset dataset = DatasetCatalogue.find(datasetName).orElseThrow(() -> new IllegalArgumentException(
                "unknown dataset '" + datasetName + "': choose mnist or fashion-mnist"));
        if (!mirrors.isEmpty()) {
            dataset = dataset.withMirrors(mirrors.stream().map(DownloadCommand::mirrorUri).toList());
        }
        Path target = folder != null ? folder : DatasetDownloader.defaultFolder(dataset);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "Downloading %s (%.1f MB) into %s%n", dataset.title(), dataset.totalBytes() / 1e6, target);
        out.flush();

        DownloadJob job = new DatasetDownloader().start(dataset, target, new Printer(out));
        Thread onCtrlC = new Thread(() -> cancelAndWait(job), "download-cancel");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        try {
            job.result().get();
            out.println(dataset.title() + " is ready in " + target + " (every file's SHA-256 checked).");
            return 0;
        } catch (ExecutionException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("activation-lab download: " + e.getCause().getMessage());
            err.flush();
            return 1;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onCtrlC);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running already
            }
        }
    }

    private static URI mirrorUri(String text) {
        String withSlash = text.endsWith("/") ? text : text + "/";
        try {
            URI uri = new URI(withSlash);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new IllegalArgumentException("--mirror must be an http or https URL, was '" + text + "'");
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("--mirror is not a valid URL: '" + text + "'", e);
        }
    }

    private static void cancelAndWait(DownloadJob job) {
        job.cancel();
        try {
            job.result().get(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // cancelled (or already failed): the download has cleaned up, or the JVM stops anyway
        }
    }

    /** Prints a line when a file is ready and every 10% of a file's transfer. */
    private static final class Printer implements DownloadListener {
        private final PrintWriter out;
        private int lastTenth = -1;

        Printer(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void onProgress(DownloadProgress p) {
            switch (p.stage()) {
                case DOWNLOADING -> {
                    int tenth = (int) (10 * p.fileFraction());
                    if (p.fileBytes() == 0) {
                        lastTenth = 0;
                        out.println("  " + p.fileName() + " from " + p.source());
                    } else if (tenth > lastTenth && tenth < 10) {
                        lastTenth = tenth;
                        out.printf(Locale.ROOT, "    %3d%%  %s%n", tenth * 10, p.describe());
                    }
                }
                case FILE_READY -> out.println("  ready: " + p.fileName());
                default -> {
                    return;
                }
            }
            out.flush();
        }
    }
}
